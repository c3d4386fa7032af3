import { en, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';

const THING_ASKERS = new Set(en.answerKinds.thingAskers);

/**
 * "What temperature have we got the heating on?", "what volume is the speaker at?": a question
 * that asks "what" and leaves its preposition at the end asks what the device is on, at or set to,
 * a value someone put it in, not one it measures. Of two queries of the same quantity (the target
 * temperature and the measured one), the one reading a field an action of the document sets is that
 * value. In -0.5..0.5, weighed beside a scale question's evidence; 0 where the question is not of
 * that shape or no query reads a field an action sets.
 */
export function settingAnswerFit(fn: NormalisedFunction, reading: RequestReading, functions: readonly NormalisedFunction[]): number {
  if (fn.kind !== 'query' || reading.mood !== 'question') return 0;
  const said = reading.words.map((word) => word.toLowerCase());
  const [first, last] = [said[0], said.at(-1)];
  if (first === undefined || last === undefined || said.length < 3 || !THING_ASKERS.has(first) || !en.verbParticles.has(last)) return 0;
  const settled = new Set(functions.flatMap((other) => (other.kind === 'query' ? [] : (other.effects ?? []).map((effect) => effect.key))));
  const readsSettled = (query: NormalisedFunction) => settled.has(fieldOf(query));
  if (!functions.some((other) => other.kind === 'query' && readsSettled(other))) return 0;
  return readsSettled(fn) ? 0.5 : -0.5;
}

/** The field a query reads: its name after the verb ("get_target_temperature" -> target_temperature). */
function fieldOf(fn: NormalisedFunction): string {
  return fn.name.split('_').slice(1).join('_');
}
