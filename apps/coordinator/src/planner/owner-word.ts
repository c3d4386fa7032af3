/**
 * "sam's blind", "put ellie's fan on", "turn josh's radiator down" (issue #17, needless questions):
 * three teenagers' rooms fitted out alike each hold a "Blind", a "Fan" and a "Radiator". The owner's
 * possessive before the name is the owner's word of one room's name ("Sam's Room") or alias, which
 * tells the devices apart as the answer to "which one?" would (place-word.ts): no question is needed.
 * Only a possessive said outside the name, and only where it picks exactly one of the devices.
 */
import type { PlannerDevice } from './planner';
import { byPlaceWord } from './place-word';
import { withoutPossessive } from './text';

/** The one of `sharing` whose place the clause's possessive owner word names, or undefined. */
export function ownedByPlaceWord(sharing: readonly PlannerDevice[], tokens: readonly string[], nameTokens: ReadonlySet<number>): PlannerDevice | undefined {
  const owners = tokens.filter((token, index) => !nameTokens.has(index) && withoutPossessive(token) !== token).flatMap((token) => [token, withoutPossessive(token)]);
  if (owners.length === 0) return undefined;
  const owned = byPlaceWord(sharing, owners);
  return owned.length === 1 ? owned[0] : undefined;
}
