import { en, enReference, type Lexicon, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { asksIndirectly } from './indirect-question';
import { asksToKnow, changesSomething } from './knowing-verb';
import { functionSays, namedActionVerb } from './named-action';

/**
 * Whether the mapper's answer is only readings that the request, in the given mood, did not ask
 * for: every call reads (as the document declares), and no verb of knowing ("check", "tell me":
 * mapper/knowing-verb.ts) or clause that asks ("figure out where you are": mapper/indirect-question.ts)
 * wants to be told something. Shared by the command (below) and the statement of need
 * (mapper/stated-wish.ts).
 */
export function onlyUnaskedReadings(result: MapResult, reading: RequestReading, mood: RequestReading['mood'], said: string, functions: ReadonlyMap<string, NormalisedFunction>, lexicon: Lexicon | undefined): boolean {
  if (result.kind !== 'call' || reading.mood !== mood || result.calls.length === 0) return false;
  if (!result.calls.every((call) => functions.get(call.function)?.kind === 'query')) return false;
  return !asksToKnow(said, lexicon) && !asksIndirectly(reading.words, lexicon?.wordNet);
}

/**
 * A command is not answered by a reading (issue #17, things the home cannot do): "make the night
 * light flash" to a light that switches, dims and reads its brightness met get_brightness by its
 * words ("flash" is near light), and the reply "brightness is 10%" did nothing asked. Where every
 * call the mapper would make only reads and the command does not ask to be told, the device cannot
 * do what was asked; the verb is returned for the reason, else undefined.
 */
export function readingForCommand(result: MapResult, reading: RequestReading, said: string, functions: ReadonlyMap<string, NormalisedFunction>, lexicon: Lexicon | undefined): string | undefined {
  if (onlyUnaskedReadings(result, reading, 'command', said, functions, lexicon)) return reading.words[0];
  // "Resume the media player." opens with a verb the document's play does ("Starts or resumes
  // playback") though its mood reads neutral: a reading that does not say the verb does not answer it.
  const verb = namedActionVerb(reading, functions, lexicon?.wordNet) ?? changingVerb(reading, lexicon?.wordNet);
  if (!verb || !onlyUnaskedReadings(result, reading, 'neutral', said, functions, lexicon) || result.kind !== 'call') return undefined;
  return result.calls.some((call) => functionSays(functions.get(call.function)!, verb)) ? undefined : verb;
}

/** The prefix of doing again ("recalibrate", "rename"): English's one such prefix, a closed class of one. */
const AGAIN = 're';
/** "me", "us": the speaker as the object. */
const SPEAKER_OBJECTS: ReadonlySet<string> = new Set(enReference.viewing.speakerObjects);

/**
 * The verb a neutral request opens with where it changes something ("calibrate the sensor",
 * "update its firmware", "heat the room", "recalibrate it"): said as a verb (mostly a verb in WordNet,
 * or with a determiner or pronoun right after it), and its commonest sense filed among verbs of
 * change, or a kind of one (knowing-verb.ts changesSomething). A reading changes nothing,
 * so it does not answer it. A word WordNet lacks is read without "re" ("recalibrate" as "calibrate").
 * Not where it is said to the speaker ("update me on the humidity" asks to be told).
 */
function changingVerb(reading: RequestReading, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || reading.mood !== 'neutral') return undefined;
  const [said, next] = reading.words.filter((word) => !en.courtesy.has(word)).map((word) => word.toLowerCase());
  if (said === undefined) return undefined;
  const verb = wordNet.isVerb(said) || !said.startsWith(AGAIN) ? said : said.slice(AGAIN.length);
  if (!wordNet.isVerb(verb) || (next !== undefined && SPEAKER_OBJECTS.has(next))) return undefined;
  const opensObject = next !== undefined && (en.determiners.has(next) || en.referringPronouns.has(next));
  if (!wordNet.mostlyVerb(verb) && !opensObject) return undefined;
  return changesSomething(verb, wordNet) ? said : undefined;
}
