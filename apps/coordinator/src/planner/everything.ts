import { singularForms, tokenize } from '@meshmind/language';
import type { PlannerDevice } from './planner';

/**
 * "switch everything off in the guest room", "close everything upstairs": a quantifier with a place
 * and no kind of device means every device there whose API has a function named by the clause's
 * verb or particle (turn_off, close_cover), not only the one whose documents fit the words best.
 * Empty where no function of any device there is named by a word of the clause.
 */
export function everyDeviceThatCan(pool: readonly PlannerDevice[], tokens: readonly string[], placeTokens: ReadonlySet<number>): PlannerDevice[] {
  const said = new Set(tokens.filter((_token, index) => !placeTokens.has(index)).flatMap((token) => singularForms(token)));
  return pool.filter((device) =>
    device.capabilities.some((capability) => capability.kind === 'action' && tokenize(capability.function.replace(/_/g, ' ')).some((part) => said.has(part))),
  );
}
