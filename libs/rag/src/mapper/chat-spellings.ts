import { QUESTION_WORDS } from './question-contraction';

/**
 * The pronouns and the one verb of address typed as in a chat ("could u check shelf 4 for space",
 * "whats ur battery at", "where r u") read as the words they stand for (issue #17, the second set's
 * class E). The mood reader knew "could u" as a polite ask, but every other reader saw "u" as a word
 * of its own: the lexical scorer and the sentence model weighed a letter no function has, and "could u
 * check shelf 4 for space" scanned the shelf where "could you check shelf 4 for space" found its free
 * slots on every dialect. A closed class, not content words: the second person ("u", "ur", "urself",
 * "yr") and "r" for "are", the latter only beside the addressee or after a question word ("r u
 * there", "where r u"), since a lone "r" may be a letter said. A word with a digit in it, or a quoted
 * name, is left as typed.
 */
const SECOND_PERSON: ReadonlyMap<string, string> = new Map([
  ['u', 'you'],
  ['ur', 'your'],
  ['urself', 'yourself'],
  ['yr', 'your'],
]);

/** Where "r" is "are": before or after the addressee, or after a question word. */
const BESIDE_ARE: ReadonlySet<string> = new Set(['u', 'you', ...QUESTION_WORDS]);

const QUOTED = /(['"“‘]).*?(['"”’])/gu;

function sameCase(typed: string, meant: string): string {
  return typed[0] !== typed[0]!.toLowerCase() ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
}

export function withChatSpellings(text: string): string {
  const quoted: Array<[number, number]> = [...text.matchAll(QUOTED)].map((match) => [match.index!, match.index! + match[0].length]);
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const lower = tokens.map((token) => token[0].toLowerCase());
  let result = '';
  let at = 0;
  tokens.forEach((token, position) => {
    const start = token.index!;
    if (quoted.some(([from, to]) => start >= from && start < to)) return;
    const word = lower[position]!;
    // A token glued to a letter or a digit by an apostrophe or a hyphen ("u-bend", "r2") is no chat spelling.
    const before = text[start - 1] ?? ' ', after = text[start + token[0].length] ?? ' ';
    if (/[\p{L}\p{N}'’-]/u.test(before) || /[\p{L}\p{N}'’-]/u.test(after)) return;
    const meant = SECOND_PERSON.get(word) ?? (word === 'r' && (BESIDE_ARE.has(lower[position - 1] ?? '') || ['u', 'you'].includes(lower[position + 1] ?? '')) ? 'are' : undefined);
    if (meant === undefined) return;
    result += text.slice(at, start) + sameCase(token[0], meant);
    at = start + token[0].length;
  });
  return result + text.slice(at);
}
