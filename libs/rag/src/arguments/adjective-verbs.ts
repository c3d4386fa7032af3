import { en, enMapping, words, type WordNet } from '@meshmind/language';

/**
 * "Brighten the night light", "darken the hall lamp", "quieten the radio": a verb made of an
 * adjective by its suffix ("bright" + "en") means to make the thing more so, i.e. a step of a level
 * in the direction of the adjective's comparative ("brighter" is up, "darker" down). The lists of
 * en.relativeDirection name the comparatives; this reads the verbs made from them, so "brighten"
 * needs no entry of its own and a change verb with no value is a step, never a reading.
 *
 * Only a verb WordNet files among its verbs of change in one of its commonest senses counts:
 * "fasten" is "fast" + "en" in spelling, but attaches (a verb of contact), and makes nothing faster.
 */

const SENSES_READ = 3;
const CHANGE_CATEGORY = 'change';

const UP = new Set(en.relativeDirection.up.filter((entry) => !entry.includes(' ')));
const DOWN = new Set(en.relativeDirection.down.filter((entry) => !entry.includes(' ')));

/** "bright" -> brighter, "wide" -> wider, "big" -> bigger; and the adjective itself where it is listed ("less" of "lessen"). */
export function comparatives(base: string): string[] {
  const last = base.at(-1) ?? '';
  return [base, `${base}er`, last === 'e' ? `${base}r` : '', /[b-df-hj-np-tv-z]/.test(last) && /[aeiou][b-df-hj-np-tv-z]$/.test(base) ? `${base}${last}er` : ''].filter(
    (form) => form !== '',
  );
}

/** The direction a verb made of an adjective gives, or 0 where the word is no such verb. */
export function adjectiveVerbDirection(word: string, wordNet: WordNet): 1 | -1 | 0 {
  const lower = word.toLowerCase();
  for (const suffix of enMapping.adjectiveVerbSuffixes) {
    if (!lower.endsWith(suffix) || lower.length < suffix.length + 3) continue;
    const stemmed = lower.slice(0, -suffix.length);
    // "widen" is "wide" + "n": the adjective may have lost its final "e".
    for (const base of [stemmed, `${stemmed}e`]) {
      if (!wordNet.canBe(base, 'adj') || !wordNet.isVerb(lower)) continue;
      if (!wordNet.verbSenses(lower).slice(0, SENSES_READ).some((sense) => sense.category === CHANGE_CATEGORY)) continue;
      const forms = comparatives(base);
      const up = forms.some((form) => UP.has(form));
      const down = forms.some((form) => DOWN.has(form));
      if (up !== down) return up ? 1 : -1;
    }
  }
  return 0;
}

/** The one direction the text's adjective-made verbs give, or 0 where none does or they disagree. */
export function adjectiveVerbsDirection(text: string, wordNet: WordNet | undefined): 1 | -1 | 0 {
  if (!wordNet) return 0;
  const found = new Set(words(text).map((word) => adjectiveVerbDirection(word, wordNet)).filter((direction) => direction !== 0));
  return found.size === 1 ? [...found][0]! : 0;
}
