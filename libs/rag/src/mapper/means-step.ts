import type { HybridHit } from '../search/hybrid-index';

/**
 * "Scan the environment and make a map": two steps joined by a plain "and", where the second
 * step's function is also a near reading of the first (the map is made by scanning around). The
 * first step then says how the second is done, not a call of its own: scanning for networks, or a
 * shelf that needs a number, is not what was asked. The mirror of the consequence the mapper
 * already drops ("return to the dock and charge up" docks once). Steps in sequence ("and then",
 * "after that") are always calls of their own, and so is a first step whose best reading is far
 * from the second's function.
 */
export function isMeansOf(joined: 'and' | 'sequence' | undefined, before: readonly HybridHit[], after: readonly HybridHit[], margin: number): boolean {
  const first = before[0];
  const second = after[0];
  if (joined !== 'and' || !first || !second || first.id === second.id) return false;
  const sameInBefore = before.find((hit) => hit.id === second.id);
  return sameInBefore !== undefined && sameInBefore.score >= first.score - margin;
}

/**
 * "Do a lidar sweep and generate a map": a first step whose best reading explains none of its
 * words (the battery, reached by the embedding's drift alone) while the next step's function
 * explains one of them ("lidar" is in the map's notes) says how the next step is done, however far
 * its best reading ranks that function. `support` counts, per function, the first step's content
 * words its own words explain (mapper/unsupported-command.ts). Steps in sequence are calls of their own.
 */
export function isExplainedMeansOf(joined: 'and' | 'sequence' | undefined, support: ReadonlyMap<string, number> | undefined, before: readonly HybridHit[], after: readonly HybridHit[]): boolean {
  const first = before[0];
  const second = after[0];
  if (joined !== 'and' || !support || !first || !second || first.id === second.id) return false;
  return (support.get(first.id) ?? 0) === 0 && (support.get(second.id) ?? 0) > 0;
}
