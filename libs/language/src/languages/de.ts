/** German: the language of some vendors' API notes (read through FreeDict's German-English dictionary). */
import type { LanguageData } from './language';

export const de = {
  code: 'de',
  functionWords: new Set('der die das den dem des und mit zu zum zur ein eine einer im am um auf von für ist bis pro nach aus'.split(' ')),
  identifierParts: { secret: ['kennwort'], networkName: ['netz'] },
  documentWords: {
    rangeWords: ['bis'],
    units: { 'm/s': { words: ['meter pro sekunde'] }, '°': { wholeWords: ['grad'] }, '%': { words: ['prozent'] }, m: { wholeWords: ['meter', 'metern'] } },
    outcomeWords: ['erfolg', 'fehl'],
  },
  /** Prefixes a separable verb leaves at the end of its clause ("Fragt ... ab" is "abfragen"). */
  separablePrefixes: new Set('ab an auf aus bei ein fest fort her heraus herunter hin hoch los mit nach vor vorbei weg weiter zu zurück zusammen'.split(' ')),
  /** Words that join two clauses of one sentence ("fährt ... und dockt ... an"): a separable prefix belongs to the last. */
  clauseConjunctions: new Set(['und', 'oder', 'sowie']),
  /**
   * Regular spelling correspondences to English cognates ("Aktivität" -> "activity", "kalibrieren"
   * -> "calibrate"), tried in order on a word's ending.
   */
  cognateEndings: [
    [/itat$/, 'ity'], [/ieren$/, 'ate'], [/ieren$/, 'ize'], [/ieren$/, ''], [/isch$/, 'ic'], [/isch$/, 'ical'], [/er$/, ''], [/en$/, 'es'], [/en$/, ''], [/e$/, ''],
  ] as ReadonlyArray<readonly [RegExp, string]>,
} satisfies LanguageData & Record<string, unknown>;
