/**
 * Lists named by what is on them (issue #17, lists): "mark call the plumber as done" names no
 * device, but "call the plumber" is an item the To-do list reports. A clause that says an item of
 * exactly one device's reported items (any state field that is a list of words) is about that
 * device. Read from the devices' own state, so it holds for any list, in any home.
 */
import { en, stem, tokenize } from '@meshmind/language';
import type { PlannerDevice } from './planner';

/**
 * Items read per state object: the registry replaces a device's state with each report, so the same
 * object is the same items, and every clause the planner resolves asks for every device's items.
 */
const itemsOfState = new WeakMap<Record<string, unknown>, string[][]>();

/** The words of every item a device reports, each item as its own word sequence. */
function reportedItems(device: PlannerDevice): string[][] {
  if (!device.state) return [];
  const known = itemsOfState.get(device.state);
  if (known) return known;
  const items = Object.values(device.state).flatMap((value) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').map((item) => tokenize(item)).filter((words) => words.length > 0) : [],
  );
  itemsOfState.set(device.state, items);
  return items;
}

/** Where in the clause the item is said word for word, a plural for a singular ("a denture tablet"), as its first word's positions. */
function saidAt(tokens: readonly string[], item: readonly string[]): number[] {
  const sameWord = (token: string | undefined, word: string) => token !== undefined && (token === word || stem(token) === stem(word));
  return tokens.flatMap((_token, start) => (item.every((word, offset) => sameWord(tokens[start + offset], word)) ? [start] : []));
}

function says(tokens: readonly string[], item: readonly string[]): boolean {
  return saidAt(tokens, item).length > 0;
}

/**
 * The devices of `pool` one of whose reported items the clause says word for word. A clause that is
 * nothing but a verb-phrase item ("feed the fish" to a chores list that holds it) asks for the chore
 * itself, which no list can do: that is no mention of the item, and the list is not meant by it.
 */
export function devicesHoldingSaidItem(
  pool: readonly PlannerDevice[],
  tokens: readonly string[],
  canBeVerb?: (word: string) => boolean,
  isMostlyVerb?: (word: string) => boolean,
): PlannerDevice[] {
  const choreAsked = (item: readonly string[]) => item.length > 1 && item.length === tokens.length && !!canBeVerb && !!isMostlyVerb && isVerbPhrase(item, canBeVerb, isMostlyVerb);
  return pool.filter((device) => reportedItems(device).some((item) => says(tokens, item) && !choreAsked(item)));
}

/** An item that is a verb phrase: its first word mostly a verb ("bleed", "fix"), or one that may be with a determiner after it ("water the plants"). */
function isVerbPhrase(item: readonly string[], canBeVerb: (word: string) => boolean, isMostlyVerb: (word: string) => boolean): boolean {
  return isMostlyVerb(item[0]!) || (canBeVerb(item[0]!) && en.determiners.has(item[1] ?? ''));
}

/**
 * "mark bleed the radiators as done" to a home with a Towel Radiator: the item is itself a verb
 * phrase ("bleed the radiators"), said after the clause's own verb, and every kind noun of the clause
 * lies inside it, so those nouns are words of the item, not a reference to a device. The one list
 * that reports the item is meant. An item is a verb phrase when its first word is mostly a verb
 * (WordNet's tag counts: "bleed", "fix") or may be one and a determiner follows ("water the
 * plants"); "light bulbs" on a shopping list is not, so "turn off the light bulbs" stays with the lights.
 */
export function listHoldingVerbItem(
  devices: readonly PlannerDevice[],
  tokens: readonly string[],
  nouns: ReadonlyArray<{ start: number; end: number }>,
  canBeVerb: ((word: string) => boolean) | undefined,
  isMostlyVerb: ((word: string) => boolean) | undefined,
): PlannerDevice[] {
  if (!canBeVerb || !isMostlyVerb || nouns.length === 0) return [];
  const holds = (item: readonly string[]) =>
    item.length > 1 &&
    isVerbPhrase(item, canBeVerb, isMostlyVerb) &&
    saidAt(tokens, item).some((start) => start > 0 && nouns.every((noun) => noun.start >= start && noun.end <= start + item.length));
  const holding = devices.filter((device) => reportedItems(device).some(holds));
  return holding.length === 1 ? holding : [];
}

/**
 * "take the oat milk off the list", "is bread on the list?" to a home with a Shopping list and a
 * Hardware list: "the list" names both, and the one of them that reports the item said is meant.
 * The pool as it was where several or none of it holds the item.
 */
export function narrowedBySaidItem(pool: PlannerDevice[], tokens: readonly string[], canBeVerb?: (word: string) => boolean, isMostlyVerb?: (word: string) => boolean): PlannerDevice[] {
  if (pool.length < 2) return pool;
  const holding = devicesHoldingSaidItem(pool, tokens, canBeVerb, isMostlyVerb);
  return holding.length === 1 ? holding : pool;
}
