import { alternation, en, type NumberMention } from '@meshmind/language';
import { saidWithUnit } from './parameter-values';

/** "a couple of degrees", "couple percent": a count noun, then the unit it counts (en.countNouns, a closed class). */
const COUNTED = new RegExp(`\\b(?:an?\\s+)?(${alternation(Object.keys(en.countNouns))})(?:\\s+of)?\\s+([\\p{L}%°]+)`, 'giu');

/**
 * "Two degrees warmer" moves the target by two; "a couple of degrees warmer" was read with no
 * number at all, and moved it by the default step of one (issue #17: the amount said, not one made
 * up). A count noun before a unit of measure is that many of the unit, as a number said in words
 * would be. Only before a unit ("degrees", "percent", "minutes"): "a couple of lemons" counts
 * things, which the readers of lists and counts keep as said.
 */
export function countedAmounts(text: string, said: readonly NumberMention[]): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of text.matchAll(COUNTED)) {
    const start = match.index;
    const unitAt = start + match[0].length - match[2]!.length;
    if (said.some((mention) => mention.start < unitAt && start < mention.end)) continue;
    const mention: NumberMention = { value: en.countNouns[match[1]!.toLowerCase()]!, start, end: unitAt, following: match[2]!.toLowerCase(), ordinal: false };
    if (saidWithUnit(mention)) found.push(mention);
  }
  return found;
}
