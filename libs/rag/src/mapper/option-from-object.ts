import { en, stem, words, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { enumValue, presetValue } from '../arguments/parameter-values';
import type { MapResult } from './api-mapper-options';
import { targetAt } from './target-value';

const NUMBER = /^[0-9]/;

/**
 * A command that names what is set and the value it goes to ("set the fan to high") is not done by
 * an option read off the thing set (issue #17, wrong actions): to a thermostat whose only option
 * with "fan" in it is the mode fan_only, "set the fan to high" became set_mode{fan_only}, and the
 * value the person named, "high", was dropped. The option was the object's word, not the value's.
 *
 * Declined (the command's words returned as what no function meets) where the one call made gives
 * an option of a list that a word of the object names, and no option or preset of that function
 * takes the value said after the goal preposition ("to high"). A number after it is left to the
 * numeric paths ("set the heating to 21"), and a value some option holds is the call's own
 * ("set the mode to heat"). Undefined otherwise.
 */
export function optionFromObject(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>): string | undefined {
  if (result.kind !== 'call' || result.calls.length !== 1) return undefined;
  const [call] = result.calls as [(typeof result.calls)[number]];
  const fn = byName.get(call.function);
  const goal = targetAt(reading);
  if (!fn || !goal || goal.at <= 0 || NUMBER.test(goal.phrase) || en.determiners.has(reading.tokens[goal.at + 1] ?? '')) return undefined;
  const options = fn.parameters.filter((parameter) => parameter.type === 'enum');
  if (options.some((parameter) => enumValue(parameter, goal.phrase) !== undefined || presetValue(parameter, goal.phrase.toLowerCase()) !== undefined)) return undefined;
  const object = new Set(reading.tokens.slice(1, goal.at).map((word) => stem(word.toLowerCase())));
  const said = new Set(words(goal.phrase).map((word) => stem(word.toLowerCase())));
  const fromObject = options.some((parameter) => {
    const given = call.arguments[parameter.name];
    if (typeof given !== 'string') return false;
    const optionWords = words(given.replace(/_/g, ' ')).map((word) => stem(word.toLowerCase()));
    return optionWords.some((word) => object.has(word)) && !optionWords.some((word) => said.has(word));
  });
  return fromObject ? reading.tokens.filter((word) => !en.courtesy.has(word)).join(' ') : undefined;
}
