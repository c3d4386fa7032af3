import { splitItems, stem, words } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { isNetworkNameParameter, isSecretParameter, quotedStrings } from './string-values';

/**
 * Several things named in one request for a function that takes one item: "add tea and honey to the
 * list" is two items, "add wood glue, screws and a hinge" three (`splitItems` in @meshmind/language
 * reads the list). A clause with a verb of its own ("call the plumber and book the MOT") is still
 * split, which is what a person who says two chores means.
 *
 * Whether a function is one a coordinated item list is spread over: it takes exactly one parameter,
 * a free-text string that is neither a name nor a secret (those are single values by nature).
 */
export function takesOneItem(parameters: ReadonlyArray<{ name: string; type: string }>, isNameOrSecret: (name: string) => boolean): boolean {
  return parameters.length === 1 && parameters[0]!.type === 'string' && !isNameOrSecret(parameters[0]!.name);
}

/** A network name or a secret is one value as said, never a list of items. */
export const isNameOrSecret = (name: string) => isSecretParameter(name) || isNetworkNameParameter(name);

/**
 * One call per item where a function takes one free-text item and the request coordinates several
 * ("add tea and honey"): the device adds one item at a time. A quoted value is one item as written.
 */
export function itemCalls(fn: NormalisedFunction, values: Record<string, unknown>, step: string): Array<Record<string, unknown>> {
  const parameter = fn.parameters[0];
  if (!parameter || !takesOneItem(fn.parameters, isNameOrSecret) || quotedStrings(step).length > 0) return [values];
  const value = values[parameter.name];
  if (typeof value !== 'string') return [values];
  return splitItems(value).map((item) => ({ ...values, [parameter.name]: item }));
}

/**
 * Whether a step joined by "and" continues the item list of the step before: "add book the MOT and
 * clean the gutters to the chores list" splits at "and clean", a verb, yet both steps meet the same
 * one-item function, and the second is the first's second item ("clean the gutters"), not a second
 * command (read alone it added only "book the MOT"; as a consequence of the first it was dropped).
 * A step that opens with the function's own word ("add eggs and add milk") is a command of its own.
 */
export function continuesItems(joined: 'and' | 'sequence' | undefined, step: string, previous: NormalisedFunction | undefined, top: NormalisedFunction | undefined): boolean {
  if (joined !== 'and' || !previous || previous !== top || !takesOneItem(top.parameters, isNameOrSecret)) return false;
  const opening = words(step)[0];
  const own = new Set(top.name.split('_').map((part) => stem(part.toLowerCase())));
  return opening !== undefined && !own.has(stem(opening.toLowerCase()));
}
