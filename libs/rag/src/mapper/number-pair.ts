import type { NumberMention } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';

/**
 * "Go to 5, 7", "drive to (3,8)": two bare numbers said side by side, with only a comma, semicolon,
 * slash or space between them, name one point. A function that takes no number drops the pair
 * whole (issue #17: python-zh-nav's go_charge won "go to 5, 7" through its name's "go"), one that
 * takes a single whole number (a shelf's) half of it, so the pair counts as a value left unused
 * (evidence.ts). "Lights 1 and 2" are two things, not a point.
 */
export function saysNumberPair(text: string, bare: readonly NumberMention[]): boolean {
  return bare.some((mention, at) => at > 0 && /^\s*[,;/]?\s*$/.test(text.slice(bare[at - 1]!.end, mention.start)));
}

/**
 * A pair said side by side counted against a function (1) or not (0): one that takes no number and
 * leaves none unused by unused-pair.ts's reading (`numberless`, which a pair already weighs in where
 * the document takes pairs), or one that takes a single whole number.
 */
export function pairDropped(numeric: readonly ParameterSpec[], numberless: number, text: string, bare: readonly NumberMention[]): number {
  const drops = numeric.length === 0 ? numberless === 0 : numeric.length === 1 && numeric[0]!.type === 'integer';
  return drops && saysNumberPair(text, bare) ? 1 : 0;
}
