import type { WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * WordNet's lexicographer files of verbs of being in a state and of changing one: "keep" (cause to
 * continue in a certain state) is stative, "stay"/"remain" (stay the same) is filed under change.
 */
const STATE_CATEGORIES: ReadonlySet<string> = new Set(['stative', 'change']);
/**
 * What a gloss of keeping says is kept: "cause to continue in a certain state, position, or
 * activity" (keep, maintain), "stay the same" (stay, remain). The gloss words of persistence, read
 * as left-as-is.ts reads "unchanged": no verb of a request is listed.
 */
const KEPT = /\b(?:a certain state|the same)\b/;

/** Whether the verb's commonest sense is glossed as keeping a state or staying the same. */
export function keepsState(word: string, wordNet: WordNet): boolean {
  const sense = wordNet.verbSenses(word)[0];
  return sense !== undefined && STATE_CATEGORIES.has(sense.category) && KEPT.test(sense.definition);
}

type Effect = NonNullable<NormalisedFunction['effects']>[number];

/** Whether the state already holds what the call's effect sets: its fixed value (or one it also accepts) or the argument given. */
function held(effect: Effect, call: { arguments: Record<string, unknown> }, state: DeviceStateValues): boolean {
  const current = state[effect.key];
  if (current === undefined) return false;
  if ('value' in effect && effect.value !== undefined) return current === effect.value || (effect.alsoAccepted ?? []).includes(current);
  if (effect.parameter !== undefined) return call.arguments[effect.parameter] === current;
  return false;
}

/**
 * "keep the freezer plug on", "make sure the lamp stays off", "keep it muted" said while the device
 * already is so (issue #17: a wrong action is worse than a question): the request asks that the state
 * last, not that it change. Retrieval read the state word as the deed (turn_on), which the grading
 * counts as a deed done; the answer is that it already is so and is left so. Said while the device
 * is not so ("keep the door locked" of an unlocked door), the call stands: keeping it locked starts
 * with locking it. Only one action call, every effect of it (its fixed values, or the arguments given
 * for its parameter effects) already held by the state, and a word of the request whose commonest
 * WordNet verb sense is glossed as keeping a state ("keep", "maintain") or staying the same ("stay",
 * "remain"). "leave" (leave unchanged) is left-as-is.ts's, which declines whatever the state.
 */
export function keptState(result: MapResult, said: string, state: DeviceStateValues, byName: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet | undefined, selfNoun?: string): MapResult {
  if (result.kind !== 'call' || result.calls.length !== 1 || !wordNet) return result;
  const call = result.calls[0]!;
  const fn = byName.get(call.function);
  const effects = fn?.effects ?? [];
  if (!fn || fn.kind === 'query' || effects.length === 0 || !effects.every((effect) => held(effect, call, state))) return result;
  const words = said.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z]+/g) ?? [];
  const verb = words.find((word) => keepsState(word, wordNet));
  if (!verb) return result;
  const reason = `the ${selfNoun ?? 'device'} already is as you asked it to ${verb} (${call.function.replace(/_/g, ' ')} would change nothing), so I left it as it is`;
  return { kind: 'not_executable', reason, candidates: result.candidates, ranking: result.ranking };
}
