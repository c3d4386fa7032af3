/**
 * A comparison said of a place alone: "if it's below 10 outside, turn the floodlights on", "when it
 * goes over 25 upstairs, open the skylight". No device and no quantity is named; the place is, and
 * the number is compared with what the place's measuring device reads.
 *
 * The device is the one device of the place that only measures and reads a number; where the
 * comparison names its quantity ("colder than", "18 degrees") only the devices that read that
 * quantity count. Two or more candidates leave the condition unread (the planner then says it could
 * not tell which device was meant), never a guess: a wrong reading would run the request at the wrong
 * time.
 */
import { singularForms, words } from '@meshmind/language';
import type { Comparison } from './comparison';
import { onlyMeasures } from './measuring-devices';
import type { PlannerDevice } from './planner';

/** A place matched in a clause's tokens. */
interface PlaceMatch {
  start: number;
  end: number;
  value: string;
}

/** The place a condition names: its area and floor ids, and the words it was said in. */
export interface SaidPlace {
  areas: readonly string[];
  floors: readonly string[];
  words: readonly string[];
}

/** The words of a device's reading functions, without the verb that opens each ("get", "read"). */
function readingWords(device: PlannerDevice): string[][] {
  return device.capabilities
    .filter((capability) => capability.kind === 'query')
    .map((capability) => words(capability.function.replace(/_/g, ' ')).slice(1).map((word) => word.toLowerCase()));
}

/**
 * The quantity the device measures, from its own description: the reading whose words its type
 * names ("temperature_sensor" reads get_temperature), else the state's device class (a generic
 * sensor's "illuminance"); undefined when neither says.
 */
export function measuredQuantity(device: PlannerDevice): string | undefined {
  const typeWords = new Set(words(device.type.replace(/_/g, ' ')).map((word) => word.toLowerCase()));
  const reading = readingWords(device).find((said) => said.length > 0 && said.every((word) => typeWords.has(word)));
  if (reading) return reading.join(' ');
  const measured = device.state?.device_class;
  return typeof measured === 'string' && measured.trim() !== '' ? measured.replace(/_/g, ' ') : undefined;
}

/**
 * Whether the device last reported a number for the quantity (a thermometer's `temperature: 8.5`, a
 * generic sensor's `value`): a motion or contact sensor measures too, but no number to compare.
 */
function reportsNumber(device: PlannerDevice, quantity: string): boolean {
  const state = device.state ?? {};
  return typeof state[quantity.replace(/\s+/g, '_')] === 'number' || (typeof state.device_class === 'string' && typeof state.value === 'number');
}

function readsQuantity(device: PlannerDevice, quantity: string): boolean {
  const said = new Set(words(quantity).flatMap((word) => singularForms(word.toLowerCase())));
  const own = measuredQuantity(device);
  return readingWords(device).some((reading) => reading.some((word) => said.has(word))) || (!!own && words(own).some((word) => said.has(word.toLowerCase())));
}

/**
 * The one measuring device of the place said that the comparison reads, with the quantity to ask it
 * for; null when the place has none or more than one.
 */
export function placeMeasuringDevice(
  place: SaidPlace,
  devices: readonly PlannerDevice[],
  comparison: Pick<Comparison, 'quantity'>,
): { device: PlannerDevice; quantity: string } | null {
  if (place.areas.length + place.floors.length === 0) return null;
  const areas = new Set(place.areas);
  const floors = new Set(place.floors);
  // "outside" may name both an area that holds nothing and the floor of the garden and the yard.
  const inAreas = devices.filter((device) => device.area && areas.has(device.area.id));
  const inPlace = inAreas.length > 0 ? inAreas : devices.filter((device) => !!device.area?.floor && floors.has(device.area.floor.id));
  const measuring = inPlace.filter((device) => {
    const quantity = measuredQuantity(device);
    return onlyMeasures(device) && quantity !== undefined && reportsNumber(device, quantity);
  });
  let reading = comparison.quantity ? measuring.filter((device) => readsQuantity(device, comparison.quantity!)) : measuring;
  // "outside" with the hot tub's thermometer and the "Outside Thermometer" there: the one named for the place.
  if (reading.length > 1) {
    const said = new Set(place.words.map((word) => word.toLowerCase()));
    const named = reading.filter((device) => [device.name, ...device.aliases].some((label) => words(label).some((word) => said.has(word.toLowerCase()))));
    if (named.length > 0) reading = named;
  }
  if (reading.length !== 1) return null;
  const device = reading[0]!;
  return { device, quantity: comparison.quantity ?? measuredQuantity(device)! };
}

/**
 * Every word the home's devices read a number or a state by ("battery" of get_battery, "moisture" of a
 * sensor's device class): "if the mower has more than 80 percent battery start it" says its reading
 * after the number.
 */
export function readingWordsOf(devices: readonly PlannerDevice[]): Set<string> {
  const said = new Set<string>();
  for (const device of devices) {
    for (const reading of readingWords(device)) for (const word of reading) said.add(word);
    const measured = device.state?.device_class;
    if (typeof measured === 'string') for (const word of words(measured.replace(/_/g, ' '))) said.add(word.toLowerCase());
  }
  return said;
}

/**
 * Whether a word said after a comparison's number is a reading of the home's devices and no verb
 * ("battery", "moisture"; never "open" of is_open, which may start the request: "if the hall is under
 * 18 degrees open the radiator"). Without WordNet no word is, so a request is never cut short.
 */
export function readingWordReader(vocabulary: { readingWords: ReadonlySet<string>; canBeVerb?: (word: string) => boolean }): (word: string) => boolean {
  const canBeVerb = vocabulary.canBeVerb;
  if (!canBeVerb) return () => false;
  return (word) => vocabulary.readingWords.has(word) && !canBeVerb(word);
}

/** The place a clause names, as `placeMeasuringDevice` reads it. */
export function saidPlaceOf(clause: { tokens: readonly string[]; areas: readonly PlaceMatch[]; floors: readonly PlaceMatch[] }): SaidPlace {
  const matches = [...clause.areas, ...clause.floors];
  return {
    areas: clause.areas.map((match) => match.value),
    floors: clause.floors.map((match) => match.value),
    words: matches.flatMap((match) => clause.tokens.slice(match.start, match.end)),
  };
}
