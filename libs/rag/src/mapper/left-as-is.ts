import { en, enMapping, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';

/**
 * How many of a verb's commonest WordNet senses are read for the sense "leave unchanged": "leave"
 * has it fourth ("leave unchanged or undisturbed or refrain from taking"), after going away,
 * leaving behind and leaving in a state. "let" has it fifth, after permitting and causing, which is
 * what "let the water run" and "let some light in" mean: there it is too rare to count.
 */
const COMMON_SENSES = 4;
/** WordNet's lexicographer file of verbs of changing something: what the "un-" of "unchanged" denies. */
const CHANGE_CATEGORY = 'change';
/**
 * Words that join a second clause ("leave the dock and start cleaning", "leave it, then close the
 * blinds"): English's closed class of coordinating words; a request with one is left to the steps.
 */
const JOINING = new Set([...en.connectives, 'but', 'or']);

/** What the reader needs of the mapper: WordNet and the device's own words. */
export interface LeftAsIsContext {
  wordNet: WordNet | undefined;
  /** Whether a word names this device (its nouns, its names and places, a pronoun): state-condition.ts `ownWordsOf`. */
  ownWord: (word: string) => boolean;
  selfNoun: string | undefined;
}

/**
 * A command to leave the device as it is asks for no change (issue #17: a wrong action is worse
 * than a question). "leave the blinds where they are", "leave the socket on", "just leave it":
 * retrieval reads the rest of the words ("the socket on", "the blinds where they are") and made a
 * call of them, so the socket was switched on and the blinds stopped. The verb is told by WordNet,
 * not by a list: one of its commonest senses denies a change (its gloss holds a word made of a
 * negating prefix and a verb of change: "leave unchanged"). Its object must be the device ("it", a
 * noun or name of its own) or be followed by what it is to be left as ("alone", "where they are",
 * "on", "at half"); "leave the dock" (a place, nothing after it) is the other sense, a move. What
 * it is to be left as is not read against the state: "leave the light on" while it is off is said
 * back as left unchanged, a question the person answers by asking for the change.
 */
export function leftAsItIs(asked: string, context: LeftAsIsContext): MapResult | undefined {
  const { wordNet } = context;
  if (!wordNet) return undefined;
  const said = asked.toLowerCase().replace(/[’‘]/g, "'").replace(/[.!?]+\s*$/, '').split(/[\s,]+/).filter(Boolean);
  let at = 0;
  while (at < said.length && en.courtesy.has(said[at]!)) at += 1;
  const verb = said[at];
  const rest = said.slice(at + 1);
  if (!verb || rest.length === 0 || rest.some((word) => JOINING.has(word)) || !deniesChange(verb, wordNet)) return undefined;
  // The object past its determiner ("the socket"), then what it is to be left as ("on"); "leave this" is its own object.
  const objectAt = Math.max(0, rest.findIndex((word) => !en.determiners.has(word)));
  const afterObject = rest.slice(objectAt + 1).filter((word) => !en.courtesy.has(word));
  if (!context.ownWord(rest[objectAt]!) && afterObject.length === 0) return undefined;
  return { kind: 'not_executable', reason: `you asked me to leave the ${context.selfNoun ?? 'device'} as it is, so I left it unchanged`, candidates: [], ranking: [] };
}

/** Whether one of a verb's commonest senses is glossed as a verb and a negated participle of a verb of change: "leave unchanged". */
export function deniesChange(verb: string, wordNet: WordNet): boolean {
  return wordNet.verbSenses(verb).slice(0, COMMON_SENSES).some((sense) => {
    // The gloss is a verb and the state it leaves its object in: "leave unchanged". "keep or maintain in
    // unaltered condition" (a sense of "continue") is carrying on, which resumes a paused device.
    const word = (sense.definition.toLowerCase().match(/[a-z]+/g) ?? [])[1] ?? '';
    return enMapping.negation.wordPrefixes.some((prefix) => {
      // A participle denied ("unchanged"), not an adjective ("unsteady" of "tilt": steadying is a change too).
      if (!word.startsWith(prefix) || !word.endsWith('ed') || word.length <= prefix.length + 2) return false;
      return wordNet.verbSenses(word.slice(prefix.length))[0]?.category === CHANGE_CATEGORY;
    });
  });
}
