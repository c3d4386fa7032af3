import { stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';

/**
 * A question does not ask for what it already says. "What's the CO2 level?" to a sensor whose
 * device class is carbon_dioxide names the class itself (WordNet: CO2 is carbon dioxide), so it asks
 * for the reading, not for what the sensor measures; read by its words it met get_device_class and
 * answered "device class is carbon_dioxide". A query that reads one state field (get_device_class
 * reads device_class) that no action sets is not the one asked where the question already says
 * that field's current word value, by its words or a WordNet synonym or derivation ("what's the
 * light level?" to a sensor whose class is illuminance, which WordNet derives from light). Only for a question asking "what" or "how": a
 * yes/no question opens with a verb ("is it measuring CO2?") and may ask exactly that.
 *
 * A question that names the quantity the device measures that way asks for its amount: another
 * query that answers in words (get_unit) is not asked either, unless its own field is named ("what
 * unit is the CO2 in?").
 */
/** A synonym (0.9) or a derivation (0.8) of the value says it. */
const SYNONYM = 0.8;

export function answerAlreadySaid(fn: NormalisedFunction, reading: RequestReading, state: DeviceStateValues, wordNet: WordNet | undefined, functions: readonly NormalisedFunction[]): boolean {
  if (reading.mood !== 'question' || fn.kind !== 'query' || fn.parameters.length > 0) return false;
  const first = reading.words[0];
  if (first === undefined || wordNet?.isVerb(first) !== false) return false;
  const said = new Set(reading.words.map((word) => stem(word.toLowerCase())));
  // Only a field no action sets says what the device is ("carbon_dioxide"); a state it is put in
  // ("locked") is what "how many doors are locked?" asks about.
  const settled = new Set(functions.flatMap((other) => (other.kind === 'query' ? [] : (other.effects ?? []).map((effect) => effect.key))));
  const fixedValueSaid = (query: NormalisedFunction) => !settled.has(fieldOf(query)) && valueSaid(query, said, state, wordNet);
  if (fixedValueSaid(fn)) return true;
  if (fn.returnType !== 'string' || fieldOf(fn).split('_').some((word) => said.has(stem(word)))) return false;
  return functions.some((other) => other !== fn && other.kind === 'query' && other.parameters.length === 0 && fixedValueSaid(other));
}

/** The field a query reads: its name after the verb ("get_device_class" -> device_class). */
function fieldOf(fn: NormalisedFunction): string {
  return fn.name.split('_').slice(1).join('_');
}

function valueSaid(fn: NormalisedFunction, said: ReadonlySet<string>, state: DeviceStateValues, wordNet: WordNet): boolean {
  const value = state[fieldOf(fn)];
  if (typeof value !== 'string' || value.trim() === '') return false;
  const valueStems = words(value.replace(/_/g, ' ')).map((word) => stem(word.toLowerCase()));
  if (valueStems.length > 0 && valueStems.every((key) => said.has(key))) return true;
  return [...wordNet.related(value.toLowerCase().replace(/\s+/g, '_'), 'noun')].some(([related, weight]) => weight >= SYNONYM && said.has(related));
}
