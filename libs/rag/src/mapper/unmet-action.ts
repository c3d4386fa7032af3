import type { MapResult } from './api-mapper-options';

/**
 * How far the chosen function must lead the next one when the verb a command opens with meets
 * nothing the device does (mapper/action-scope.ts). "Lock the barn door" to a door opener that can
 * only open, close and stop: "lock" is no word of its document, so only the rest of the request
 * ("the barn door") can point at a function, and that points at all three about equally. A near tie
 * there means the verb was the point of the request and the device has no function for it; making
 * the call would do something else (stop the door), which is worse than saying what it can do.
 * Where the object alone clearly picks one function ("hit the lights" -> the one switch), it leads.
 * Calibrated on two cases only, and thin: "lock the barn door" led by 0.027 (stop_door), "deactivate
 * every single light" (right: turn_off) by 0.037; at 0.05 eval:intents lost the second to a question.
 */
export const UNMET_ACTION_LEAD = 0.03;

/**
 * Whether a call, made for a command whose opening verb the document does not do (`weakAction`
 * of mapper/scope.ts), is too weak to make: its function scores below `below`, or any of its calls
 * leads the next feasible function by less than `lead`, or is a reading where the command does not
 * ask to be told (`tellsOnly`: a query function, where the verb is no verb of knowing).
 */
export function unmetActionCall(result: MapResult, weakAction: { below: number } | undefined, lead = UNMET_ACTION_LEAD, tellsOnly: (name: string) => boolean = () => false): boolean {
  if (result.kind !== 'call' || !weakAction) return false;
  if ((result.ranking[0]?.score ?? 0) < weakAction.below) return true;
  // An order to do something is not answered by telling something: "mute the hallway light" read the
  // light's brightness. Only a verb of knowing asks to be told (`tellsOnly` is false for those).
  if (result.calls.some((call) => tellsOnly(call.function))) return true;
  return (result.leads ?? []).some((each) => each.margin < lead);
}
