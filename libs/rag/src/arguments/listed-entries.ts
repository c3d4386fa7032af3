import { en, isFunctionWord, isStopword, leavesState, singularForms, stem, words, type WordNet } from '@meshmind/language';
import { AT_ONCE_WORDS } from '../mapper/said-at-once';

/**
 * A list item as the list itself writes it (issue #17). A function that ticks off or deletes an item
 * takes it "as written on the list", and the list is in the device's state: "we don't need cheese
 * anymore" names the entry "cheese", "the plumber's been called" the entry "call the plumber", and
 * "take off the mac and cheese" the one entry "mac and cheese", not two. Reading the entry off the
 * list is surer than cutting command words away from the sentence, which left the sentence whole
 * where its verb was none of the known ones.
 */

/** A word of grammar: an article, preposition, pronoun or a verb's particle ("off", "up"), never part of a name. */
const grammatical = (word: string) => isFunctionWord(word, 'en') || isStopword(word) || en.verbParticles.has(word);

/** The words of an entry that must be said for the entry to be named: its content words. */
function contentWords(entry: string): string[] {
  return words(entry).filter((word) => !grammatical(word));
}

/** Whether a said word is an entry's word: the same stem, a plural of it, or a form of its verb ("called" of "call", WordNet's "paid" of "pay"). */
function sameWord(entryWord: string, said: string, wordNet?: WordNet): boolean {
  if (stem(entryWord) === stem(said)) return true;
  if (singularForms(said).includes(entryWord) || singularForms(entryWord).includes(said)) return true;
  if (leavesState(entryWord, said) || leavesState(said, entryWord)) return true;
  return wordNet !== undefined && wordNet.canBe(entryWord, 'verb') && wordNet.verbSenses(said).some((sense) => sense.lemmas.includes(entryWord));
}

/**
 * Whether a word next to an entry makes a longer name of which the entry is only part: "oat" of
 * "oat milk", "chocolate" of "milk chocolate". WordNet reads it as a noun or adjective and never as a
 * verb (after the entry, a noun only); a function word, a verb ("need cheese") or the adverb of the
 * present ("the milk now") is no part of a name.
 */
function modifies(word: string | undefined, wordNet: WordNet | undefined, side: 'before' | 'after'): boolean {
  if (word === undefined || !wordNet || grammatical(word) || AT_ONCE_WORDS.has(word)) return false;
  // An English adjective goes before its noun: after an entry it says something of it ("the flour earlier").
  return (wordNet.canBe(word, 'noun') || (side === 'before' && wordNet.canBe(word, 'adj'))) && !wordNet.canBe(word, 'verb');
}

interface Found {
  entry: string;
  positions: number[];
}

/** Where an entry's content words are said, or undefined where one is not (or a neighbour makes it a longer name). */
function placeOf(entry: string, said: readonly string[], wordNet: WordNet | undefined): Found | undefined {
  const wanted = contentWords(entry);
  if (wanted.length === 0) return undefined;
  const positions: number[] = [];
  for (const word of wanted) {
    const at = said.findIndex((candidate, index) => !positions.includes(index) && sameWord(word, candidate, wordNet));
    if (at < 0) return undefined;
    positions.push(at);
  }
  const first = Math.min(...positions);
  const last = Math.max(...positions);
  // Said together, the entry is a name of its own only where no noun on either side extends it.
  if (last - first === positions.length - 1 && (modifies(said[first - 1], wordNet, 'before') || modifies(said[last + 1], wordNet, 'after'))) return undefined;
  return { entry, positions };
}

/**
 * The list's entries a request names, in the order said. A longer entry wins over one it contains
 * ("oat milk" over "milk" where both are listed and "oat milk" is said); two entries read off the same
 * words are no answer, and neither is taken.
 */
export function listedEntries(request: string, entries: readonly string[], wordNet?: WordNet): string[] {
  const said = words(request);
  const found = [...new Set(entries)].map((entry) => placeOf(entry, said, wordNet)).filter((item): item is Found => item !== undefined);
  found.sort((left, right) => right.positions.length - left.positions.length);
  const taken: Found[] = [];
  for (const candidate of found) {
    if (taken.some((other) => other.positions.some((position) => candidate.positions.includes(position)))) continue;
    // Equal rivals on the same words ("pay the gas bill" and "read the gas bill" both fit "the gas bill"): neither.
    const rival = found.find((other) => other !== candidate && other.positions.length === candidate.positions.length && other.positions.every((position) => candidate.positions.includes(position)));
    if (rival) continue;
    taken.push(candidate);
  }
  return taken.sort((left, right) => Math.min(...left.positions) - Math.min(...right.positions)).map((item) => item.entry);
}

/** Whether a said item shares a content word with an entry the request named: it is that entry, said differently. */
export function partOfEntry(item: string, entry: string): boolean {
  const wanted = contentWords(entry);
  return contentWords(item).some((word) => wanted.some((other) => sameWord(other, word)));
}
