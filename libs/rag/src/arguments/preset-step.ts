import { alternation, enMapping, words, type NumberMention, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import { presetsOf } from './note-presets';

/**
 * A step of a device's own settings: "a notch faster" of a fan on medium is high, "knock the fan down
 * a setting" of a fan on medium is low, "take it down one" of a fan on high is medium. The settings
 * are the named values of the parameter (its presets, or those its note spells out: "33 is low, 66
 * medium, 100 high", arguments/note-presets.ts); a step counted in them ("a notch", "a setting", "one")
 * from one of them is the next one the way said, where a guessed 10% left the fan between two.
 *
 * A scale whose named values are settings: three or more, the lowest above the range's own bottom
 * (a fan's low is no stop; a cover's "closed" at 0 and "fully open" at 100 name the ends of its travel,
 * so "lower the blinds a notch" stays a small step, mapper/small-step.ts). A step counted: a word of
 * the language's relative amounts, or a noun after "up a"/"down one", that WordNet never glosses as
 * an amount or quantity ("notch", "setting"; "a bit", "a touch", "a tad", "a little" are amounts and
 * step by the usual small step), or a bare "one" after the way ("down one"). Undefined otherwise, or
 * where the level is at no setting ("a notch down" at 50), or no setting lies beyond it.
 */
const AMOUNT_GLOSS = /\b(?:amount|quantity|degree)\b/;
const COUNTED_AFTER_WAY = new RegExp(`\\b(?:${alternation(enMapping.amounts.wayParticles)})\\s+(a|one|1)\\b(?:\\s+([a-z]+))?`);

function isAmountNoun(word: string, wordNet: WordNet): boolean {
  return wordNet.definitions(word, 'noun').some((gloss) => AMOUNT_GLOSS.test(gloss));
}

/** A counted noun: one WordNet knows as a noun and never glosses as an amount. */
function countedNoun(word: string | undefined, wordNet: WordNet): boolean {
  return word !== undefined && wordNet.canBe(word, 'noun') && !isAmountNoun(word, wordNet);
}

/** Whether the request counts its step in settings rather than saying an amount. */
export function saysCountedStep(lowerText: string, wordNet: WordNet): boolean {
  const said = ` ${words(lowerText).join(' ')} `;
  for (const phrase of enMapping.amounts.relativeAmount) {
    const parts = words(phrase);
    if (parts.length < 2 || !said.includes(` ${parts.join(' ')} `)) continue;
    if (countedNoun(parts[parts.length - 1], wordNet)) return true;
  }
  const after = COUNTED_AFTER_WAY.exec(lowerText);
  if (!after) return false;
  const [, count, noun] = after;
  if (noun === undefined || !wordNet.canBe(noun, 'noun')) return count !== 'a';
  return countedNoun(noun, wordNet);
}

export function presetStep(parameter: ParameterSpec, lowerText: string, current: number, direction: 1 | -1, wordNet: WordNet | undefined, mention?: NumberMention): number | undefined {
  if (!wordNet || parameter.minimum === undefined) return undefined;
  if (mention && mention.value !== 1) return undefined;
  const settings = [...new Set(Object.values(presetsOf(parameter)))].sort((left, right) => left - right);
  if (settings.length < 3 || settings[0]! <= parameter.minimum) return undefined;
  const at = settings.indexOf(current);
  if (at < 0 || !saysCountedStep(lowerText, wordNet)) return undefined;
  return settings[at + direction];
}
