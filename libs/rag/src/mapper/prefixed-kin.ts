import { stem, type WordNet } from '@meshmind/language';
import type { FunctionProfile } from './evidence';

/**
 * "unlatch the door", "disengage the lock": a verb with a negating prefix over a verb the document
 * never names ("latch", "engage") undoes the function whose own verb is that verb's kin in WordNet.
 * Kin is read two ways, both from WordNet's senses and not from any list of ours:
 *
 * - siblings: the two verbs' commonest senses are kinds of the same broader verb ("fasten with a
 *   latch" and "fasten with a lock" are both kinds of "fasten, fix, secure");
 * - synonyms: the base is a lemma of one of the function verb's senses ("keep engaged": engage, lock).
 *
 * Only actions that change the device's state count, since only those have an undoing
 * (verb-sense.ts reads the function that undoes the one found). Empty where no function is kin.
 */
export function functionsKinToVerb(base: string, profiles: readonly FunctionProfile[], wordNet: WordNet): FunctionProfile[] {
  const baseSenses = wordNet.verbSenses(base);
  if (baseSenses.length === 0) return [];
  const broader = new Set(baseSenses[0]!.hypernyms);
  const baseStem = stem(base);
  return profiles.filter(({ fn }) => {
    if (fn.kind === 'query' || (fn.effects?.length ?? 0) === 0) return false;
    const verb = fn.name.split('_')[0]!.toLowerCase();
    if (stem(verb) === baseStem) return false; // named outright: verb-sense.ts reads that already
    const senses = wordNet.verbSenses(verb);
    const siblings = broader.size > 0 && (senses[0]?.hypernyms ?? []).some((lemma) => broader.has(lemma));
    const synonyms = senses.some((sense) => sense.lemmas.some((lemma) => stem(lemma) === baseStem));
    return siblings || synonyms;
  });
}
