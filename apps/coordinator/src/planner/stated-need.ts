/**
 * Of several lists of things, the one WordNet itself defines as a list of what someone wants (issue #17,
 * lists): "shopping list", "grocery list" is "a list of heterogenous items that someone wants", so a
 * used-up supply ("we're out of milk") goes there, not to the "Hardware list" beside it
 * (used-up-supply.ts asks this of each list).
 *
 * Not read: a plain need with no verb for a list ("we need toilet roll"). Read as a need of the
 * household, cut from "we need firelighters, toilet roll and washing up liquid for the let, add them to
 * the changeover list" it sent firelighters to the shopping list; it needs a guard for a need that a
 * later clause sends elsewhere (BENCHMARKS.md, nineteenth session).
 */
import { lackingVerb, tokenize as words, type WordNet } from '@meshmind/language';

/**
 * Whether a device's name or alias is, by WordNet, a kind of what the device calls itself (a list)
 * that is defined by a want: "shopping list" is "a list of heterogenous items that someone wants".
 */
export function wantedListReader(wordNet: WordNet): (labels: readonly string[], nouns: readonly string[]) => boolean {
  return (labels, nouns) =>
    labels.some((label) => {
      const compound = words(label).join('_');
      if (!wordNet.isKnown(compound)) return false;
      const ancestors = wordNet.nounAncestors(compound);
      return nouns.some((noun) => ancestors.has(noun)) && wordNet.definitions(compound, 'noun').some((definition) => words(definition).some((word) => wordNet.isVerb(word) && lackingVerb(word, wordNet)));
    });
}
