import { words, type Lexicon } from '@meshmind/language';

/** Longest run of words tried as one WordNet entry ("at once", "right away", "in front of"). */
const LONGEST = 3;
/** The weight WordNet's reader gives a synonym: the only relations a phrase is read by. */
const SYNONYM = 0.9;

/**
 * Fixed phrases of the query that WordNet lists as one entry and that are no phrasal verb: "at
 * once" and "right away" mean "immediately", which an emergency stop's notes say; word by word
 * "at" is a stop word and "once" means "one time". Found phrases join the query as words of their
 * own, read by their synonyms only, as phrasal verbs are; their words still count alone. A phrase
 * without a one-word synonym ("shopping list", "toilet paper") can meet no document word, and
 * would only dilute the score: it is left out.
 */
export function collocations(query: string, lexicon: Lexicon | undefined, phrasalVerbs: ReadonlySet<string>): string[] {
  const wordNet = lexicon?.wordNet;
  if (!wordNet) return [];
  const list = words(query).map((word) => word.toLowerCase());
  const found: string[] = [];
  for (let start = 0; start < list.length; start += 1) {
    for (let length = LONGEST; length >= 2; length -= 1) {
      if (start + length > list.length) continue;
      const phrase = list.slice(start, start + length).join('_');
      if (!/^[a-z_-]+$/.test(phrase) || phrasalVerbs.has(phrase) || !wordNet.isKnown(phrase) || wordNet.isVerb(phrase)) continue;
      if (![...wordNet.related(phrase)].some(([key, weight]) => weight >= SYNONYM && !key.includes('_'))) continue;
      found.push(phrase);
      break;
    }
  }
  return found;
}
