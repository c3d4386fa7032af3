import { escapeRegExp, splitIdentifier, type NumberMention } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';

/**
 * "Go to y 6, x 2", "navigate to x: 1, y: 19": a number said right after the name of the parameter it
 * is for. Numbers are otherwise taken in the order the parameters are declared, so "y 6 x 2" drove
 * to (6, 2). The name is read from the document: the pieces of the parameter's identifier that no
 * other numeric parameter of the function shares ("x" of pos_x beside pos_y, not their "pos"), each
 * followed by nothing or a sign of naming ("=", ":", "is", "of"). Only where a function takes two
 * numbers or more: a single one takes the number said, named or not.
 */
export function ownNamePieces(parameter: ParameterSpec, parameters: readonly ParameterSpec[]): string[] {
  const numeric = parameters.filter((other) => other.type === 'number' || other.type === 'integer');
  if (numeric.length < 2 || !numeric.includes(parameter)) return [];
  const piecesOf = (spec: ParameterSpec) => splitIdentifier(spec.name).map((piece) => piece.toLowerCase());
  const shared = new Set(numeric.filter((other) => other !== parameter).flatMap(piecesOf));
  return piecesOf(parameter).filter((piece) => !shared.has(piece));
}

/** The first of the mentions said right after one of the pieces ("x 2", "y=6"), or undefined. */
export function labelledMention(pieces: readonly string[], mentions: readonly NumberMention[], lowerText: string): NumberMention | undefined {
  if (pieces.length === 0) return undefined;
  const label = new RegExp(`\\b(?:${pieces.map(escapeRegExp).join('|')})\\s*(?:=|:|\\bis\\b|\\bof\\b)?\\s*$`);
  return mentions.find((mention) => label.test(lowerText.slice(0, mention.start)));
}
