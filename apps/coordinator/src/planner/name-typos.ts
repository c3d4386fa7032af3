import { editDistance, singularForms } from '@meshmind/language';
import type { Vocabulary } from './vocabulary';
import { swapsOnePair } from './typos';

/**
 * Misspelt words of the home's own names (issue #17, typos): "open the ofice blind", "turn on the
 * bedrom ceiling". A word no dictionary knows that is one slip (two for a long word) from exactly
 * one word of the home's device names, aliases, areas, floors or kind nouns is that word. Without a
 * dictionary nothing is corrected: a word it does not know could be a name. A word close to two
 * words of the home stays as said ("lamb" is neither "lamp" nor "lame" to us).
 */

/** Words this short are left alone: one letter off makes another word too easily ("fan", "tv"). */
const SHORTEST = 4;

const homeWordsOf = new WeakMap<Vocabulary, string[]>();

/** Every word of the home's names, places and kind nouns, read once per vocabulary. */
function homeWords(vocabulary: Vocabulary): string[] {
  let found = homeWordsOf.get(vocabulary);
  if (!found) {
    const all = [...vocabulary.names, ...vocabulary.areas, ...vocabulary.floors, ...vocabulary.nouns].flatMap((entry) => entry.words);
    found = [...new Set(all.filter((word) => word.length >= SHORTEST && /^[a-z]+$/.test(word)))];
    homeWordsOf.set(vocabulary, found);
  }
  return found;
}

/** The one word of the home `token` is a slip of, or undefined. */
export function homeWordMisspelt(token: string, words: readonly string[], isKnown: (word: string) => boolean): string | undefined {
  if (token.length < SHORTEST || !/^[a-z]+$/.test(token) || words.includes(token) || isKnown(token)) return undefined;
  // A plural of a home word ("ceilings") is no slip; WordNet may not list every plural of a name word.
  if (singularForms(token).some((form) => words.includes(form))) return undefined;
  const limit = token.length >= 7 ? 2 : 1;
  let best = limit + 1;
  let found: string[] = [];
  for (const word of words) {
    const distance = swapsOnePair(token, word) ? 1 : editDistance(token, word, limit);
    if (distance < best) {
      best = distance;
      found = [word];
    } else if (distance === best && distance <= limit) found.push(word);
  }
  return best <= limit && found.length === 1 ? found[0] : undefined;
}

/** The clause's tokens with each misspelt home word put right; the same array when none is. */
export function withHomeWordsSpelt(tokens: readonly string[], vocabulary: Vocabulary): readonly string[] {
  const isKnown = vocabulary.isKnownWord;
  if (!isKnown) return tokens;
  const words = homeWords(vocabulary);
  let changed = false;
  const spelt = tokens.map((token) => {
    const right = homeWordMisspelt(token, words, isKnown);
    if (right) changed = true;
    return right ?? token;
  });
  return changed ? spelt : tokens;
}
