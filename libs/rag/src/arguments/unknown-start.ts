import { alternation, enMapping, type NumberMention } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';

const { amounts, stepParameter, units } = enMapping;
const ANGLE_UNITS = new Set([units.degreeSymbol, ...units.degree, 'deg']);
/** "by 0.5", "by half": the amount said as a change, not as the level wanted. */
const CHANGE_BEFORE = new RegExp(`\\b(?:${alternation(amounts.changePrepositions)})\\s+(?:(?:a|an)\\s+)?$`);
const CHANGE_HALF = new RegExp(`\\b(?:${alternation(amounts.changePrepositions)})\\s+(?:a\\s+)?(?:${alternation(amounts.half)})\\b`);
const STEP_NAMES = new Set(stepParameter.names);

/**
 * "Speed up by half a metre per second" to a robot whose document gives no current speed: the
 * amount is a change, and a change needs a point to start from. Without the device's level the
 * new one cannot be known, and setting the amount itself (0.5 m/s) slows the robot down where it
 * was asked to go faster; the request is asked about instead. An angle whose range runs on both
 * sides of nought (or with no range documented) is read from the horizon, its zero ("angle the
 * camera up by 15 degrees" is 15),
 * and a parameter that is itself the change ("step", "by how much") takes the amount as it is.
 */
export function changeWithoutStart(parameter: ParameterSpec, lowerText: string, mention: NumberMention | undefined): boolean {
  if (STEP_NAMES.has(parameter.name) || stepParameter.phrases.some((phrase) => (parameter.description ?? '').toLowerCase().includes(phrase))) return false;
  // An angle without a documented range is read from the horizon as well, as a tilt said "down" is negative there.
  const open = ANGLE_UNITS.has((parameter.unit ?? '').toLowerCase()) ? 1 : 0;
  if ((parameter.minimum ?? -open) < 0 && (parameter.maximum ?? open) > 0) return false;
  return mention ? CHANGE_BEFORE.test(lowerText.slice(0, mention.start)) : CHANGE_HALF.test(lowerText);
}
