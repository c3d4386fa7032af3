import { alternation, enMapping, escapeRegExp } from '@meshmind/language';

/**
 * A request that a list's item be in a done state (issue #17, lists): "mark fix the gutter as done",
 * "mark the milk as bought", "paint the fence is finished". The item is a value the call passes,
 * not what the request asks: its own words mislead retrieval ("fix", "milk", and "bought", whose
 * verb also opens a request to add), so the request reads as what a done state asks of a list, the
 * verb that completes an item, with the state said ("complete as done"). A question ("is the
 * gutter done?") has no item before a marker and is left as it is.
 */
const { items } = enMapping;
const DONE_STATE = new RegExp(
  `^(?=\\S+\\s+\\S).*?\\s(?:${alternation([items.doneMarker, ...items.doneLinks].map(escapeRegExp))})\\s+(?:now\\s+)?(${alternation(items.doneStates)})(?:\\s+now)?\\s*(?:,?\\s*(?:${alternation(items.closingCourtesy)}))?\\s*[.!]*\\s*$`,
  'i',
);

/** The retrieval text of a request that an item be in a done state, or null when the step is none. */
export function doneStateRequest(step: string): string | null {
  const trimmed = step.trim();
  if (/\?\s*$/.test(trimmed)) return null;
  const state = DONE_STATE.exec(trimmed)?.[1];
  return state ? `${items.completing} ${items.doneMarker} ${state.toLowerCase()}` : null;
}
