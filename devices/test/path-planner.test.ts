import { describe, expect, it } from 'vitest';
import { createPathPlanner } from '../src/warehouse/path-planner';
import { createSeededRandom } from '../src/warehouse/seeded-random';

/** Shortest number of steps from start to goal by breadth-first search, or undefined: the reference. */
function shortestSteps(width: number, height: number, blocked: (cell: number) => boolean, start: number, goal: number): number | undefined {
  const distance = new Int32Array(width * height).fill(-1);
  const queue = [start];
  distance[start] = 0;
  for (let head = 0; head < queue.length; head += 1) {
    const current = queue[head]!;
    if (current === goal) return distance[current];
    const x = current % width;
    for (const next of [x > 0 ? current - 1 : -1, x < width - 1 ? current + 1 : -1, current - width, current + width]) {
      if (next < 0 || next >= width * height || distance[next] !== -1 || blocked(next)) continue;
      distance[next] = distance[current]! + 1;
      queue.push(next);
    }
  }
  return undefined;
}

/** Whether a path is a walk of single steps through free cells ending at the goal. */
function isWalk(width: number, blocked: (cell: number) => boolean, start: number, goal: number, path: Int32Array): boolean {
  let previous = start;
  for (const cell of path) {
    const step = Math.abs(cell - previous);
    const sameRow = Math.floor(cell / width) === Math.floor(previous / width);
    if (blocked(cell) || !((step === 1 && sameRow) || step === width)) return false;
    previous = cell;
  }
  return previous === goal;
}

describe('path planner', () => {
  const width = 12;
  const height = 10;
  const at = (x: number, y: number) => y * width + x;

  it('finds no path to a goal that robots wall off, and none from a start they surround', () => {
    const planner = createPathPlanner(width, height, () => false);
    // A goal at (6, 5) with robots on its four sides; a start at (1, 1) with robots on its four sides.
    const aroundGoal = new Set([at(5, 5), at(7, 5), at(6, 4), at(6, 6)]);
    const aroundStart = new Set([at(0, 1), at(2, 1), at(1, 0), at(1, 2)]);
    expect(planner.plan(at(0, 9), at(6, 5), (cell) => aroundGoal.has(cell))).toBeUndefined();
    expect(planner.plan(at(1, 1), at(10, 8), (cell) => aroundStart.has(cell))).toBeUndefined();
    // The same floor with one robot gone has a path again, as short as it can be.
    aroundGoal.delete(at(6, 6));
    const path = planner.plan(at(0, 9), at(6, 5), (cell) => aroundGoal.has(cell));
    expect(path?.length).toBe(shortestSteps(width, height, (cell) => aroundGoal.has(cell), at(0, 9), at(6, 5)));
  });

  it('agrees with breadth-first search on random floors, pockets small and large', () => {
    // 1,200 cells: a sparse floor's pockets are larger than the planner's flood budget (256 cells).
    const width = 40;
    const height = 30;
    const random = createSeededRandom(7);
    const planner = createPathPlanner(width, height, (cell) => cell % 17 === 3);
    let unreachable = 0;
    for (let trial = 0; trial < 400; trial += 1) {
      // From sparse floors (pockets larger than the planner's flood budget) to crowded ones.
      const density = 0.1 + 0.5 * random.next();
      const robots = new Set(Array.from({ length: width * height }, (_, cell) => cell).filter(() => random.next() < density));
      const blocked = (cell: number) => cell % 17 === 3 || robots.has(cell);
      const start = Math.floor(random.next() * width * height);
      const goal = Math.floor(random.next() * width * height);
      if (blocked(start) || blocked(goal) || start === goal) continue;
      const expected = shortestSteps(width, height, blocked, start, goal);
      const path = planner.plan(start, goal, (cell) => robots.has(cell));
      if (expected === undefined) unreachable += 1;
      expect(path?.length).toBe(expected);
      if (path) expect(isWalk(width, blocked, start, goal, path)).toBe(true);
    }
    expect(unreachable).toBeGreaterThan(20);
  });
});
