import type { ParameterSpec } from '@meshmind/protocol';

/**
 * Whether a number said without a unit lies outside the range a numeric parameter declares: "lamp
 * 20" to a light is no colour temperature (2000..6500 K) but is a brightness (1..100 %), "light
 * 3000" the other way round. A bare number was good evidence for any numeric parameter alike, so
 * the function whose words the embedding liked best took it and then failed on the range, while
 * the one that holds it was not tried. Only the document's own minimum and maximum are read.
 */
export function beyondRange(parameter: ParameterSpec, value: number): boolean {
  if (parameter.type !== 'integer' && parameter.type !== 'number') return false;
  return (parameter.minimum !== undefined && value < parameter.minimum) || (parameter.maximum !== undefined && value > parameter.maximum);
}

/**
 * Whether every bare number said lies outside the parameter's range: the value was given, for
 * another parameter, so this one is not counted as missing (a missing value is a reason to ask,
 * not evidence against the function that holds the number said).
 */
export function onlyBeyondRange(parameter: ParameterSpec, values: readonly number[]): boolean {
  return values.length > 0 && values.every((value) => beyondRange(parameter, value));
}
