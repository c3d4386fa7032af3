import { enPlanning, singularForms, stem, words, type WordNet } from '@meshmind/language';
import type { PlannerDevice } from './planner';

/**
 * The quantity an adjective asks about, in the home's own words (issue #17, class 5): "how damp is
 * the cellar" asks for what a hygrometer's "get_humidity" reads. WordNet says which noun an adjective
 * is a value of ("damp", like "wet", is a value of wetness; "warm" of temperature); a word of a
 * device's readings meets that noun when it is the noun or a kind of it (humidity is wetness in the air).
 * Returns, per adjective, the reading words of the home that it names; none without WordNet.
 */
export function quantityWordReader(devices: readonly PlannerDevice[], wordNet: WordNet | undefined): ((adjective: string) => string[]) | undefined {
  if (!wordNet) return undefined;
  const readingWords = new Set<string>();
  for (const device of devices) {
    for (const capability of device.capabilities) {
      if (capability.kind !== 'query') continue;
      for (const word of [...words(capability.function.replace(/_/g, ' ')), ...words(capability.description)]) {
        if (word.length > 3 && wordNet.canBe(word, 'noun')) readingWords.add(word.toLowerCase());
      }
    }
  }
  const cache = new Map<string, string[]>();
  return (adjective) => {
    const key = adjective.toLowerCase();
    const cached = cache.get(key);
    if (cached) return cached;
    const attributes = new Set([...wordNet.attributeNouns(key)].map(stem));
    const found =
      attributes.size === 0
        ? []
        : [...readingWords].filter((word) => singularForms(word).some((form) => attributes.has(stem(form))) || [...wordNet.related(word)].some(([related, weight]) => weight >= 0.55 && attributes.has(related)));
    cache.set(key, found);
    return found;
  };
}

/** The adjectives a clause asks "how" of ("how damp", "how warm is it"): those alone are read as quantities. */
export function askedQuantityWords(tokens: readonly string[], read: ((adjective: string) => string[]) | undefined): string[] {
  if (!read) return [];
  return tokens.flatMap((token, index) => (index > 0 && enPlanning.questions.quantityAskers.includes(tokens[index - 1]!) ? read(token) : []));
}

/**
 * The adjectives a condition compares ("if the bathroom is more humid than 70%", "hotter than 25"):
 * the word just before "than", read as the quantity it is a value of.
 */
export function comparedQuantityWords(tokens: readonly string[], read: ((adjective: string) => string[]) | undefined): string[] {
  if (!read) return [];
  return tokens.flatMap((token, index) => (enPlanning.comparisons.than.includes(tokens[index + 1] ?? '') ? read(token) : []));
}
