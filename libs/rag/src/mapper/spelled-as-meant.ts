import { CARDINAL_WORDS, en, enMapping, escapeRegExp, isStopword, singularForms, swapsOnePair, typingDistance, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { lexiconWord, slipOfAnyWord } from './lexicon-slip';

/**
 * A request typed on a phone keyboard ("opne the garage", "unlcok the back door", "pasue the tv",
 * "swich the light of") is read as the words it misses before any reader sees it (issue #17). The
 * lexical scorer already corrected a misspelt word for its own score; every other reader (the scope,
 * the verb senses, the embedding) saw the word as typed, and two swapped letters ("opne") were two
 * edits there, so the typo lost to a sibling function or was declined.
 *
 * A word is corrected only where it is not a word: WordNet does not know it, it is no function word,
 * and the document does not use it ("hdmi", "netflix" stay). It becomes the one word of the document
 * (or a base form of one: "switches" gives "switch") one edit away, two swapped neighbours counting as
 * one edit; a longer word may be two edits off. Where two document words are as near, the one with
 * the very letters typed (a swap) is taken; else neither: a guess would be a wrong call, not a question.
 *
 * "Switch the light of": "of" that ends a command whose verb WordNet knows with "off" ("switch off",
 * "turn off", "shut off") is that "off"; "of" cannot end a command otherwise.
 */

const CLAUSE = /[^,;.!?]+/g;
/** Number words are no target: "opne" is "open", not "one". */
const CARDINAL = new Set(CARDINAL_WORDS);
/** Words a command may end with after its particle: courtesy ("please", "now") and thanks. */
const TRAILING = new Set([...en.courtesy, ...enMapping.items.closingCourtesy.flatMap((phrase) => phrase.split(' '))]);

interface Vocabulary {
  /** Every word of the document, as written: never corrected. */
  written: Set<string>;
  /** The words a misspelt word may be read as: the document's words and their base forms that WordNet knows. */
  targets: string[];
}

const vocabularies = new WeakMap<NormalisedDocument, WeakMap<WordNet, Vocabulary>>();

function vocabularyOf(document: NormalisedDocument, wordNet: WordNet): Vocabulary {
  const byWordNet = vocabularies.get(document) ?? new WeakMap<WordNet, Vocabulary>();
  vocabularies.set(document, byWordNet);
  const cached = byWordNet.get(wordNet);
  if (cached) return cached;
  const text = JSON.stringify({ title: document.title, nouns: document.nouns, state: document.state, functions: document.functions });
  const written = new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
  const targets = new Set<string>();
  for (const word of written) {
    if (word.length < 3) continue;
    for (const form of new Set([word, ...singularForms(word), word.replace(/(?:ing|ed)$/, ''), word.replace(/(?:ing|ed)$/, 'e')])) {
      if (form.length >= 3 && wordNet.isKnown(form) && !isStopword(form) && !CARDINAL.has(form)) targets.add(form);
    }
  }
  const vocabulary = { written, targets: [...targets] };
  byWordNet.set(wordNet, vocabulary);
  return vocabulary;
}

/** Every word the document writes (its title, nouns, state and functions), lower case. */
export function documentWords(document: NormalisedDocument, wordNet: WordNet): ReadonlySet<string> {
  return vocabularyOf(document, wordNet).written;
}

/** The document word a word that is no word was typed for, or undefined. */
export function meantWord(typed: string, document: NormalisedDocument, wordNet: WordNet): string | undefined {
  const word = typed.toLowerCase();
  if (word.length < 4 || !/^[a-z]+$/.test(word) || isStopword(word) || wordNet.isKnown(word)) return undefined;
  const { written, targets } = vocabularyOf(document, wordNet);
  if (written.has(word)) return undefined;
  const limit = word.length >= 8 ? 2 : 1;
  let best: { words: Set<string>; distance: number } | undefined;
  for (const known of targets) {
    const distance = typingDistance(word, known, limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance) best = { words: new Set([known]), distance };
    else if (distance === best.distance) best.words.add(known);
  }
  const nearest = best && best.words.size > 1 ? [...best.words].filter((known) => swapsOnePair(word, known)) : [...(best?.words ?? [])];
  return nearest.length === 1 ? nearest[0] : undefined;
}

/** "of" ending a command whose opening verb goes with "off" in WordNet ("switch the plug of please"), or right after that verb ("turn of the socket"), or after the device's own noun alone ("tv of"). */
function withStrandedOff(clause: string, wordNet: WordNet, ownNouns: ReadonlySet<string>): string {
  const tokens = words(clause);
  // "turn of the socket": "of" right after such a verb, where the verb takes no "of" of its own ("think of", "run out of").
  const at = tokens.findIndex((token) => !en.courtesy.has(token));
  const opening = tokens[at];
  if (opening && tokens[at + 1] === 'of' && at + 2 < tokens.length && wordNet.isKnown(`${opening}_off`) && !wordNet.isKnown(`${opening}_of`) && wordNet.isVerb(opening)) {
    return clause.replace(new RegExp(`(\\b${escapeRegExp(opening)}\\W+)of\\b`, 'i'), '$1off');
  }
  let end = tokens.length;
  while (end > 0 && TRAILING.has(tokens[end - 1]!)) end -= 1;
  if (end < 2 || tokens[end - 1] !== 'of') return clause;
  const verb = tokens.find((token) => !en.courtesy.has(token));
  // "tv of", "lamp of please": the device's own noun and a stranded "of", no verb: the noun said "off".
  const nounOff = end === 2 && ownNouns.has(tokens[0]!);
  if (!nounOff && (end < 3 || !verb || !wordNet.isKnown(`${verb}_off`) || !wordNet.isVerb(verb))) return clause;
  const trailing = tokens.slice(end).map(escapeRegExp).join('\\W+');
  return clause.replace(new RegExp(`\\bof\\b(?=\\W*${trailing ? `${trailing}\\W*` : ''}$)`, 'i'), 'off');
}

/** The request with each word that is no word read as the document word it misses, and a stranded "of" as "off"; `ownNames` are the device's names and places. */
export function spelledAsMeant(text: string, document: NormalisedDocument, wordNet: WordNet | undefined, ownNames: readonly string[] = []): string {
  if (!wordNet) return text;
  // A word glued to digits is a name or a key ("Robo1", "letmein42"), never a slip of a document word.
  // A slip of a word the document does not use is read from the lexicon, where the word may be no name (lexicon-slip.ts).
  const mayBeOther = slipOfAnyWord(text);
  const { written } = vocabularyOf(document, wordNet);
  // The device's own names and places, however typed ("send dustin home"), are no slips either.
  const named = new Set(ownNames.flatMap((name) => words(name)));
  const otherWord = (word: string, offset: number) => (mayBeOther(word, offset) && !written.has(word.toLowerCase()) && !named.has(word.toLowerCase()) ? lexiconWord(word, wordNet, written) : undefined);
  const corrected = text.replace(/[\p{L}\p{N}]+/gu, (word, offset: number) => {
    const meant = /\p{N}/u.test(word) ? undefined : (meantWord(word, document, wordNet) ?? otherWord(word, offset));
    return meant === undefined ? word : word[0] === word[0]!.toUpperCase() && word[0] !== word[0]!.toLowerCase() ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
  });
  const ownNouns = new Set(document.nouns.flatMap((noun) => words(noun.toLowerCase())));
  return corrected.replace(CLAUSE, (clause) => withStrandedOff(clause, wordNet, ownNouns));
}
