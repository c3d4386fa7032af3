import { enMapping, type RequestReading } from '@meshmind/language';
import type { DeviceStateValues, ParameterSpec } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import { extractArguments } from '../arguments/argument-extractor';

/**
 * A second value said in one command for another parameter: "put the air con on cool at 19" names
 * a mode and a temperature, and the call chosen for the mode (set_mode) holds no number, so the 19
 * was dropped and the room stayed at 21. A number the chosen call did not take, said as a level
 * ("at 19", "to 19"), is set by the one other action that takes such a number: the only parameter
 * it needs is a number whose range holds it. Where no function or several could, nothing is added
 * (the request is done as far as it was understood, as before).
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

export function leftValueCalls(reading: RequestReading, chosen: NormalisedFunction, chosenArguments: Readonly<Record<string, unknown>>, functions: readonly NormalisedFunction[], state: DeviceStateValues): LeftValueCall[] {
  if (reading.mood === 'question' || chosen.kind === 'query' || reading.numbers.length !== 1) return [];
  // The chosen call took a number of its own: the one said is its value.
  if (chosen.parameters.some((parameter) => isNumeric(parameter) && chosenArguments[parameter.name] !== undefined)) return [];
  const mention = reading.numbers[0]!;
  const before = reading.text.slice(0, mention.start).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (mention.ordinal || !LEVEL_PREPOSITIONS.has(before)) return [];
  const setters = functions.filter((fn) => {
    if (fn === chosen || fn.kind === 'query') return false;
    const needed = fn.parameters.filter((parameter) => parameter.required !== false && parameter.default === undefined);
    return needed.length === 1 && holds(needed[0]!, mention.value);
  });
  if (setters.length !== 1) return [];
  const extraction = extractArguments(reading, setters[0]!, state);
  return extraction.ok ? [{ function: setters[0]!.name, arguments: extraction.arguments }] : [];
}
