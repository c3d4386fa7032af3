import { en, findNumbers, isStopword, type WordNet } from '@meshmind/language';
import { LIGHT_VERB_SENSES } from './function-kind';

/**
 * Words of a request that say little of what is done, for the mechanisms that compare what
 * functions with one shared object say (mapper/shared-object.ts, mapper/unexplained-fit.ts).
 */
export class ContentWords {
  private readonly light = new Map<string, boolean>();

  constructor(private readonly wordNet: WordNet | undefined) {}

  /**
   * Empty words, numbers, particles (the on/off evidence reads those) and verbs so common that they
   * carry little of their own ("take", "make", "go", "get": 30 WordNet senses or more, a content verb
   * such as "move", "scan" or "check" fewer). In "take an inventory" the other words say what is done.
   * Read from the verb index rather than SemCor's counts, which an agent would otherwise load whole
   * (about 8 MB) for this alone.
   */
  carriesLittle(word: string): boolean {
    if (isStopword(word) || /\d/.test(word) || word.length < 2 || en.verbParticles.has(word) || en.phrasalParticles.includes(word) || findNumbers(word).length > 0) return true;
    if (!this.wordNet) return false;
    let little = this.light.get(word);
    if (little === undefined) {
      little = this.wordNet.verbSenses(word).length >= LIGHT_VERB_SENSES;
      this.light.set(word, little);
    }
    return little;
  }

  /** Whether the word at `index` closes a verb with the word before it, determiners aside ("make your way"). */
  closesVerb(list: readonly string[], index: number): boolean {
    if (!this.wordNet) return false;
    let before = index - 1;
    while (before >= 0 && en.determiners.has(list[before]!)) before -= 1;
    return before >= 0 && this.wordNet.isVerb(`${list[before]}_${list[index]}`);
  }
}
