/**
 * Which device a question about a quantity means where the device named cannot measure it (issue
 * #17): "how warm is the hot tub" to a home with a switch "Hot Tub Heater" (alias "hot tub") and a
 * "Hot Tub Thermometer"; "how much power is the car charger drawing" to a switch "Car Charger" and a
 * sensor "Car Charger Power". The name said fits the switch best, but a switch has no temperature
 * and no power to report; the device that only measures, whose name holds every word said and which
 * measures the quantity asked (by its adjective through WordNet, or by a noun of the question its
 * name or readings carry), answers instead. Only where exactly one such device exists: two
 * candidates leave the named device to say what it can.
 */
import { en, singularForms, words } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import { askedAdjectives, onlyMeasures } from './measuring-devices';
import { labelHoldsEvery, reportsState } from './asked-state';

const STOP_WORDS = en.plannerStopwords;
const QUESTION_WORDS = en.questionWords;

type TierOf = (adjective: string, device: PlannerDevice) => number;

function labelWords(device: PlannerDevice): Set<string> {
  return new Set([device.name, ...device.aliases].flatMap((label) => words(label.toLowerCase())));
}

function readingWords(device: PlannerDevice): Set<string> {
  return new Set(device.capabilities.filter((capability) => capability.kind === 'query').flatMap((capability) => capability.function.toLowerCase().split('_')));
}

/** Whether the device carries the noun in its name, an alias or a reading's function name. */
function carries(device: PlannerDevice, noun: string): boolean {
  const own = new Set([...labelWords(device), ...readingWords(device)]);
  return singularForms(noun).some((form) => own.has(form));
}

/**
 * The device that answers a quantity asked of the device named by `spoken` (the words of the name
 * said), where the named one measures none of it; null where the named one may, or where no single
 * measuring device with every spoken word in its name does.
 */
export function deviceForAskedQuantity(
  named: PlannerDevice,
  spoken: readonly string[],
  tokens: readonly string[],
  devices: readonly PlannerDevice[],
  tierOf: TierOf | undefined,
): PlannerDevice | null {
  if (onlyMeasures(named)) return null;
  const spokenSet = new Set(spoken);
  // "how hot's the hot tub": the adjective after "how", with a contracted "is" off it.
  const adjectives = tierOf ? askedAdjectives(tokens).map((adjective) => adjective.replace(/['’]s$/, '')) : [];
  // The nouns of the question outside the name: "power" in "how much power is the car charger drawing".
  const nouns = tokens.filter((token) => token.length > 2 && !spokenSet.has(token) && !STOP_WORDS.has(token) && !QUESTION_WORDS.has(token) && !adjectives.includes(token));
  const measuredBy = (device: PlannerDevice) => adjectives.some((adjective) => tierOf!(adjective, device) > 0) || nouns.some((noun) => carries(device, noun));
  // The named device reads it by a reading of its own (the thermostat's temperature, "open" in a hatch's report): it answers.
  if (adjectives.length + nouns.length === 0 || adjectives.some((adjective) => [1, 2].includes(tierOf!(adjective, named))) || nouns.some((noun) => readingWords(named).has(noun) || reportsState(named, noun))) return null;
  const measuring = devices.filter((device) => device.id !== named.id && onlyMeasures(device) && labelHoldsEvery(device, spoken) && measuredBy(device));
  return measuring.length === 1 ? measuring[0]! : null;
}
