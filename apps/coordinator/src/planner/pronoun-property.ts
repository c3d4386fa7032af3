/**
 * "turn on the fan", then "set it to full speed" (issue #17, coreference) in a home with a sensor
 * called "Broadband Speed": "speed" is the head of that sensor's name, so it read as the sensor and
 * the command reached nothing. Said with "it" after devices whose own functions set or read that word
 * (the fan's set_speed), the noun is a property of those devices, not another device.
 */
import type { PlannerDevice } from './planner';

/** The words of a device's function and parameter names ("set_speed" -> set, speed). */
function apiWords(device: PlannerDevice): Set<string> {
  return new Set(device.capabilities.flatMap((capability) => [capability.function, ...capability.parameters].flatMap((name) => name.toLowerCase().split('_'))));
}

/** Whether every kind noun said is a word of the API of every device "it" refers back to. */
export function nounsArePropertiesOf(nouns: readonly string[], lastTargets: readonly PlannerDevice[]): boolean {
  if (nouns.length === 0 || lastTargets.length === 0) return false;
  return lastTargets.every((device) => {
    const words = apiWords(device);
    return nouns.every((noun) => noun.split(' ').every((word) => words.has(word)));
  });
}
