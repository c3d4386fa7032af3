import type { RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { pointedAngleOf } from '../arguments/parameter-values';

/**
 * "Look straight up", "point it straight down": a direction said in words is a value, the end of an
 * angle the document takes that spans the horizon (arguments/parameter-values.ts reads it as that
 * parameter's maximum, minimum or nought). A function that holds no such angle drops what was said:
 * a photo is taken the same whichever way "straight up" points, so the words of seeing ("look") do not
 * make it the camera's tilt's equal. In -0.5..0.5, weighed beside the degree evidence; 0 for a
 * question, and where no function of the document holds the value.
 *
 * "Level" is left out: far more often a noun ("the battery level", "the water level") than the
 * horizon, and a noun says no direction.
 */
export function pointedValueFit(fn: NormalisedFunction, reading: RequestReading, functions: readonly NormalisedFunction[]): number {
  if (reading.mood === 'question') return 0;
  const lower = reading.text.toLowerCase().replace(/\blevel\b/g, ' ');
  const holds = (candidate: NormalisedFunction) => candidate.parameters.some((parameter) => pointedAngleOf(parameter, lower) !== undefined);
  if (!functions.some(holds)) return 0;
  return holds(fn) ? 0.5 : -0.5;
}
