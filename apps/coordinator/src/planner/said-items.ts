/**
 * Lists named by what is on them (issue #17, lists): "mark call the plumber as done" names no
 * device, but "call the plumber" is an item the To-do list reports. A clause that says an item of
 * exactly one device's reported items (any state field that is a list of words) is about that
 * device. Read from the devices' own state, so it holds for any list, in any home.
 */
import { tokenize } from '@meshmind/language';
import type { PlannerDevice } from './planner';

/** The words of every item a device reports, each item as its own word sequence. */
function reportedItems(device: PlannerDevice): string[][] {
  return Object.values(device.state ?? {}).flatMap((value) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').map((item) => tokenize(item)).filter((words) => words.length > 0) : [],
  );
}

function says(tokens: readonly string[], item: readonly string[]): boolean {
  return tokens.some((_token, start) => item.every((word, offset) => tokens[start + offset] === word));
}

/** The devices of `pool` one of whose reported items the clause says word for word. */
export function devicesHoldingSaidItem(pool: readonly PlannerDevice[], tokens: readonly string[]): PlannerDevice[] {
  return pool.filter((device) => reportedItems(device).some((item) => says(tokens, item)));
}
