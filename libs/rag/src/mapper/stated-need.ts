import { en, enMapping, lackingVerb, words, type WordNet } from '@meshmind/language';
import type { Path } from './path';

/** A need stated as a quality past what is wanted ("it's too dark in here") is read as the change wished for. */
export { withStatedExcess } from './stated-excess';
/** A supply said used up ("we've run out of tea") is read as the need it states (mapper/stated-lack.ts). */
export { withStatedLack } from './stated-lack';

const NEGATIONS = new Set(enMapping.negation.words.filter((word) => !en.verbParticles.has(word)));

/**
 * The path a stated need gives its thing: "we need more toilet paper", "the bathroom wants soap"
 * says what is lacking, and to a device that keeps things (a list) a lacking thing goes onto it; "we
 * don't need milk any more" takes it off. The verb is a verb of lacking or one of its WordNet
 * synonyms (lackingVerb of @meshmind/language), said after its subject, not the imperative that opens a command ("need" rarely opens
 * one). Read only where the request gives no path by its prepositions (mapper/path.ts), and only by
 * the mapper where the device's functions differ in their path: a light that "we need" is no list.
 */
export function statedNeedPath(text: string, wordNet: WordNet | undefined): Path {
  if (!wordNet) return 0;
  const said = words(text).map((word) => word.toLowerCase());
  for (let index = 1; index < said.length; index += 1) {
    const word = said[index]!;
    if (!wordNet.isVerb(word) || !lackingVerb(word, wordNet)) continue;
    const before = said.slice(Math.max(0, index - 2), index);
    return before.some((earlier) => NEGATIONS.has(earlier) || earlier.endsWith("n't")) ? -1 : 1;
  }
  return 0;
}
