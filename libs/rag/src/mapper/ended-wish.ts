import { en, enMapping, isStopword, scaleEnd, splitIdentifier, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { phrasalHasVerb } from './phrasal-senses';

/**
 * "Fire up the heating", "can we have some heat", "it's a touch chilly" to a thermostat whose
 * turn_off "Turns heating and cooling off": a wish for more of what the device makes, which
 * retrieval met through the very words of the call that ends it ("fire up" is WordNet's "heat";
 * "heat" meets "heating"). The stopping call is the opposite of the wish, the worst wrong action.
 *
 * A call stops the device where it leaves a state key off (a value "off", or false). What it ends
 * is its description's own words beyond its name ("heating", "cooling"), with their WordNet
 * antonyms (heat/cool): the one scale the call ends making. The request wishes for that scale where
 * - its opening verb (with an adjacent particle: "fire up") is, in its commonest sense, one of them;
 * - it asks for an amount of one (a determiner of quantity: "some heat", "more cooling");
 * - it states a quality at an end of that scale without ordering anything ("it's a touch chilly").
 * Then the call is declined and the person asked: a stop said in so many words ("turn the heating
 * off", "kill the heating", "it's too warm, turn it off") reads none of these.
 */

/** Determiners of an amount wished for: closed-class words. */
const AMOUNT = new Set(['some', 'more', 'any', 'extra', 'little', 'bit']);
/** Adverbs of place, closed-class: "out here", "down there". */
const PLACE_ADVERBS = new Set(['here', 'there']);
/** A description word too short to name what is ended ("on", "the"). */
const SHORTEST = 3;

/** Whether the function stops the device: it leaves a state key at "off" or false. */
function stops(fn: NormalisedFunction | undefined): boolean {
  return (fn?.effects ?? []).some((effect) => effect.value === 'off' || effect.value === false);
}

/** The stems of what a stopping function ends, with their WordNet antonyms: "heating and cooling" -> heat, cool, warm, cold. */
function endedStems(fn: NormalisedFunction, wordNet: WordNet): Set<string> {
  const name = new Set(splitIdentifier(fn.name).map((word) => stem(word.toLowerCase())));
  // What it ends is the activities it names ("heating", "cooling"), not its deeds ("cuts power").
  // Its first word is its own verb of stopping ("Stops the fan", "Turns heating and cooling off"): not what it ends.
  const own = words(fn.description.toLowerCase()).slice(1).filter((word) => word.length >= SHORTEST && !isStopword(word) && !name.has(stem(word)) && wordNet.pole(word) === 0 && word.endsWith(enMapping.progressiveSuffix));
  const found = new Set(own.map(stem));
  for (const word of own) for (const opposite of wordNet.antonyms(stem(word))) found.add(stem(opposite));
  return found;
}

/** The request's opening verb, with the particle after it where WordNet knows the pair ("fire up"). */
function openingVerb(said: readonly string[], wordNet: WordNet): string | undefined {
  const at = said.findIndex((word) => !isStopword(word) && wordNet.canBe(word, 'verb'));
  if (at < 0) return undefined;
  const [verb, next] = [said[at]!, said[at + 1]];
  return next !== undefined && en.verbParticles.has(next) && wordNet.verbSenses(`${verb} ${next}`).length > 0 ? `${verb} ${next}` : verb;
}

/** Whether an adjective said stands at an end of a scale whose words the call ends ("chilly": cold's scale, temperature). */
function statedOf(said: readonly string[], ended: ReadonlySet<string>, wordNet: WordNet): boolean {
  const endedAttributes = new Set([...ended].flatMap((key) => [...wordNet.attributeNouns(key)]));
  return said.some((word) => !ended.has(stem(word)) && wordNet.canBe(word, 'adj') && scaleEnd(word, wordNet) !== 0
    && [...wordNet.attributeNouns(word)].some((noun) => endedAttributes.has(noun)));
}

/**
 * The reason to decline a stopping call the request's words wish the other way, or undefined.
 * `said` is the request as the person said it.
 */
export function endedWish(result: MapResult, said: string, byName: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet | undefined, selfNoun = 'device'): string | undefined {
  if (!wordNet || result.kind !== 'call') return undefined;
  const stopping = result.calls.map((call) => byName.get(call.function)).find(stops);
  if (!stopping) return undefined;
  const ended = endedStems(stopping, wordNet);
  if (ended.size === 0) return undefined;
  const clauses = said.toLowerCase().split(/[,;.!?]+/).map((clause) => words(clause)).filter((clause) => clause.length > 0);
  // A word that says the stop itself ("off", "out", "down"): the stop was asked for.
  // Not where a place adverb follows it: "out here" says where, not what to do.
  if (clauses.some((clause) => clause.some((word, at) => wordNet.pole(word) === -1 && !PLACE_ADVERBS.has(clause[at + 1] ?? '')))) return undefined;
  const verb = clauses[0] && openingVerb(clauses[0], wordNet);
  // "warm up" is first "exercise", but also "warm, warm up": the plain verb's commonest sense is read with it (phrasal-senses.ts).
  const [verbWord, particle] = verb?.split(' ') ?? [];
  const senses = verb ? [wordNet.verbSenses(verb)[0], ...(particle && phrasalHasVerb(verbWord!, particle, wordNet) ? [wordNet.verbSenses(verbWord!)[0]] : [])] : [];
  const byVerb = senses.some((sense) => sense?.lemmas.some((lemma) => !lemma.includes('_') && ended.has(stem(lemma))));
  const byAmount = clauses.some((clause) => clause.some((word, at) => at > 0 && AMOUNT.has(clause[at - 1]!) && ended.has(stem(word))));
  const byState = clauses.length === 1 && statedOf(clauses[0]!, ended, wordNet);
  if (!byVerb && !byAmount && !byState) return undefined;
  return `"${said.trim()}" asks the ${selfNoun} for more of what ${stopping.name.replace(/_/g, ' ')} ends; please say what to change`;
}

/** Words that state a quality of the place or the speaker ("it's", "I'm"): closed-class copulas. */
const COPULAS = new Set(["it's", 'its', 'is', "i'm", 'am', 'are', "we're", "it’s", "i’m"]);

/**
 * "it's a tad cold in here" to a thermostat with a mode "cool" (said also "cold"): a quality stated
 * as what there is too much of, which a call setting the value that names that quality makes more
 * of. A stated quality (a copula, then an adjective at an end of its scale, no order given) that is
 * the value set, or one of the value's synonyms, is the opposite of the wish; the person is asked.
 */
export function complainedValue(result: MapResult, said: string, byName: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet | undefined, selfNoun = 'device'): string | undefined {
  if (!wordNet || result.kind !== 'call') return undefined;
  const clauses = said.toLowerCase().split(/[,;.!?]+/).map((clause) => clause.match(/[\p{L}'’]+/gu) ?? []).filter((clause) => clause.length > 0);
  if (clauses.length !== 1) return undefined;
  const clause: readonly string[] = clauses[0]!;
  const opened = clause.findIndex((word) => COPULAS.has(word));
  if (opened < 0) return undefined;
  const stated = clause.slice(opened + 1).filter((word) => wordNet.canBe(word, 'adj') && scaleEnd(word, wordNet) !== 0).map(stem);
  if (stated.length === 0) return undefined;
  for (const call of result.calls) {
    for (const parameter of byName.get(call.function)?.parameters ?? []) {
      const value = call.arguments[parameter.name];
      if (typeof value !== 'string') continue;
      const names = [value, ...(parameter.synonyms?.[value] ?? [])].filter((name) => !name.includes(' ')).map((name) => stem(name.toLowerCase()));
      const met = stated.find((word) => names.includes(word));
      if (met) return `"${said.trim()}" says there is already ${met === stem(value) ? value : 'too much of it'}; ${call.function.replace(/_/g, ' ')} to ${value} would add to it: please say what to change`;
    }
  }
  return undefined;
}
