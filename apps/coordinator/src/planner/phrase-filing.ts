/**
 * The home's phrase lists (its vocabulary's names, places and nouns) filed once for `findPhrases`
 * (text.ts), which reads them in every clause of every goal (issue #18): by first word, and each
 * phrase of several words with the singular forms of its last word ("window blinds" -> "blind"),
 * which depend on the phrase alone. Kept in a WeakMap on the list, so a list the vocabulary no
 * longer holds is let go, and filed again if its length changed (a phrase added to a kept list).
 */
import { singularForms } from '@meshmind/language';

interface Filing {
  length: number;
  /** Positions of the phrases, by first word, in the list's order. */
  index: Map<string, number[]>;
  /** By position: the last word's singular forms other than itself, for a phrase of several words; null where none. */
  singulars: Array<string[] | null>;
}

const filings = new WeakMap<ReadonlyArray<{ words: string[] }>, Filing>();

function filingOf(phrases: ReadonlyArray<{ words: string[] }>): Filing {
  const filed = filings.get(phrases);
  if (filed && filed.length === phrases.length) return filed;
  const index = new Map<string, number[]>();
  const singulars: Array<string[] | null> = [];
  phrases.forEach((phrase, position) => {
    const last = phrase.words.at(-1);
    const singular = phrase.words.length > 1 ? singularForms(last!).filter((form) => form !== last) : [];
    singulars.push(singular.length > 0 ? singular : null);
    const first = phrase.words[0];
    if (first === undefined) return;
    const positions = index.get(first);
    if (positions) positions.push(position);
    else index.set(first, [position]);
  });
  const filing = { length: phrases.length, index, singulars };
  filings.set(phrases, filing);
  return filing;
}

/**
 * The phrases a clause can hold, with the singular forms that `findPhrases` tries for their last
 * word, longest first and in the list's order within a length: those whose first word is said
 * (`bare` gives a token without its possessive ending: "jonas's" says "jonas"), and a phrase of one
 * word also where it is a singular form of a word said (`forms`, each token's singular forms, the
 * token first). Only the phrases filed under a word said are read.
 */
export function phrasesSaid<P extends { words: string[] }>(
  tokens: readonly string[],
  forms: ReadonlyArray<readonly string[]>,
  phrases: readonly P[],
  bare: (token: string) => string,
): Array<{ phrase: P; singular: string[] | null }> {
  const { index, singulars } = filingOf(phrases);
  const picked: number[] = [];
  const pick = (word: string, oneWordOnly: boolean) => {
    const positions = index.get(word);
    if (!positions) return;
    for (const position of positions) if (!oneWordOnly || phrases[position]!.words.length === 1) picked.push(position);
  };
  tokens.forEach((token, at) => {
    pick(token, false);
    const owner = bare(token);
    if (owner !== token) pick(owner, false);
    for (const form of forms[at]!) if (form !== token) pick(form, true);
  });
  if (picked.length === 0) return [];
  sortInPlace(picked, (a, b) => a - b);
  // A stable sort by length keeps the list's order within a length.
  const ordered = picked.length === 1 ? picked : sortInPlace(picked.filter((position, at) => position !== picked[at - 1]), (a, b) => phrases[b]!.words.length - phrases[a]!.words.length);
  return ordered.map((position) => ({ phrase: phrases[position]!, singular: singulars[position]! }));
}

/** Answers kept before they are dropped and read again: far more than a home's words. */
const MOST_FORMS_KEPT = 20_000;
const formsKept = new Map<string, readonly string[]>();

/**
 * A token's singular forms (the token first), worked out once per word: every clause of every goal
 * asks them of its words again in each list it reads. They depend on the word alone; the arrays
 * handed out are shared, so read-only. Dropped all at once at the cap, so words nobody says twice
 * (typos) cannot grow them without end.
 */
export function singularFormsOf(token: string): readonly string[] {
  let forms = formsKept.get(token);
  if (forms) return forms;
  forms = singularForms(token);
  if (formsKept.size >= MOST_FORMS_KEPT) formsKept.clear();
  formsKept.set(token, forms);
  return forms;
}

/**
 * A stable sort in place, as Array.prototype.sort is: by insertion for the few items a clause's
 * phrases and matches are, where V8's sort allocates its working state at every call (a tenth of
 * the planner's garbage per goal); by Array.prototype.sort above that.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 16) return items.sort(compare);
  for (let at = 1; at < items.length; at += 1) {
    const item = items[at]!;
    let to = at;
    while (to > 0 && compare(items[to - 1]!, item) > 0) {
      items[to] = items[to - 1]!;
      to -= 1;
    }
    items[to] = item;
  }
  return items;
}
