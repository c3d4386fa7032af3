/**
 * A question that names its device by part of its name (issue #17, class 5): "how dry is the
 * tomato bed?" to the sensor "Tomato Bed Moisture". The quantity word ("dry") need not be one its
 * API says, and a state word of another device ("dry" is a leak sensor's off word) must not win
 * over the device the question names. Two or more words of one device's name or aliases, said by no
 * other device's name as often, name that device; one shared word ("oil", "door") is too little.
 */
import type { PlannerDevice } from './planner';
import type { ClauseReferences } from './clause-references';
import { nameWordsSaid } from './capability-match';

/** Words of a name a question must say to name the device by part of it. */
const MINIMUM_NAME_WORDS = 2;

/** The one device a question names by part of its name and that can answer it, or null. */
export function deviceNamedInQuestion(devices: readonly PlannerDevice[], clause: ClauseReferences): PlannerDevice | null {
  if (!clause.isQuestion) return null;
  const scored = devices.map((device) => ({ device, said: nameWordsSaid(device, clause) }));
  const best = Math.max(0, ...scored.map((entry) => entry.said));
  if (best < MINIMUM_NAME_WORDS) return null;
  const named = scored.filter((entry) => entry.said === best);
  if (named.length !== 1) return null;
  const device = named[0]!.device;
  return device.capabilities.some((capability) => capability.kind === 'query') ? device : null;
}
