import { enMapping, escapeRegExp, findColor, readRequest, type NumberMention, type RequestReading, type WordNet } from '@meshmind/language';
import { validateCallArguments, type ApiFunctionSpec, type DeviceStateValues, type ParameterSpec } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import { countedAmounts } from './counted-amount';
import { stepByConsequence } from './described-consequence';
import { namingWords, valueMentions } from './named-numbers';
import { enumValue, numericValue } from './parameter-values';
import { withBaseGrades } from './graded-adjective';
import { ownNamePieces } from './labelled-number';
import { saidBoolean } from './described-boolean';
import { equativeStep } from './scaling-verbs';
import { isNetworkNameParameter, isSecretParameter, itemValue, nameValue, secretValue } from './string-values';

/** Where a list of items said in one breath splits: a comma or the conjunction ("eggs, butter and milk"). */
const ITEM_SEPARATOR = new RegExp(`\\s*(?:,|\\b${escapeRegExp(enMapping.steps.conjunction)}\\b)\\s*`);

export type ArgumentExtraction =
  | { ok: true; arguments: Record<string, unknown> }
  | { ok: false; reason: string; missing: string[]; /** A value was said as an amount ("set the heat to 40", not "the first floor") but lies outside what the parameter takes. */ outOfRange?: true; /** A step was said in words the document does not tie to the setting's way (arguments/described-consequence.ts). */ wayUnknown?: true };

function currentValue(fn: NormalisedFunction, parameter: ParameterSpec, state: DeviceStateValues): number | undefined {
  const key = fn.effects?.find((effect) => effect.parameter === parameter.name)?.key ?? parameter.name;
  const value = state[key];
  return typeof value === 'number' ? value : undefined;
}

export function toApiFunctionSpec(fn: NormalisedFunction): ApiFunctionSpec {
  return { name: fn.name, description: fn.description, kind: fn.kind ?? 'action', parameters: fn.parameters };
}

/**
 * Reads the arguments of one function from a request: numbers in digits or words, percentages,
 * units with conversion, enum synonyms, colours, durations, relative changes against the current
 * state, strings after cues. A required value the text does not give is reported missing, never
 * invented. `carried` holds values of an earlier step ("go to shelf 3 and check it"). The mapper
 * passes the step's reading; a string is read here.
 */
export function extractArguments(
  request: string | RequestReading,
  fn: NormalisedFunction,
  state: DeviceStateValues = {},
  carried: Readonly<Record<string, unknown>> = {},
  /** Whether a word can be a verb (WordNet): the opening verb of a command is not part of a list item. */
  isVerb?: (word: string) => boolean,
  /** Opposites of the words said: which way "warmer" moves a scale whose ends the document names. */
  wordNet?: WordNet,
  /** The device's own nouns, which say nothing of one function more than another (a flag's evidence, described-boolean.ts). */
  ownNouns?: ReadonlySet<string>,
): ArgumentExtraction {
  const values: Record<string, unknown> = {};
  const missing: string[] = [];
  const reading = typeof request === 'string' ? readRequest(request) : request;
  const { text } = reading;
  const mentions: NumberMention[] = [...reading.numbers, ...countedAmounts(text, reading.numbers)]; // "a couple of degrees" (arguments/counted-amount.ts)
  const taken = new Set<NumberMention>();
  const naming = namingWords(fn); // "the 2.4 GHz radio" names a radio (arguments/named-numbers.ts)
  const secret = fn.parameters.some((parameter) => isSecretParameter(parameter.name)) ? secretValue(text) : undefined;
  for (const parameter of fn.parameters) {
    let value: unknown;
    switch (parameter.type) {
      case 'integer':
      case 'number': {
        const current = currentValue(fn, parameter, state);
        // "twice as loud" to a step function: the step to twice the level (arguments/scaling-verbs.ts).
        value = equativeStep(fn, parameter.name, text, state) ?? numericValue(parameter, { text, mentions: valueMentions(mentions, parameter, naming), taken, label: ownNamePieces(parameter, fn.parameters), ...(current === undefined ? {} : { current }), ...(wordNet ? { wordNet } : {}) });
        // "give the laptop more airtime": a step goes the way the document says brings that about (arguments/described-consequence.ts).
        if (typeof value === 'number' && stepByConsequence(fn, parameter, text, current, value, reading.numbers.length, wordNet) === undefined) {
          return { ok: false, missing: [], reason: `the request does not say which way to change ${parameter.name}: ${fn.description}`, wayUnknown: true };
        }
        if (typeof value === 'number') value = stepByConsequence(fn, parameter, text, current, value, reading.numbers.length, wordNet);
        break;
      }
      case 'boolean':
        value = saidBoolean(fn, parameter, text, wordNet, ownNouns); // said of this flag, and which way (described-boolean.ts)
        break;
      case 'enum':
        value = enumValue(parameter, text) ?? enumValue(parameter, withBaseGrades(text, wordNet)); // "the quietest setting" is "quiet" (graded-adjective.ts)
        break;
      case 'color':
        value = findColor(text);
        break;
      case 'string':
        if (isSecretParameter(parameter.name)) value = secret;
        else if (fn.parameters.some((other) => isSecretParameter(other.name)) || isNetworkNameParameter(parameter.name)) value = nameValue(text, secret, wordNet);
        else value = itemValue(text, isVerb);
        break;
      case 'string_list': {
        const item = itemValue(text);
        value = item === undefined ? undefined : item.split(ITEM_SEPARATOR).filter((part) => part !== '');
        break;
      }
    }
    if (value === undefined && carried[parameter.name] !== undefined) value = carried[parameter.name];
    if (value === undefined) {
      if (parameter.required !== false && parameter.default === undefined) missing.push(parameter.name);
      continue;
    }
    values[parameter.name] = value;
  }
  if (missing.length > 0) {
    return { ok: false, missing, reason: `${fn.name} needs ${missing.join(', ')}, which the request does not give` };
  }
  const validated = validateCallArguments(toApiFunctionSpec(fn), values);
  if (!validated.ok) return { ok: false, missing: [], reason: validated.error.message, ...(validated.error.code === 'E_ARGUMENT_OUT_OF_RANGE' && reading.numbers.some((mention) => !mention.ordinal) ? { outOfRange: true as const } : {}) };
  // Defaults stay with the device: only what the person said is sent.
  return { ok: true, arguments: values };
}
