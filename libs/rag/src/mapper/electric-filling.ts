import { en, stem, type WordNet } from '@meshmind/language';
import { clauses, commandCore } from './unaccounted-word';
import { possessiveOwners } from './possessed-by-other';

/**
 * "Top up your battery", "go fill up your battery", "replenish your battery", "get yourself plugged
 * in": a command whose end is the device charging, said without the word "charge". Retrieval meets
 * the battery's report through "battery" (or the emergency stop through "plug", WordNet's "stop up"),
 * and scope finds no deed of "fill" at all. WordNet says what these are: "charge" is "to fill or
 * load to capacity" and "recharge" "to charge anew"; a battery is "a device that produces
 * electricity"; "plug in" is "plug into an outlet", an outlet a place "where current can be taken".
 * So a clause that fills something electric, or plugs the device itself in, is read as "recharge",
 * and the document decides whether any function does that (a device that cannot charge declines it).
 */

/** Noun senses read for an electric meaning ("battery" is first a group of guns). */
const NOUN_SENSES = 3;
const ELECTRIC = /\belectric/;
/** A gloss of a thing that makes or holds electricity, not one that uses it. */
const SOURCE_OF_POWER = /\b(?:produces|stores|generates|supplies)\b.*\belectric/;
/** Where a gloss turns to the instrument of its deed ("release by a toggle switch"): what follows is not what the deed is done to. */
const INSTRUMENT = /\s(?:by|with)\s/;
/** Reflexive pronouns that stand for the device as the object ("plug yourself in"): a closed class. */
const REFLEXIVE = new Set(['yourself', 'yourselves', 'itself']);

/** Whether one of the noun's commoner senses is electric ("battery", "juice": "electric current", "outlet"). */
function electric(noun: string, wordNet: WordNet): boolean {
  return wordNet.definitions(noun, 'noun').slice(0, NOUN_SENSES).some((definition) => ELECTRIC.test(definition));
}

/** Whether the verb's commonest sense fills ("refill": "fill something that had previously been emptied"; "fill up": "make full"). */
function fills(verb: string, wordNet: WordNet): boolean {
  const first = wordNet.verbSenses(verb)[0];
  return first !== undefined && (first.hypernyms.some((hypernym) => hypernym === 'fill' || hypernym === 'fill_up') || /\b(?:fill|full)\b/.test(first.definition));
}

/**
 * Whether the phrasal verb's commonest sense goes into something electric ("plug_in": "plug into an
 * outlet"): the noun its gloss moves the thing into or to, not one it works by ("turn_on": "by flipping a switch").
 */
function connectsToPower(phrasal: string, wordNet: WordNet): boolean {
  const first = wordNet.verbSenses(phrasal)[0];
  const goal = first?.definition.match(/\b(?:into|to|onto)\s+(?:an?\s+|the\s+)?(\p{L}+)/u)?.[1];
  return goal !== undefined && wordNet.canBe(goal, 'noun') && electric(goal, wordNet);
}

/** A participle's verb: "plugged" -> "plug", "topped" -> "top". */
function baseOf(word: string, wordNet: WordNet): string {
  if (!word.endsWith('ed')) return word;
  const stemmed = word.slice(0, -2);
  const undoubled = stemmed.length > 2 && stemmed.at(-1) === stemmed.at(-2) ? stemmed.slice(0, -1) : stemmed;
  return [undoubled, stemmed, word.slice(0, -1)].find((candidate) => wordNet.isVerb(candidate)) ?? word;
}

/** Whether a clause asks the device to fill its battery or plug itself in. */
function chargesItself(clause: string, wordNet: WordNet): boolean {
  const words: string[] = clause.toLowerCase().match(/\p{L}[\p{L}'-]*|\d+/gu) ?? [];
  if (words.some((word) => /^\d/.test(word))) return false;
  // "plug yourself in", "get yourself plugged in": a phrasal verb into power, with the device itself (or nothing) as its object.
  for (let at = 0; at + 1 < words.length; at += 1) {
    const particle = words[at + 1]!;
    if (!en.phrasalParticles.includes(particle) && !REFLEXIVE.has(particle)) continue;
    const after = REFLEXIVE.has(particle) ? words[at + 2] : particle;
    if (!after || !en.phrasalParticles.includes(after)) continue;
    const phrasal = `${baseOf(words[at]!, wordNet)}_${after}`;
    // The device itself plugged in ("plug yourself in"), never a thing ("plug in the kettle", "plug the lamp in").
    if (words.some((word) => REFLEXIVE.has(word)) && connectsToPower(phrasal, wordNet)) return true;
  }
  // "top up your battery", "refill your battery": a filling verb with something electric as its object;
  // "go fill up your battery", "go and top up the battery": the going is only the way there.
  const going = words[0] === 'go' && wordNet.isVerb(words[words[1] === 'and' ? 2 : 1] ?? '') ? words.slice(words[1] === 'and' ? 2 : 1).join(' ') : clause;
  const core = commandCore(going, wordNet);
  if (!core?.object || !electric(core.object, wordNet)) return false;
  // "charge the drone's batteries", "top up the scanner's battery": another owner's battery, not the device's own (possessed-by-other.ts).
  if (possessiveOwners(going).length > 0) return false;
  // Only a thing that makes or holds electricity is filled ("battery": "a device that produces electricity"), not one that takes it ("plug the socket").
  const source = wordNet.definitions(core.object, 'noun').slice(0, NOUN_SENSES).some((definition) => SOURCE_OF_POWER.test(definition));
  const [verb] = core.verb.split(' ') as [string];
  const phrasal = core.particle ? `${verb}_${core.particle}` : undefined;
  if (phrasal && wordNet.verbSenses(phrasal).length > 0) return source && fills(phrasal, wordNet);
  // "charge the battery" ("energize a battery by passing a current through it"), "recharge the battery" (a kind of charging).
  // The thing the gloss's deed is done to, before any instrument it is done by or with: "toggle" is "release by a toggle switch", which energizes no switch.
  const energizes = (candidate: string) => wordNet.verbSenses(candidate).some((sense) => (sense.definition.split(INSTRUMENT)[0]!.match(/\p{L}+/gu) ?? []).some((word) => stem(word) === stem(core.object!)));
  const kindOfEnergizing = energizes(verb) || (wordNet.verbSenses(verb)[0]?.hypernyms ?? []).some(energizes);
  // "top up" (no phrasal verb in WordNet): "up" to the full, the completive particle, on that thing ("power up the socket" stays).
  return kindOfEnergizing || (source && (fills(verb, wordNet) || core.particle === 'up'));
}

/**
 * The request with each clause that charges the device read as "recharge"; the request unchanged
 * where none does (a question, or a clause that only mentions the battery: "check the battery").
 */
export function withElectricFilling(request: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return request;
  let result = request;
  for (const clause of clauses(request)) {
    if (chargesItself(clause, wordNet)) result = result.replace(clause, 'recharge');
  }
  return result;
}
