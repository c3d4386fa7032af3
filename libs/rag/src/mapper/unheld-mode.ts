import { en, stem, words, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { enumValue } from '../arguments/parameter-values';
import type { MapResult } from './api-mapper-options';
import type { CommandScope } from './foreign-setting';

/** At most this many words may name the option before the parameter's own name: "eco mode", "deep sleep mode". */
const MODIFIER_WORDS = 2;

/**
 * "turn on eco mode", "put it in holiday mode" said to a thermostat whose mode is off, heat, cool,
 * auto, dry or fan only (issue #17: a preset the device does not have). The request names a value
 * of one of the document's option parameters by that parameter's own name ("mode") with words
 * before it that no option holds and no word of the document meets; "turn on" then reached turn_on,
 * and the device ran as before. Declined, naming the value asked for, where the call holds no such
 * value. foreign-option.ts reads the same after a goal preposition ("set it to sleep mode"); this
 * reads it anywhere, with the parameter named.
 */
export function unheldMode(result: MapResult, reading: RequestReading, functions: readonly NormalisedFunction[], scope: CommandScope): string | undefined {
  if (result.kind !== 'call' || reading.mood === 'question') return undefined;
  const parameters = functions.filter((fn) => fn.kind !== 'query').flatMap((fn) => fn.parameters.filter((parameter) => parameter.type === 'enum'));
  const tokens = reading.tokens;
  for (const [index, token] of tokens.entries()) {
    const parameter = parameters.find((candidate) => words(candidate.name.replace(/_/g, ' ')).length === 1 && stem(candidate.name) === stem(token));
    if (!parameter) continue;
    let start = index;
    while (start > 0 && index - start < MODIFIER_WORDS && !en.determiners.has(tokens[start - 1]!) && !en.verbParticles.has(tokens[start - 1]!) && scope.unmet.includes(tokens[start - 1]!)) start -= 1;
    if (start === index) continue;
    const phrase = tokens.slice(start, index).join(' ');
    if (enumValue(parameter, phrase) !== undefined) continue;
    const taken = result.calls.flatMap((call) => Object.values(call.arguments)).some((value) => typeof value === 'string' && enumValue(parameter, value) !== undefined && phrase.includes(value));
    if (taken) continue;
    return `${phrase} ${token}`;
  }
  return undefined;
}
