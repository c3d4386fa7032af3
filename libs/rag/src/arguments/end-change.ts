import { alternation, enMapping, type NumberMention, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import { namedEndDirection } from './added-amount';

/** "by 10%": the language's change prepositions (a closed class). */
const CHANGE_BEFORE = new RegExp(`\\b(?:${alternation(enMapping.amounts.changePrepositions)})\\s*$`);

/**
 * Where "by" makes a number an amount moved toward one of the parameter's named ends: "close the
 * blinds by 10 percent" lowers a position whose 0 the document calls "closed". Read only where the
 * verb names an end of the scale (arguments/added-amount.ts's `namedEndDirection`, from the
 * document's own values and WordNet's antonyms): a plain word of change ("dim by 10%") is read by
 * the relative reading already. The marker's span, as `addedAmountMarker` gives it, or undefined.
 * Without it the amount was set as the level itself: the blinds went to 10%.
 */
export function endwardChangeMarker(parameter: ParameterSpec, lowerText: string, mention: NumberMention, wordNet: WordNet | undefined): { start: number; end: number } | undefined {
  const before = CHANGE_BEFORE.exec(lowerText.slice(0, mention.start));
  if (!before) return undefined;
  const rest = `${lowerText.slice(0, before.index)} ${lowerText.slice(mention.end)}`;
  return namedEndDirection(parameter, rest, wordNet) === undefined ? undefined : { start: before.index, end: before.index + before[0].length };
}
