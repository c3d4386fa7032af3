import { editDistance, singularForms, swapsOnePair } from '@meshmind/language';

export { swapsOnePair };

/**
 * "turn on the lihgts in the utility room": a word no dictionary knows, one or two edits away from
 * exactly one kind noun of the home, is that noun misspelt. Without a dictionary nothing is
 * corrected (a word it does not know could be a name), and a word close to two nouns stays as said.
 */
export function kindNounMisspelt(token: string, nouns: readonly string[], isKnown: ((word: string) => boolean) | undefined): string | undefined {
  if (!isKnown || token.length < 4 || !/^[a-z]+$/.test(token) || isKnown(token)) return undefined;
  // "darpes" is "drapes": compared in the singular too, and given back in the number it was said in.
  const closest = new Map<string, { distance: number; suffix: string }>();
  for (const form of singularForms(token)) {
    const suffix = token.slice(form.length);
    const limit = form.length >= 6 ? 2 : 1;
    for (const noun of nouns) {
      if (noun.includes(' ')) continue;
      const distance = swapsOnePair(form, noun) ? 1 : editDistance(form, noun, limit);
      const known = closest.get(noun);
      if (distance <= limit && (!known || distance < known.distance || (distance === known.distance && suffix.length > known.suffix.length))) {
        closest.set(noun, { distance, suffix });
      }
    }
  }
  const best = Math.min(...[...closest.values()].map((entry) => entry.distance));
  // "lights" and "light" + "s" are one reading.
  const found = new Set([...closest].filter(([, entry]) => entry.distance === best).map(([noun, entry]) => `${noun}${entry.suffix}`));
  return found.size === 1 ? [...found][0] : undefined;
}
