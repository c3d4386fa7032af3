import { en, enReference, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { isPlace } from './lacking-feature';
import { clauseWords } from './stated-event';

/** The words that open a clause naming a place by what happened or is there ("where you were", "wherever the noise is"): a closed class. */
const PLACE_CLAUSE = new Set(['where', 'wherever']);
/** The personal pronouns that open a contact relative clause ("the spot you stopped at", "the place I showed you"). */
const SUBJECTS: ReadonlySet<string> = new Set([...enReference.statedEvent.addressee, ...enReference.statedEvent.speakers, 'he', 'she', 'they']);
const ADDRESSEE: ReadonlySet<string> = new Set(enReference.statedEvent.addressee);
/** A present "be" after the listener ("where you are", "the spot you're at"): here, a place the device is at now. */
const BE_NOW: ReadonlySet<string> = new Set(enReference.statedEvent.beNow);
const DETERMINERS: ReadonlySet<string> = new Set([...en.determiners, ...en.indefinites, 'your', 'my', 'our', 'their', 'his', 'her']);
/** Adverbs that may stand between the listener and the "be" ("where you currently are", "where you are now"). */
const ADVERBS: ReadonlySet<string> = new Set(en.sentenceAdverbs);

/**
 * The clause a place is named by ("where you were this morning", "the spot you stopped at earlier",
 * "the way you came"): the words after "where", or after a place noun and a pronoun that opens a
 * clause of its own; undefined where the request names no place so.
 */
function placeClause(said: readonly string[], wordNet: WordNet): string[] | undefined {
  for (let at = 1; at < said.length; at += 1) {
    const word = said[at]!;
    if (PLACE_CLAUSE.has(word) && at + 1 < said.length) return said.slice(at + 1);
    // "the spot you stopped at": a place noun after a determiner, then a pronoun and a verb of its own.
    const determined = DETERMINERS.has(said[at - 1]!) || DETERMINERS.has(said[at - 2] ?? '');
    if (determined && SUBJECTS.has(said[at + 1] ?? '') && said[at + 2] !== undefined && wordNet.canBe(word, 'noun') && isPlace(word, wordNet)) return said.slice(at + 1);
  }
  return undefined;
}

const HAVE: ReadonlySet<string> = new Set(enReference.statedEvent.have);
const GOT = enReference.statedEvent.getting.past[0];
const GETS: ReadonlySet<string> = new Set(enReference.statedEvent.getting.now);
const MODALS: ReadonlySet<string> = new Set(enReference.statedEvent.modals);
/** The modals of ability ("the networks you can see"): English's closed class. */
const ABLE: ReadonlySet<string> = new Set(['can', 'could']);

/**
 * The verb of a clause that says what the listener does there as a habit: the listener, then a verb in its base form
 * ("where you charge", "the place you usually dock", "where you plug in"), or "get" and a participle ("where you get
 * charged"). Not a past ("where you stopped", "where you went"), a "be", a perfect nor a modal ("the points you can hear").
 */
function habitualDeed(clause: readonly string[], wordNet: WordNet): string | undefined {
  if (!ADDRESSEE.has(clause[0] ?? '')) return undefined;
  let at = 1;
  // "where you usually charge": an adverb of how often, as WordNet knows adverbs that are no verbs.
  while (ADVERBS.has(clause[at] ?? '') || (/ly$/.test(clause[at] ?? '') && !wordNet.canBe(clause[at]!, 'verb'))) at += 1;
  const verb = clause[at] ?? '';
  if (GETS.has(verb)) return /ed$/.test(clause[at + 1] ?? '') ? clause[at + 1] : undefined;
  if (verb.endsWith('ed') || !wordNet.verbSenses(verb).some((sense) => sense.lemmas.includes(verb))) return undefined;
  return BE_NOW.has(verb) || HAVE.has(verb) || MODALS.has(verb) ? undefined : verb;
}
/** The pronoun of the device spoken of ("stop the vacuum where it is"): a closed class. */
const DEVICE_PRONOUN = 'it';

/**
 * Whether the clause says where the device is now: the listener and a present "be" ("where you are", "the spot you're
 * at"), or "it" and a present "be" alone ("stop the vacuum where it is"; "go where it's quiet" says how a place is).
 */
function hereNow(clause: readonly string[]): boolean {
  const listener = ADDRESSEE.has(clause[0] ?? '');
  if (!listener && clause[0] !== DEVICE_PRONOUN) return false;
  let at = 1;
  while (ADVERBS.has(clause[at] ?? '')) at += 1;
  // "where you've got to": the perfect of "get" says where the listener has come to, and is now.
  if (listener && HAVE.has(clause[at] ?? '') && clause[at + 1] === GOT) return true;
  if (!BE_NOW.has(clause[at] ?? '')) return false;
  if (listener) return true;
  at += 1;
  while (ADVERBS.has(clause[at] ?? '')) at += 1;
  return at >= clause.length;
}

/**
 * "Go back to where you were this morning", "return to the spot you stopped at earlier", "head back
 * the way you came", "take a photo from where you were an hour ago" (issue #17): a place named by
 * memory, by an event or by what is there. The document reaches places by the values it takes (a
 * shelf's number, coordinates) and by the places its notes name (the dock); a clause names none of
 * them, and the call chosen for its other words (a photo, a stop, the dock) goes nowhere the speaker
 * meant. Declined, unless the request says the value the call takes ("go to where shelf 4 is") or
 * says where the device is now ("take a photo of where you are"), or the called function's own words name the place the clause
 * says and the deed before it ("come back to where you took off" to a drone that returns to its take-off point). Questions ("where were you?") open
 * with the word and are not read.
 */
export function rememberedPlace(result: MapResult, reading: RequestReading, selfNoun: string | undefined, wordNet: WordNet | undefined, explainedBy?: (word: string) => ReadonlySet<string> | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call') return undefined;
  // A value the call takes, said as it is anywhere in the request ("go to the shelf where the crisps are, shelf 6"), names the place.
  const values = result.calls.flatMap((call) => Object.values(call.arguments).map((value) => String(value).toLowerCase()));
  const all = clauseWords(reading.text);
  if (values.some((value) => all.includes(value))) return undefined;
  for (const part of reading.text.split(/[,;:.!?]+|\s[-–—]\s/)) {
    const words = clauseWords(part);
    const clause = placeClause(words, wordNet);
    if (!clause || hereNow(clause)) continue;
    // "list the access points you can hear", "name the hotspots you can pick up": a noun the called function's own words name is
    // the thing it works on (what it lists, reads or joins), and the clause says which of them, not a place gone to by memory.
    // So is a clause of what the listener can do now ("the access points you can hear", "the hotspots you could pick up"): an ability, no memory.
    const noun = words[words.length - clause.length - 1];
    // A noun that is first a place ("the spot you were charging at") stays one, whatever the call's words say of it.
    if (noun !== undefined && !PLACE_CLAUSE.has(noun) && ((!isPlace(noun, wordNet, 'first') && result.calls.some((call) => explainedBy?.(noun)?.has(call.function))) || (ADDRESSEE.has(clause[0]!) && ABLE.has(clause[1] ?? '')))) continue;
    // "come back to where you took off" to a drone that "returns to the take-off point": the called function's own words name the place.
    // Only where the words before the clause meet it too: "return to the spot you stopped at" called the stop by the clause's word alone.
    const before = all.filter((word) => !clause.includes(word));
    const meets = (said: readonly string[], name: string) => said.some((word) => explainedBy?.(word)?.has(name));
    if (result.calls.some((call) => meets(clause, call.function) && meets(before, call.function))) continue;
    // "head back to where you charge", "the spot you dock at": a place named by the device's own habitual deed there, which the
    // called function's words say ("sends the robot to its charging dock"), is the place the function goes to: no memory is asked.
    const deed = habitualDeed(clause, wordNet);
    if (deed !== undefined && result.calls.some((call) => explainedBy?.(deed)?.has(call.function))) continue;
    return `I cannot tell where "${clause.join(' ')}" is: the ${selfNoun ?? 'device'} goes to places by their numbers, coordinates or the dock`;
  }
  return undefined;
}
