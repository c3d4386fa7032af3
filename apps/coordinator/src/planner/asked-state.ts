/**
 * Which device a question about a state means where two devices answer to the words said (issue
 * #17, "is the front door open?" to a home with a lock "Front Door" and a contact sensor "Front
 * Door Sensor"). The lock's documents report locked, unlocked or jammed; the sensor's report
 * whether the door is open. A question asks the device whose own reading is that state: where the
 * named device's queries never say the state word and exactly one other device whose name holds
 * every word said has a query that does, that one answers.
 */
import { singularForms, tokenize } from '@meshmind/language';
import type { PlannerDevice } from './planner';

/** Whether one of the device's queries says the word in its function name or its description. */
export function reportsState(device: PlannerDevice, word: string): boolean {
  return device.capabilities.some(
    (capability) => capability.kind === 'query' && [...capability.function.split('_'), ...tokenize(capability.description)].includes(word),
  );
}

/**
 * The device that answers a question about `stateWords` for the device named by `spoken`: the
 * named one where it reports a word of them (or none is asked), else the one other device whose
 * name or alias holds every spoken word and reports one. Null where nothing better is found.
 */
export function deviceForAskedState(named: PlannerDevice, spoken: readonly string[], stateWords: readonly string[], devices: readonly PlannerDevice[]): PlannerDevice | null {
  if (stateWords.length === 0 || stateWords.some((word) => reportsState(named, word))) return null;
  const reporting = devices.filter((device) => device.id !== named.id && labelHoldsEvery(device, spoken) && stateWords.some((word) => reportsState(device, word)));
  return reporting.length === 1 ? reporting[0]! : null;
}

/** Whether one of the device's name and aliases holds every spoken word, a plural said of a singular too ("hot tubs"). */
export function labelHoldsEvery(device: PlannerDevice, spoken: readonly string[]): boolean {
  return [device.name, ...device.aliases].some((label) => {
    const own = tokenize(label);
    return spoken.every((word) => singularForms(word).some((form) => own.includes(form)));
  });
}
