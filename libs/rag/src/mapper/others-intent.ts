import { baseOfThirdPerson, en, enMapping, enReference, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { clauseWords, JOINING, subjectOf } from './stated-event';

/**
 * Reads what someone else will do, wants or needs to do: "my workmate needs to get to shelf 5",
 * "Priya is going to photograph shelf 2", "the forklift needs to go to shelf 7", "Dave will check
 * shelf 3 for gaps", "the yellow bot should stop" said to a warehouse robot drove, scanned or stopped
 * the robot (issue #17: a wrong action is worse than a question). Retrieval reads the deed the clause
 * names and not whose it is. stated-event.ts declines a report of another's deed, but leaves a modal
 * or a wish to the mapper, since "the manager wants you at shelf 5" is an order passed on; here the
 * wish or the deed to come is the subject's own: its verb group (a modal, "be going to", a verb of
 * wishing or "have to" with "to") goes straight on to the deed, with no "you" it is wished of.
 *
 * The subject is someone or something else (stated-event.ts subjectOf: a name, a person, a noun
 * phrase that is not the device's own noun, another of its kind), none of whose words the document
 * meets ("the camera needs to tilt down" is the device's own part). Only a device that goes about
 * (other-machine.ts goesAbout): people and other machines go, look and stop as it does, while a fixed
 * device's deeds are done for people ("the kids want to watch cartoons" asks the television).
 */

const WORDS = enReference.statedEvent;
const MODALS: ReadonlySet<string> = new Set(WORDS.modals);
const BE: ReadonlySet<string> = new Set([...WORDS.beNow, ...WORDS.bePast]);
const HAVE: ReadonlySet<string> = new Set(WORDS.have);
const WISHING: ReadonlySet<string> = new Set(WORDS.wishing);
const ADDRESSEE: ReadonlySet<string> = new Set([...WORDS.addressee, ...enReference.speakersOwnDeed.addressee]);
const ADVERBS: ReadonlySet<string> = new Set([...en.sentenceAdverbs, ...WORDS.adverbs]);
const COURTESY: ReadonlySet<string> = new Set([...en.courtesy].filter((word) => !ADDRESSEE.has(word)));
/** The infinitive's "to", and the going of "be going to" / "be about to" (stated-event's modals hold both). */
const TO = 'to';
const GOING = new Set(['going', 'about']);
/** "would like to", "'d love to": a wish said through a verb of liking after "would". */
const WOULD = new Set(['would', 'd']);
const LIKING = new Set(['like', 'love', 'prefer']);
/** The words that open an asking clause ("... to know how much space is on shelf 10", "... to find out whether ..."). */
const ASKING_CLAUSE: ReadonlySet<string> = new Set(enMapping.interrogativeClauseOpeners);

/** Whether a word is a verb of wishing however said ("wants", "needed"): its base among stated-event's. */
function wishing(word: string): boolean {
  return [word, baseOfThirdPerson(word), word.replace(/e?d$/, ''), word.replace(/ed$/, 'e')].some((base) => WISHING.has(base));
}

/** Where the deed a verb group at `at` goes on to starts: after a modal, "be going to", a wish or "have to" and its "to"; undefined for any other verb group. */
export function deedAfter(said: readonly string[], at: number): number | undefined {
  while (ADVERBS.has(said[at] ?? '')) at += 1;
  const word = said[at];
  if (word === undefined) return undefined;
  const next = said[at + 1];
  if (BE.has(word)) return GOING.has(next ?? '') && said[at + 2] === TO ? at + 3 : undefined;
  if (WOULD.has(word) && LIKING.has(next ?? '') && said[at + 2] === TO) return at + 3;
  if (HAVE.has(word)) return next === TO ? at + 2 : next === 'got' && said[at + 2] === TO ? at + 3 : undefined;
  if (wishing(word)) return next === TO ? at + 2 : undefined;
  if (MODALS.has(word) && !GOING.has(word)) return at + 1;
  return undefined;
}

/** The subject of a clause, when it is someone else whose own deed to come or wish the clause says; undefined otherwise. */
function othersDeed(said: readonly string[], ownWord: (word: string) => boolean, meets: (word: string) => boolean, wordNet: WordNet): string | undefined {
  if (COURTESY.has(said[0] ?? '')) return undefined;
  const subject = subjectOf(said, 0, ownWord, wordNet);
  if (subject === undefined || subject.subject !== 'other') return undefined;
  const words = said.slice(0, subject.end);
  if (words.some((word) => meets(word) || ADDRESSEE.has(word))) return undefined;
  const deed = deedAfter(said, subject.end);
  const verb = deed === undefined ? undefined : said[deed];
  // "needs to be scanned": a passive is a thing to be done, perhaps by the device; "wants you to scan it" wishes it of the listener.
  if (verb === undefined || BE.has(verb) || verb === 'be' || !wordNet.isVerb(verb) || said.slice(subject.end).some((word) => ADDRESSEE.has(word))) return undefined;
  // "the boss wants to know how much space is on shelf 10": a wish to know, then the question, is the question passed on.
  if (wordNet.verbSenses(verb)[0]?.category === 'cognition' && ASKING_CLAUSE.has(said[deed! + 1] ?? '')) return undefined;
  return words.join(' ');
}

/**
 * The call declined where every clause of the request says what someone else will do or wishes to do
 * (othersDeed); undefined where any clause may ask the device, or the request is a question.
 */
export function othersIntent(result: MapResult, said: string, ownWord: (word: string) => boolean, meets: (word: string) => boolean, mobile: () => boolean, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || said.includes('?')) return undefined;
  const parts = said
    .split(/[,;:.!]+|\s[-–—]\s/)
    .map(clauseWords)
    .flatMap((words) => {
      const split: string[][] = [[]];
      for (const word of words) {
        if (JOINING.has(word) && split.at(-1)!.length > 0) split.push([]);
        else split.at(-1)!.push(word);
      }
      return split;
    })
    .filter((words) => words.length > 0);
  if (parts.length === 0) return undefined;
  const subjects = parts.map((words) => othersDeed(words, ownWord, meets, wordNet));
  if (subjects.some((subject) => subject === undefined) || !mobile()) return undefined;
  return `"${subjects[0]}" is to do that, not the ${selfNoun ?? 'device'}: it does only what it is asked to do itself`;
}
