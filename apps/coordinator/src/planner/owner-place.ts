/**
 * "his desk lamp", "her radiator" (issue #17, coreference): a device of a kind several share, said as
 * belonging to someone just talked of ("close jonas's blind and switch on his desk lamp", "what's the
 * temperature in priya's room?" then "open her radiator"). The person is not a device, but the
 * devices the conversation was just about stand in that person's place: the one of the kind there is
 * meant. Nothing is narrowed when no third person's possessive is said, or none of the kind is there.
 */
import { en } from '@meshmind/language';
import type { PlannerDevice } from './planner';

/** The devices of `pool` in the areas of `lastTargets`, when the clause says "his", "her" or "their"; else `pool`. */
export function inPlaceOfLast(pool: PlannerDevice[], tokens: readonly string[], lastTargets: readonly PlannerDevice[]): PlannerDevice[] {
  if (lastTargets.length === 0 || !tokens.some((token) => en.thirdPersonPossessives.has(token))) return pool;
  const places = new Set(lastTargets.flatMap((device) => (device.area ? [device.area.id] : [])));
  const there = pool.filter((device) => device.area && places.has(device.area.id));
  return there.length > 0 ? there : pool;
}
