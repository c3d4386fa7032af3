import { en, gerundBases, splitIdentifier, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';

/**
 * "Come here", "back off a little", "follow me", "keep going", "go to the forklift", "drive up the
 * ramp" to a robot (issue #17): a command to travel that says no place the device can be sent to.
 * A verb of travelling ("go", "come", "move", "drive", "follow", "wander") is met by many functions
 * alike (a vendor's "go_charge", a gloss of a Chinese note), so the ranking took whatever its other
 * words leaned to: the e-stop, the charger, a photo. Such a call takes no argument and none of the
 * request's other content words is one its own words explain: nothing said is what it does. It is
 * declined, saying that no place was given or that the place named is none it can go to.
 *
 * A call with arguments is left to its own readers (a shelf or a speed said as a number); so is a
 * request with a number, a negated one ("don't move") and a question. Which verbs travel comes from
 * WordNet (a sense of motion that is a kind of travelling or moving), not from a list.
 */

/** Only the commonest senses: "follow" travels in its first, "back" in its second ("back the car"), "wander" cheats in a later one. */
const SENSES_READ = 2;
/** The most general verbs of travelling, as WordNet names them (travel.v.01, come.v.01, proceed): closed, the notion of changing place. Not "move", whose turning and putting senses a switch's "turn on" shares. */
const CONTINUE = 'continue';
const TRAVELLING = new Set(['travel', 'go', 'locomote', 'proceed', 'go_forward', 'come', 'come_up']);

/** Whether a word is a verb of travelling in its commonest senses (as said, or the base of its -ing form: "keep going"). */
export function travels(word: string, wordNet: WordNet): boolean {
  const bases = [word, ...gerundBases(word)].filter((base) => wordNet.isVerb(base));
  return bases.some((base) =>
    wordNet
      .verbSenses(base)
      .slice(0, SENSES_READ)
      .some((sense) => sense.category === 'motion' && [...sense.lemmas, ...sense.hypernyms].some((lemma) => TRAVELLING.has(lemma))),
  );
}

/** Whether a verb, in its commonest senses, goes on with what follows ("keep", "carry on"): WordNet's continue.v.01. */
function continues(word: string, wordNet: WordNet): boolean {
  return wordNet.verbSenses(word).slice(0, SENSES_READ).some((sense) => sense.lemmas.includes(CONTINUE));
}

const travellers = new WeakMap<ReadonlyMap<string, NormalisedFunction>, boolean>();

/** Whether a function of the document travels by its own words (name or description): a light, a fan or a TV does not. */
function goesPlaces(byName: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet): boolean {
  let found = travellers.get(byName);
  if (found === undefined) {
    found = [...byName.values()].some((fn) => [...splitIdentifier(fn.name), ...words(fn.description)].some((word) => travels(word.toLowerCase(), wordNet)));
    travellers.set(byName, found);
  }
  return found;
}

/** Whether the request negates its verb ("don't move", "never go"): a prohibition, read by forbidden-deed.ts. */
function negated(reading: RequestReading): boolean {
  return reading.tokens.some((token) => en.verbNegators.has(token) || token.endsWith("n't") || token === 'dont');
}

/**
 * Why a parameterless call is not made for a command to travel that names no place it goes to, or
 * undefined. `scope` is the request read against the document (which function explains which word).
 */
export function aimlessMotion(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, scope: ScopeReading | undefined, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || !scope?.explained || result.kind !== 'call' || reading.mood === 'question') return undefined;
  if (reading.numbers.length > 0 || negated(reading)) return undefined;
  // Only a device that goes places: one of its functions says a verb of travelling ("navigate_to", "drives back", "go_charge").
  if (!goesPlaces(byName, wordNet)) return undefined;
  const called = result.calls.map((call) => byName.get(call.function));
  if (called.length === 0 || called.some((fn) => fn === undefined || fn.parameters.length > 0)) return undefined;
  // The command's verb travels ("go", "come over", "back off"): its first content word, or the one after a verb of going on ("keep going").
  const content = continues(scope.content[0] ?? '', wordNet) ? scope.content.slice(1) : scope.content;
  if (!travels(content[0] ?? '', wordNet)) return undefined;
  // The verb is the call's own name ("speed up" to a fan's speed_up): it is what the call does.
  if (called.some((fn) => splitIdentifier(fn!.name).some((part) => part.toLowerCase() === content[0]))) return undefined;
  const others = content.filter((word) => !travels(word, wordNet));
  // Anything else is a way ("around", "forward") or a thing no word of the document says, and only a thing: "the forklift".
  // A word it says ("charger", "station"), or a verb of a deed ("power up", "find"), may be what the call does in words its notes lack.
  const unmet = new Set(scope.unmet);
  const thing = (word: string) => wordNet.canBe(word, 'noun') && !wordNet.canBe(word, 'adj');
  if (others.some((word) => wordNet.isVerb(word) || (thing(word) && !unmet.has(word)))) return undefined;
  // A manner said of the going ("as slowly as possible") is a speed, not a place nor its lack.
  if (others.some((word) => !thing(word) && !wordNet.canBe(word, 'adj') && wordNet.canBe(word.replace(/ly$/, ''), 'adj') && word.endsWith('ly'))) return undefined;
  const things = others.filter(thing);
  const device = selfNoun ?? 'device';
  return things.length > 0
    ? `the ${device} cannot be sent to "${things.join(' ')}": it only goes to the places its functions name`
    : `"${reading.text.trim()}" names no place to go to, and the ${device} only goes to places its functions name`;
}
