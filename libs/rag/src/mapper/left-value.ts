import { enMapping, escapeRegExp, type RequestReading } from '@meshmind/language';
import type { DeviceStateValues, ParameterSpec } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import { extractArguments } from '../arguments/argument-extractor';
import { holdsUnitOf, saidWithUnit } from '../arguments/parameter-values';

/**
 * A second value said in one command for another parameter: "put the air con on cool at 19" names
 * a mode and a temperature, and the call chosen for the mode (set_mode) holds no number, so the 19
 * was dropped and the room stayed at 21. A number the chosen call did not take, said as a level
 * ("at 19", "to 19"), is set by the one other action that takes such a number: the only parameter
 * it needs is a number whose range holds it. Where no function or several could, nothing is added
 * (the request is done as far as it was understood, as before).
 *
 * Two more ways say the number is a level of its own: its unit is the other action's unit ("cool
 * mode, 23 degrees": degrees are the target's °C), or it is the only new thing in a step of its own
 * whose call repeats the one before ("put it on automatic and make it 20": the second step, read with
 * its "it", names the mode again, and only the bare 20 is left). A number said with another unit ("and
 * leave it on for 10 minutes") is no level either way, nor one the chosen call took inside a value of
 * its own ("set the band to 5 GHz": the band "5GHz" holds the 5, which is no file size to upload).
 */
const LEVEL_PREPOSITIONS = new Set(enMapping.amounts.levelPrepositions);

const isNumeric = (parameter: ParameterSpec) => parameter.type === 'integer' || parameter.type === 'number';

function holds(parameter: ParameterSpec, value: number): boolean {
  return isNumeric(parameter) && (parameter.minimum === undefined || value >= parameter.minimum) && (parameter.maximum === undefined || value <= parameter.maximum);
}

export interface LeftValueCall {
  function: string;
  arguments: Record<string, unknown>;
}

export function leftValueCalls(reading: RequestReading, chosen: NormalisedFunction, chosenArguments: Readonly<Record<string, unknown>>, functions: readonly NormalisedFunction[], state: DeviceStateValues, repeatsPrevious = false): LeftValueCall[] {
  if (reading.mood === 'question' || chosen.kind === 'query' || reading.numbers.length !== 1) return [];
  // The chosen call took a number of its own: the one said is its value.
  if (chosen.parameters.some((parameter) => isNumeric(parameter) && chosenArguments[parameter.name] !== undefined)) return [];
  const mention = reading.numbers[0]!;
  // The chosen call took the number inside a value of its own: "set the band to 5 GHz" chose the band "5GHz", no size of 5.
  if (heldAsText(mention.value, chosenArguments)) return [];
  const before = reading.text.slice(0, mention.start).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (mention.ordinal) return [];
  const setters = functions.filter((fn) => {
    if (fn === chosen || fn.kind === 'query') return false;
    const needed = fn.parameters.filter((parameter) => parameter.required !== false && parameter.default === undefined);
    return needed.length === 1 && holds(needed[0]!, mention.value);
  });
  if (setters.length !== 1) return [];
  const unitHeld = saidWithUnit(mention) && setters[0]!.parameters.some((parameter) => parameter.unit !== undefined && holdsUnitOf(parameter, mention));
  if (!LEVEL_PREPOSITIONS.has(before) && !unitHeld && !(repeatsPrevious && !saidWithUnit(mention))) return [];
  const extraction = extractArguments(reading, setters[0]!, state);
  return extraction.ok ? [{ function: setters[0]!.name, arguments: extraction.arguments }] : [];
}

/** Whether a text argument holds the number as its own digits ("5GHz", "LabAP-2.4G" hold 5 and 2.4; "25GHz" holds no 5). */
function heldAsText(value: number, chosenArguments: Readonly<Record<string, unknown>>): boolean {
  const digits = new RegExp(`(?<![\\d.])${escapeRegExp(String(value))}(?!\\d|\\.\\d)`);
  return Object.values(chosenArguments).some((argument) => typeof argument === 'string' && digits.test(argument));
}

/**
 * Whether a step joined by "and" says a value of its own that the call before could not take: "switch
 * to auto and set 21" is two deeds, though the mode setter also fits "set" (more so once the mode is
 * carried); the 21 is for an action that holds it, and the call before holds no number. Read before the
 * step's call is chosen, so the step goes on to its call or to the level left (leftValueCalls).
 */
export function saysOwnValue(reading: RequestReading, previous: NormalisedFunction | undefined, functions: readonly NormalisedFunction[]): boolean {
  if (!previous || reading.mood === 'question' || reading.numbers.length !== 1 || reading.numbers[0]!.ordinal) return false;
  const value = reading.numbers[0]!.value;
  return !previous.parameters.some(isNumeric) && functions.some((fn) => fn !== previous && fn.kind === 'action' && fn.parameters.some((parameter) => holds(parameter, value)));
}
