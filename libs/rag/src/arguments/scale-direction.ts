import { stem, words, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import { presetsOf } from './note-presets';

/**
 * Which way a comparative moves a number whose named values lie on its scale: a light's colour
 * temperature names 2700 K "warm" and 4000 K "cool", so "warmer" lowers the kelvin and "cooler"
 * raises it, though a warmer room is a higher temperature. The word's base ("warm" of "warmer")
 * and its WordNet opposite ("cool") are looked up among the parameter's named values (declared or
 * spelled out in its note, arguments/note-presets.ts); the direction is from the opposite's point
 * to the word's. Undefined where the scale names neither end, and the word's usual direction holds.
 */
export function scaleDirection(parameter: ParameterSpec, lowerText: string, wordNet: WordNet | undefined): 1 | -1 | undefined {
  if (!wordNet) return undefined;
  const presets = Object.entries(presetsOf(parameter));
  if (presets.length < 2) return undefined;
  const named = presets.map(([name, value]) => ({ stems: new Set(words(name.toLowerCase()).map(stem)), value }));
  const pointOf = (stems: ReadonlySet<string>): number | undefined => {
    const values = named.filter((preset) => [...stems].some((key) => preset.stems.has(key))).map((preset) => preset.value);
    return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
  };
  const directions = new Set<1 | -1>();
  for (const word of words(lowerText)) {
    for (const base of comparativeBases(word)) {
      if (!wordNet.canBe(base, 'adj')) continue;
      const own = pointOf(new Set([stem(base)]));
      const opposite = own === undefined ? undefined : pointOf(wordNet.antonyms(base));
      if (own === undefined || opposite === undefined || own === opposite) continue;
      directions.add(own > opposite ? 1 : -1);
      break;
    }
  }
  return directions.size === 1 ? [...directions][0] : undefined;
}

/** "warmer" -> warm, "nicer" -> nice, "hotter" -> hot: the bases an -er comparative may have. */
export function comparativeBases(word: string): string[] {
  const base = /^(.{3,})er$/.exec(word)?.[1];
  if (!base) return [];
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : base;
  return [...new Set([base, `${base}e`, undoubled])];
}

/**
 * "Make the light a cooler white" where its current white is not known: the comparative's base names
 * a value of the scale ("cool white", "cool": 4000 K), which is the level meant, as said without the
 * comparison. Undefined where no base of a comparative said names a preset, or its presets differ.
 */
export function comparativePreset(parameter: ParameterSpec, lowerText: string, wordNet: WordNet | undefined): number | undefined {
  if (!wordNet) return undefined;
  const presets = Object.entries(presetsOf(parameter)).map(([name, value]) => ({ stems: new Set(words(name.toLowerCase()).map(stem)), value }));
  const found = new Set<number>();
  for (const word of words(lowerText)) {
    const base = comparativeBases(word).find((candidate) => wordNet.canBe(candidate, 'adj') && presets.some((preset) => preset.stems.has(stem(candidate))));
    if (base) for (const preset of presets) if (preset.stems.has(stem(base))) found.add(preset.value);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
