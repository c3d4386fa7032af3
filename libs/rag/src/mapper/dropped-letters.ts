import { enReference, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { withChatSpellings } from './chat-spellings';
import { isClosedClassWord } from './lexicon-slip';
import { documentWords } from './spelled-as-meant';
import { QUESTION_WORDS } from './question-contraction';
import { JOINING } from './stated-event';

/**
 * Question words and modals typed as in a chat, with letters left out ("wat is ur battery", "wher r
 * u", "hw much charge", "cn u take a pic", "wats on shelf 3") read as the words they stand for (issue
 * #17, text-speak). chat-spellings.ts reads the second person ("u", "ur") and "r"; a question word
 * typed short stayed a word no reader knew, and the request was asked about ("nothing the robot can do
 * has to do with 'wat'") or ranked on what was left.
 *
 * A word is read so only where it is no word people use (no closed-class word: "we", "my"; and WordNet never
 * saw it tagged: SemCor's count is 0; "cud" is a word), no word of the document, and two letters at least; and where it keeps, in
 * order and from the first, the letters of exactly one word of the closed class below, one or two of
 * them left out: "wat" is "what", "cn" is "can", "wher" is "where". A final "s" after such a word is
 * its contracted "is" ("wats" is "what's"). A word with a digit, glued to another by an apostrophe or a
 * hyphen, or quoted, is left as typed. A question word or a modal of asking opens its clause: the word is
 * read so only at the request's start, after a stop or a comma, or after a word that joins clauses ("and
 * wen will u be done"); inside a clause a short rare word is a thing's name ("add cod liver oil to the list":
 * "cod" keeps the letters of "could").
 */


/** The closed class read: English's question words and the modals of asking. */
const MEANT: readonly string[] = [...new Set([...QUESTION_WORDS, ...enReference.askedForSpeaker.modals, 'would', 'should', 'will'])];
/** Most letters a chat spelling leaves out of its word. */
const MOST_DROPPED = 2;

const QUOTED = /(['"“‘]).*?(['"”’])/gu;

/** Whether `typed` keeps `word`'s letters in order, its first letter first, with one or two left out. */
function keepsLettersOf(typed: string, word: string): boolean {
  if (typed[0] !== word[0] || word.length - typed.length < 1 || word.length - typed.length > MOST_DROPPED) return false;
  let at = 0;
  for (const letter of word) if (letter === typed[at]) at += 1;
  return at === typed.length;
}

/** The one closed-class word `typed` spells with letters left out, or undefined where none or several. */
function meantWord(typed: string): string | undefined {
  const found = MEANT.filter((word) => keepsLettersOf(typed, word));
  return found.length === 1 ? found[0] : undefined;
}

export function withDroppedLetters(text: string, document: NormalisedDocument, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  // The document's words, read once per document (spelled-as-meant.ts keeps them).
  const written = documentWords(document, wordNet);
  const quoted: Array<[number, number]> = [...text.matchAll(QUOTED)].map((match) => [match.index!, match.index! + match[0].length]);
  let result = '';
  let at = 0;
  let previous: { word: string; end: number } | undefined;
  for (const token of text.matchAll(/\p{L}+/gu)) {
    const opensClause = !previous || /[,.;:!?]/u.test(text.slice(previous.end, token.index!)) || JOINING.has(previous.word);
    previous = { word: token[0].toLowerCase(), end: token.index! + token[0].length };
    if (!opensClause) continue;
    const start = token.index!;
    const typed = token[0].toLowerCase();
    const before = text[start - 1] ?? ' ', after = text[start + token[0].length] ?? ' ';
    // A capital inside the request starts a name ("join the wifi Wat"): chat is typed in lower case.
    if ((start > 0 && token[0][0] !== typed[0]) || typed.length < 2 || quoted.some(([from, to]) => start >= from && start < to) || /[\p{L}\p{N}'’-]/u.test(before) || /[\p{L}\p{N}'’-]/u.test(after)) continue;
    if (MEANT.includes(typed) || isClosedClassWord(typed) || (typed.endsWith('s') && isClosedClassWord(typed.slice(0, -1))) || written.has(typed) || wordNet.familiarity(typed) > 0 || (typed.endsWith('s') && wordNet.familiarity(typed.slice(0, -1)) > 0)) continue;
    const whole = meantWord(typed);
    const contracted = whole === undefined && typed.endsWith('s') ? meantWord(typed.slice(0, -1)) : undefined;
    const meant = whole ?? (contracted === undefined ? undefined : `${contracted}'s`);
    if (meant === undefined) continue;
    result += text.slice(at, start) + (token[0][0] !== token[0][0]!.toLowerCase() ? meant[0]!.toUpperCase() + meant.slice(1) : meant);
    at = start + token[0].length;
  }
  return result + text.slice(at);
}

/**
 * The request with its chat spellings read (this file's and chat-spellings.ts's), for the readers that see it before the
 * rewrites do: "wat is ur battery" is no statement of what happened (mapper/unasked-deed.ts) once read "what is your battery".
 */
export function chatSpelled(text: string, document: NormalisedDocument, wordNet: WordNet | undefined): string {
  return withChatSpellings(withDroppedLetters(text, document, wordNet));
}
