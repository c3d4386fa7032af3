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

/**
 * "Scan the room and make a map": a first step whose best reading (the network scan) explains no
 * word of it that the next step's function (the map, "scans the surroundings") does not explain
 * too, the opening verb among them, and leaves a word of it unexplained ("room"), says how the next
 * step is done: the next function accounts for all the first step says that its own reading does.
 * `explained` gives, per function, the positions of the first step's content words its own words
 * explain, `content` how many there are, `nextExplained` the same for the next step's words
 * (mapper/unsupported-command.ts); the next step must read as its function by a word besides its verb. A first step whose reading
 * explains a word the next function does not ("drive to the wall and chart the pool": "drive"), or
 * whose verb the next function does not do ("go to shelf 3 and scan it"), or all of whose words its
 * reading explains ("scan shelf 3 and find the gaps"), is a call of its own, and so is a step in sequence.
 */
export function isCoveredMeansOf(joined: 'and' | 'sequence' | undefined, explained: ReadonlyMap<string, ReadonlySet<number>> | undefined, content: number, before: readonly HybridHit[], after: readonly HybridHit[], nextExplained?: ReadonlyMap<string, ReadonlySet<number>>): boolean {
  const first = before[0];
  const second = after[0];
  if (joined !== 'and' || !explained || !first || !second || first.id === second.id) return false;
  // The next step must read as its function by more than its verb: "get me a coffee" to a robot
  // whose position query explains "get" is no step the first one could be the means of.
  if (![...(nextExplained?.get(second.id) ?? [])].some((position) => position > 0)) return false;
  const own = explained.get(first.id) ?? new Set<number>();
  const next = explained.get(second.id) ?? new Set<number>();
  return next.has(0) && own.size < content && [...own].every((position) => next.has(position));
}
