import type { NormalisedFunction } from '../api-document';
import type { Lead } from './api-mapper-options';

/**
 * Below this lead, two opposite functions scored as one: retrieval and the polarity evidence read
 * nothing that sets them apart, and the sort order chose (issue #17: "cut the music" turned the
 * player on, turn_on and turn_off both at 0.424). At 0.005 it also asked about one right call of
 * eval:rag's third set (a lead of 0.002); a tie is a tie, not a narrow lead.
 */
export const OPPOSITE_TIE = 0.001;

/** The fixed values a function leaves its state keys in ("on": true of turn_on). */
function fixedEnds(fn: NormalisedFunction | undefined): Map<string, unknown> {
  return new Map((fn?.effects ?? []).filter((effect) => effect.value !== undefined).map((effect) => [effect.key, effect.value]));
}

/**
 * Whether a call's lead is a tie between two opposite functions: both leave one state key at a
 * fixed value, each at another (turn_on / turn_off, lock / unlock, open_cover / close_cover), and
 * the lead is under `OPPOSITE_TIE` with the request's words favouring neither (mapper/doubtful-
 * call.ts's `support`). Such a pair shares a name word ("turn"), which doubtful-call.ts leaves to the
 * polarity evidence; where that evidence tied too, the call is one end taken at random, the worst
 * wrong action, and the person is asked instead.
 */
export function oppositeTie(lead: Lead, functions: ReadonlyMap<string, NormalisedFunction>): boolean {
  if (lead.runnerUp === undefined || lead.margin >= OPPOSITE_TIE || !lead.support || lead.support.named || lead.support.chosen > lead.support.runnerUp) return false;
  const [chosen, other] = [fixedEnds(functions.get(lead.function)), fixedEnds(functions.get(lead.runnerUp))];
  return [...chosen].some(([key, value]) => other.has(key) && other.get(key) !== value);
}
