import { splitItems, stem, words, type WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import { listedEntries, partOfEntry } from './listed-entries';
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
export function itemCalls(fn: NormalisedFunction, values: Record<string, unknown>, step: string, entries: readonly string[] = [], wordNet?: WordNet): Array<Record<string, unknown>> {
  const parameter = fn.parameters[0];
  if (!parameter || !takesOneItem(fn.parameters, isNameOrSecret)) return [values];
  const value = values[parameter.name];
  if (typeof value !== 'string') return [values];
  const named = takesListedItem(fn, parameter.name) ? listedEntries(step, entries, wordNet) : [];
  const said = quotedStrings(step).length > 0 ? [value] : splitItems(keptWhole(value, entries, wordNet)).map(restored);
  if (named.length === 0) return said.map((item) => ({ ...values, [parameter.name]: item }));
  // The entries as the list writes them, and any item said beside them that is none of them (mapper: listed-entries.ts).
  // Only a coordination lists items beside the entries; a single rest is the sentence around the entry ("... is finished").
  const beside = said.length > 1 ? said.filter((item) => !named.some((entry) => partOfEntry(item, entry))) : [];
  const ordered = [...named, ...beside].sort((left, right) => firstSaid(step, left) - firstSaid(step, right));
  return ordered.map((item) => ({ ...values, [parameter.name]: item }));
}

/**
 * Whether a function acts on an item already listed (ticks it off, deletes it) rather than putting
 * one on the list: its document names no effect that makes the list include its parameter.
 */
function takesListedItem(fn: NormalisedFunction, parameter: string): boolean {
  return !(fn.effects ?? []).some((effect) => 'includes' in effect && effect.includes === parameter);
}

/** Every entry of the device's lists as its state holds them ("items", "completed"). */
export function stateEntries(state: DeviceStateValues): string[] {
  return Object.values(state).flatMap((value) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []));
}

/** Where in the request an item's first word is said; the end where it is not. */
function firstSaid(step: string, item: string): number {
  const said = words(step);
  const first = words(item)[0];
  const at = first === undefined ? -1 : said.findIndex((word) => stem(word) === stem(first));
  return at < 0 ? said.length : at;
}

/** A conjunction inside one name, hidden from the item split and given back after it. */
const JOINED = '\u0000';
const restored = (item: string) => item.replaceAll(JOINED, ' and ');

/**
 * "X and Y" that is one thing: a WordNet lemma ("gin and tonic", "macaroni and cheese", "bread and
 * butter" of "bread and butter pudding") or an entry the list already holds ("salt and pepper crisps").
 * Its "and" is no item boundary; "add eggs and milk" still lists two.
 */
function keptWhole(value: string, entries: readonly string[], wordNet: WordNet | undefined): string {
  const joined = entries.filter((entry) => / and /i.test(entry));
  let result = value;
  for (const entry of joined) {
    const at = result.toLowerCase().indexOf(entry.toLowerCase());
    if (at >= 0) result = result.slice(0, at) + entry.replaceAll(/ and /gi, JOINED) + result.slice(at + entry.length);
  }
  return result.replace(/\b([a-z]+) and ([a-z]+)\b/gi, (whole, left: string, right: string) => (wordNet?.canBe(`${left}_and_${right}`.toLowerCase(), 'noun') ? `${left}${JOINED}${right}` : whole));
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
