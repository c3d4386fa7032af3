/** French: the language of some vendors' API notes (read through FreeDict, with a pivot through German). */
import type { LanguageData } from './language';

export const fr = {
  code: 'fr',
  functionWords: new Set('le la les de des du à au aux vers un une et sur pour en est par avec son sa ses'.split(' ')),
  identifierParts: { secret: ['mot_de_passe', 'motdepasse'], networkName: ['reseau'] },
  documentWords: {
    rangeWords: ['à'],
    units: { 'm/s': { words: ['mètre par seconde', 'mètres par seconde'] }, '°': { words: ['degré', 'degrés'] }, '%': { words: ['pourcentage'] }, m: { wholeWords: ['mètre', 'mètres'] } },
    outcomeWords: ['succès', 'echec', 'échec'],
    elisions: ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu'],
  },
  /**
   * Regular spelling correspondences to English cognates ("proximité" -> "proximity", "localiser"
   * -> "localize"), tried in order on a word's ending.
   */
  cognateEndings: [
    [/ite$/, 'ity'], [/te$/, 'ty'], [/aison$/, 'ation'], [/ence$/, 'ency'], [/ique$/, 'ic'], [/eur$/, 'or'], [/eur$/, 'er'],
    [/iser$/, 'ize'], [/iser$/, 'ise'], [/ier$/, 'y'], [/er$/, 'ate'], [/er$/, 'e'], [/er$/, ''], [/ee$/, 'ate'], [/e$/, ''],
  ] as ReadonlyArray<readonly [RegExp, string]>,
} satisfies LanguageData & Record<string, unknown>;
