import type { NumberMention } from '@meshmind/language';

/**
 * Whether a parameter can take a share of the whole ("halfway", "30%"): its unit is %, or it is a bare
 * number. Reading the share in a request is language machinery (`findFractions` in @meshmind/language).
 */
export function takesPercentage(parameter: { type: string; unit?: string }): boolean {
  return (parameter.type === 'integer' || parameter.type === 'number') && (parameter.unit === undefined || parameter.unit === '' || parameter.unit === '%');
}

/** A decimal below one written in digits, with no unit after it: "0.5", ".25", "0,75". */
const SHARE_DIGITS = /^0?[.,]\d+$/;

/**
 * A share of the whole written as a decimal fraction ("set the curtains to 0.5") given to a parameter
 * in percent: 0.5 of the way is 50%, never 0.5% (which an integer parameter would round to 1%).
 * Only a decimal between 0 and 1 said without a unit is read so (the caller knows the units): "0.5%"
 * says its unit, and "2" is a level.
 */
export function decimalShareAsPercent(mention: NumberMention, text: string): number | undefined {
  if (mention.value <= 0 || mention.value >= 1) return undefined;
  if (!SHARE_DIGITS.test(text.slice(mention.start, mention.end).trim())) return undefined;
  return Math.round(mention.value * 1000) / 10;
}
