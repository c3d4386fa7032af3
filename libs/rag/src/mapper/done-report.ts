import { en, enMapping, words, type RequestReader, type WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import { listedEntries } from '../arguments/listed-entries';
import { stateEntries } from '../arguments/list-items';
import { doneStateRequest } from './item-state';

/** Words that deny what a statement says ("we haven't got milk", "no bread yet"): a closed grammatical class. */
export const NEGATION: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nothing', 'without', 'none', 'nor']);
/** The auxiliaries of English tense and voice ("I've", "it's been"): they carry no deed. */
const AUXILIARY = en.auxiliaries;
/**
 * What makes a list's item done, as WordNet's verb synsets name it: a thing to buy is got ("bought",
 * "grabbed", "picked up" are kinds of get/acquire/obtain), a chore is done ("finished", "done" are
 * kinds of do/perform/complete). Lemmas and direct hypernyms of the said verb's senses are read.
 */
const DONE_DEEDS = new Set(['get', 'acquire', 'obtain', 'buy', 'purchase', 'do', 'perform', 'complete', 'finish', 'accomplish']);

/** The base forms of a past verb as said ("bought" -> buy), empty where the word is no inflected past of a verb. */
function pastBases(word: string, wordNet: WordNet): string[] {
  if (AUXILIARY.has(word) || word.endsWith('ing') || word.endsWith('s')) return [];
  const senses = wordNet.verbSenses(word);
  if (senses.length === 0 || senses.some((sense) => sense.lemmas.includes(word))) return [];
  return [...new Set(senses.flatMap((sense) => sense.lemmas.filter((lemma) => !lemma.includes('_'))))];
}

/** Whether a said past verb (with the particle after it) is a deed that leaves an item done: it is the entry's own verb ("called" of "call the plumber"), or a kind of getting or doing. */
function leavesDone(word: string, next: string | undefined, entryWords: ReadonlySet<string>, wordNet: WordNet): boolean {
  const bases = pastBases(word, wordNet);
  if (bases.length === 0) return false;
  if (bases.some((base) => entryWords.has(base))) return true;
  const phrasal = next === undefined ? [] : bases.flatMap((base) => wordNet.verbSenses(`${base}_${next}`));
  const senses = phrasal.length > 0 ? phrasal : wordNet.verbSenses(word);
  return senses.slice(0, 4).some((sense) => [...sense.lemmas, ...sense.hypernyms].some((lemma) => DONE_DEEDS.has(lemma)));
}

/**
 * "I've picked up the bread", "grabbed the apples", "paid the gas bill", "the plumber's been called"
 * (issue #17): a statement that a deed on an entry of the list is done, said to a list. No function
 * is named ("picked up" read as taking off, so remove_item deleted the bread unbought); the list ticks
 * items off, and what was said is that one is done. Read as "mark ENTRY as done" (item-state.ts reads
 * that) where the statement is no question and denies nothing, names entries the list holds
 * (listed-entries.ts), and has a past verb that is the entry's own deed or a kind of getting or doing.
 */
export function withDoneReport(text: string, state: DeviceStateValues, takesItems: boolean, reading: RequestReader, wordNet: WordNet | undefined): string {
  // "mark the milk as bought" says its done state already (item-state.ts).
  if (!takesItems || !wordNet || /\?\s*$/.test(text) || reading(text).mood === 'question' || doneStateRequest(text) !== null) return text;
  const said = words(text);
  if (said.some((word) => NEGATION.has(word) || word.endsWith("n't"))) return text;
  const named = listedEntries(text, stateEntries(state), wordNet);
  if (named.length === 0) return text;
  const entryWords = new Set(named.flatMap((entry) => words(entry)));
  const done = said.some((word, index) => !entryWords.has(word) && leavesDone(word, said[index + 1], entryWords, wordNet));
  return done ? `mark ${named.join(' and ')} ${enMapping.items.doneMarker} done` : text;
}
