/**
 * A supply said used up goes onto a list of things (issue #17, lists): "we've run out of tea bags
 * and sugar" names no device, and its verb ("run") is a word of a robot's "cleaning run" or a door's
 * document; it asked the garage door. The statement (statedLack of @meshmind/language: a phrasal
 * verb whose WordNet sense is using a supply up) is for a device that keeps items: one with a
 * reported list whose singular is a parameter of one of its actions ("items" and add_item's "item").
 * Of several, the lists of things are meant, not lists of jobs (an item said as a verb phrase: "fix
 * the gate"); of several lists of things, the person is asked which. Read from the devices' own state
 * and functions, so it holds for any list in any home.
 */
import { en, gerundBases, singularForms } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import { words } from './vocabulary';

/** The devices that keep items: a reported list of words whose singular an action takes as a parameter. */
function keptItems(device: PlannerDevice): string[][] | undefined {
  if (!device.state) return undefined;
  for (const [key, value] of Object.entries(device.state)) {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) continue;
    const names = new Set([key, ...singularForms(key)]);
    const taken = device.capabilities.some((capability) => capability.kind === 'action' && capability.parameters.some((parameter) => names.has(parameter)));
    if (taken) return (value as string[]).map((item) => words(item)).filter((item) => item.length > 0);
  }
  return undefined;
}

/**
 * The lists a used-up supply goes to: of the devices that keep items, those that hold no jobs, else
 * those whose items are not all jobs, else all of them; of several, those named as lists of wants
 * where some are. Empty where the clause states no used-up supply.
 */
export function listsForUsedUpSupply(
  devices: readonly PlannerDevice[],
  clause: { text: string; isQuestion: boolean; condition?: boolean },
  usedUp: ((text: string) => string | undefined) | undefined,
  isVerbPhrase: (item: readonly string[]) => boolean,
  isWantedList?: (labels: readonly string[], nouns: readonly string[]) => boolean,
): PlannerDevice[] {
  if (!usedUp || clause.isQuestion || clause.condition || usedUp(clause.text) === undefined) return [];
  const keeping = devices.flatMap((device) => {
    const items = keptItems(device);
    return items ? [{ device, items }] : [];
  });
  // Lists that hold only things before lists that mix things and jobs ("fairy cakes", "invite the
  // neighbours"), and those before lists of jobs only.
  const onlyThings = keeping.filter(({ items }) => !items.some(isVerbPhrase));
  const someThings = keeping.filter(({ items }) => items.length === 0 || !items.every(isVerbPhrase));
  const lists = (onlyThings.length > 0 ? onlyThings : someThings.length > 0 ? someThings : keeping).map(({ device }) => device);
  // Of several, the one WordNet defines as a list of wants ("shopping list") before a "Hardware list" (stated-need.ts).
  const wanted = lists.length > 1 && isWantedList ? lists.filter((device) => isWantedList([device.name, ...device.aliases], device.nouns)) : [];
  return wanted.length > 0 ? wanted : lists;
}

/**
 * Whether an item is a job said as a verb phrase: its first word mostly a verb ("fix the gate"), or a
 * verb before a determiner ("water the plants"). A job is said in the verb's base form: an -ing form
 * of a verb opens the name of a thing ("washing up liquid", "baking soda").
 */
export function verbPhraseReader(canBeVerb: ((word: string) => boolean) | undefined, isMostlyVerb: ((word: string) => boolean) | undefined): (item: readonly string[]) => boolean {
  return (item) => {
    const [first, second] = item;
    if (first === undefined || second === undefined || gerundBases(first).some((base) => canBeVerb?.(base) === true)) return false;
    return isMostlyVerb?.(first) === true || (canBeVerb?.(first) === true && en.determiners.has(second));
  };
}

/**
 * Whether every device word of a used-up statement lies among the things said used up: "we're out of
 * coffee beans" names the "bean to cup" machine only inside the supply, which goes onto a list; "the
 * printer has run out of paper" names its device before the verb and is left to the other readings.
 */
export function devicesNamedOnlyInSupply(
  clause: { text: string; tokens: readonly string[]; isQuestion: boolean; condition?: boolean; named: ReadonlyArray<{ start: number; end: number }>; nouns: ReadonlyArray<{ start: number; end: number }>; areas?: ReadonlyArray<{ start: number; end: number }>; floors?: ReadonlyArray<{ start: number; end: number }> },
  usedUp: ((text: string) => string | undefined) | undefined,
): boolean {
  if (!usedUp || clause.isQuestion || clause.condition) return false;
  const things = usedUp(clause.text);
  if (things === undefined) return false;
  // Where the things stand in the clause: "we're out of coffee, add it to the groceries" names the list after them.
  const said = words(things);
  const from = clause.tokens.findIndex((_token, at) => at > 0 && said.every((word, offset) => clause.tokens[at + offset] === word));
  // "we're out of kitchen roll": a place's word inside the supply names no place either.
  const matches = [...clause.named, ...clause.nouns, ...(clause.areas ?? []), ...(clause.floors ?? [])];
  return from > 0 && matches.length > 0 && matches.every((match) => match.start >= from && match.end <= from + said.length);
}
