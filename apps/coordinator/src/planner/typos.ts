import { editDistance } from '@meshmind/language';

/**
 * "turn on the lihgts in the utility room": a word no dictionary knows, one or two edits away from
 * exactly one kind noun of the home, is that noun misspelt. Without a dictionary nothing is
 * corrected (a word it does not know could be a name), and a word close to two nouns stays as said.
 */
export function kindNounMisspelt(token: string, nouns: readonly string[], isKnown: ((word: string) => boolean) | undefined): string | undefined {
  if (!isKnown || token.length < 4 || !/^[a-z]+$/.test(token) || isKnown(token)) return undefined;
  const limit = token.length >= 6 ? 2 : 1;
  let best = limit + 1;
  let found: string[] = [];
  for (const noun of nouns) {
    if (noun.includes(' ')) continue;
    const distance = editDistance(token, noun, limit);
    if (distance < best) {
      best = distance;
      found = [noun];
    } else if (distance === best && distance <= limit) found.push(noun);
  }
  return found.length === 1 && best <= limit ? found[0] : undefined;
}
