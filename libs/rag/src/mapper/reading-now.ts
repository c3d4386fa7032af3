import { en, enPlanning, splitIdentifier, stem, timesOfExecution, words, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { spanBeforeNow } from './span-before-now';

/** Past copulas ("what was the temperature", "how humid was it"): the language's own closed class. */
const PAST_COPULAS: ReadonlySet<string> = new Set(enPlanning.copulas.past);
/** Deictic words of a time before now ("yesterday", "two hours ago"): a closed grammatical class. */
const BEFORE_NOW = new Set(['yesterday', 'ago']);
/**
 * Deictic words and modals of a time after now ("tomorrow", "tonight", "will it be", "is it going
 * to rain"): a closed grammatical class; "will" only after the question's first word ("will you ..."
 * asks politely).
 */
const AFTER_NOW = new Set(['tomorrow', 'tonight']);
const FUTURE_MODALS = new Set(['will', 'shall']);

/**
 * A question about another time than now put to a device whose readings are of now: "what was the
 * temperature last night", "how humid was it yesterday", "is it going to rain", "will it be hot
 * tomorrow" (issue #17). A sensor reads what it measures at the moment it is asked, so the nearest
 * reading answered a question about the past or the future with the present value: a wrong answer.
 *
 * Read from the document: the call is a query that takes nothing. A level an action sets to a value
 * said is where the device is going ("how warm will it get" asks the thermostat's target), so the
 * future is no reason to decline it. Before now, only a query whose own words say it reads the
 * present ("Reads the current value", "right now", get_current_temperature), or one of a state no
 * action sets, is declined: a state an action sets may be the one it was left in.
 */
export function notReadNow(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, functions: readonly NormalisedFunction[], ownNames: readonly string[] = []): string | undefined {
  if (result.kind !== 'call' || reading.mood !== 'question') return undefined;
  const fns = result.calls.map((call) => byName.get(call.function));
  if (fns.some((fn) => !fn || fn.kind !== 'query' || fn.parameters.length > 0)) return undefined;
  const said = reading.words.map((word) => word.toLowerCase());
  const past = said.find((word, index) => (PAST_COPULAS.has(word) && index <= 3) || BEFORE_NOW.has(word)) ?? spanBeforeNow(said, new Set([...ownNames, ...fns.map((fn) => `${fn!.description} ${fn!.returns ?? ''}`)].flatMap((text) => words(text.toLowerCase())))); // "has anyone opened it today" (span-before-now.ts); not of "House Energy Today", whose name says the span
  const going = said.findIndex((word, index) => word === 'going' && said[index + 1] === 'to' && index > 0);
  const future = said.find((word, index) => (FUTURE_MODALS.has(word) && index > 0 && said[index + 1] !== 'you') || AFTER_NOW.has(word)) ?? (going > 0 ? 'going to' : undefined);
  const later = timesOfExecution(reading.text)[0]?.text;
  const when = past ?? later ?? future;
  if (when === undefined) return undefined;
  const settled = new Set(functions.flatMap((fn) => (fn.kind === 'query' ? [] : (fn.effects ?? []).map((effect) => effect.key))));
  // A level an action sets to a value said ("set_temperature" -> target_temperature) is where the device is going.
  const aimed = new Set(functions.flatMap((fn) => (fn.kind === 'query' ? [] : (fn.effects ?? []).filter((effect) => effect.parameter !== undefined).map((effect) => effect.key))));
  const readsNow = (fn: NormalisedFunction) => {
    const own = new Set([...splitIdentifier(fn.name), ...words(fn.description)].map((word) => stem(word.toLowerCase())));
    return NOW_STEMS.some((key) => own.has(key));
  };
  const field = (fn: NormalisedFunction) => fn.name.split('_').slice(1).join('_');
  const readsSettled = (fn: NormalisedFunction) => settled.has(field(fn));
  // A future question of a level an action sets asks where the device is going, not what it reads.
  // "How long will the water stay on", "when was the gate last opened": a query in units of time (get_remaining_minutes, minutes_since_opened) answers another time.
  const inTime = (fn: NormalisedFunction) => [...splitIdentifier(fn.name), ...words(`${fn.description} ${fn.returns ?? ''}`)].some((word) => TIME_UNITS.has(stem(word.toLowerCase())));
  if (fns.some((fn) => inTime(fn!))) return undefined;
  if (past === undefined) return fns.some((fn) => aimed.has(field(fn!))) ? undefined : when;
  // Before now: a state an action sets and no note says is read now may be the one left ("was it left open").
  return fns.every((fn) => readsNow(fn!) || !readsSettled(fn!)) ? when : undefined;
}

/**
 * Whether a question's words ask of another time than now, by the closed classes notReadNow reads
 * (a past copula near its opening, "yesterday", "tomorrow", "will", "going to", a span up to now
 * said with a perfect, "last" before a unit of time: "last week"): a rewrite of the question that drops them (measured-quantity.ts) would ask
 * of now.
 */
export function asksOtherTime(said: readonly string[]): boolean {
  const going = said.findIndex((word, index) => word === 'going' && said[index + 1] === 'to' && index > 0);
  return said.some((word, index) => (PAST_COPULAS.has(word) && index <= 3) || BEFORE_NOW.has(word) || AFTER_NOW.has(word) || (FUTURE_MODALS.has(word) && index > 0 && said[index + 1] !== 'you') || (word === 'last' && TIME_UNITS.has(stem(said[index + 1] ?? '')))) || going > 0 || spanBeforeNow(said) !== undefined;
}

/** Stems of the units of time (the language's closed class): a query in them reads a time to come or gone. */
const TIME_UNITS = new Set(Object.keys(en.durationUnits).map(stem));
/** Stems of the words by which a query's note says it reads the present: a closed class of time adverbs. */
const NOW_STEMS = ['current', 'now', 'present'].map(stem);
