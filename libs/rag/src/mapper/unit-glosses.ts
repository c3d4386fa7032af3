import { en, LANGUAGES } from '@meshmind/language';

/**
 * A vendor note's unit word read as the unit it names: "单位为度" is "unit: degree", "单位米" is
 * "unit: meter". The dictionary glosses a unit word by all its senses ("度": "pass, spend,
 * measure", "米": "uncooked rice, meter"), and the wrong ones meet requests the function does not
 * serve ("travel to shelf 11" met "pass" in a camera function). A note word that the language's
 * data names as a unit's word is glossed by English's first word for the same unit.
 */
export function withUnitGlosses(translations: Map<string, string[]>, language: string): Map<string, string[]> {
  const units = LANGUAGES.get(language)?.documentWords?.units;
  const english = en.documentWords.units as Readonly<Record<string, { words?: readonly string[]; wholeWords?: readonly string[] }>>;
  if (!units || language === 'en') return translations;
  for (const [unit, forms] of Object.entries(units)) {
    const name = english[unit]?.words?.[0] ?? english[unit]?.wholeWords?.[0];
    if (!name) continue;
    for (const word of [...(forms.words ?? []), ...(forms.wholeWords ?? [])]) if (translations.has(word)) translations.set(word, [name]);
  }
  return translations;
}
