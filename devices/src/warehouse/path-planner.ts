/**
 * A* on a 4-connected grid. Buffers are allocated once per grid and reused with a generation stamp,
 * so a thousand robots planning in one tick allocate nothing but their paths.
 */
export interface PathPlanner {
  /**
   * Cell indices from the cell after `start` to `goal`, or undefined when no path exists.
   * `isBlocked(index)` adds obstacles beyond the fixed ones (robots standing in the way).
   */
  plan(start: number, goal: number, isBlocked?: (index: number) => boolean): Int32Array | undefined;
}

/** Cells the two floods may visit together before they leave the question to A*. */
const POCKET_BUDGET = 256;

export function createPathPlanner(width: number, height: number, isWall: (index: number) => boolean): PathPlanner {
  const size = width * height;
  const cost = new Int32Array(size);
  const cameFrom = new Int32Array(size);
  const seen = new Uint32Array(size);
  const closed = new Uint32Array(size);
  let generation = 0;
  // Binary heap of cell indices ordered by (f, h, index): the index tie-break keeps runs reproducible.
  const heap = new Int32Array(size * 4 + 4);
  const priority = new Float64Array(size);
  let heapSize = 0;

  const before = (a: number, b: number): boolean => priority[a]! < priority[b]! || (priority[a] === priority[b] && a < b);
  const push = (cell: number): void => {
    let position = heapSize++;
    heap[position] = cell;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (!before(heap[position]!, heap[parent]!)) break;
      [heap[position], heap[parent]] = [heap[parent]!, heap[position]!];
      position = parent;
    }
  };
  const pop = (): number => {
    const top = heap[0]!;
    heap[0] = heap[--heapSize]!;
    let position = 0;
    for (;;) {
      const left = 2 * position + 1;
      const right = left + 1;
      let smallest = position;
      if (left < heapSize && before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heapSize && before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === position) break;
      [heap[position], heap[smallest]] = [heap[smallest]!, heap[position]!];
      position = smallest;
    }
    return top;
  };

  // Both ends' sides of the floor, flooded a cell at a time before A*: see `walledOff`.
  const fromStart = { flooded: new Uint32Array(size), queue: new Int32Array(size), head: 0, tail: 0 };
  const fromGoal = { flooded: new Uint32Array(size), queue: new Int32Array(size), head: 0, tail: 0 };
  let floodGeneration = 0;

  /**
   * Whether the start or the goal lies in a small pocket that the other is not in: robots standing
   * around a goal in an aisle, or around a robot, close it off, and A* learns that only after
   * searching every cell it can reach (at 1,000 robots, nine in ten plans of robots waiting to go
   * around others failed, and those searches were most of the simulation's time). The floor's
   * graph is undirected, so two floods, one from each end, a cell at a time each, prove there is
   * no path when one of them runs out of cells first, in a few dozen steps. When they meet, or grow
   * past the budget, A* decides, as before: the answer is the same either way.
   */
  const walledOff = (start: number, goal: number, isBlocked: (index: number) => boolean): boolean => {
    floodGeneration += 1;
    for (const [end, cell] of [[fromStart, start], [fromGoal, goal]] as const) {
      end.queue[0] = cell;
      end.flooded[cell] = floodGeneration;
      end.head = 0;
      end.tail = 1;
    }
    for (let visited = 0; visited < POCKET_BUDGET; visited += 1) {
      const end = visited % 2 === 0 ? fromStart : fromGoal;
      const other = end === fromStart ? fromGoal : fromStart;
      if (end.head === end.tail) return true;
      const current = end.queue[end.head++]!;
      const x = current % width;
      for (let direction = 0; direction < 4; direction += 1) {
        const next = direction === 0 ? (x > 0 ? current - 1 : -1) : direction === 1 ? (x < width - 1 ? current + 1 : -1) : direction === 2 ? current - width : current + width;
        if (next < 0 || next >= size || end.flooded[next] === floodGeneration) continue;
        if (other.flooded[next] === floodGeneration) return false;
        if (isWall(next) || isBlocked(next)) continue;
        end.flooded[next] = floodGeneration;
        end.queue[end.tail++] = next;
      }
    }
    return false;
  };

  return {
    plan(start, goal, isBlocked) {
      if (start === goal) return new Int32Array(0);
      if (isWall(goal) || isBlocked?.(goal)) return undefined;
      if (isBlocked && walledOff(start, goal, isBlocked)) return undefined;
      generation += 1;
      heapSize = 0;
      const goalX = goal % width;
      const goalY = Math.floor(goal / width);
      const heuristic = (cell: number): number => Math.abs((cell % width) - goalX) + Math.abs(Math.floor(cell / width) - goalY);
      cost[start] = 0;
      seen[start] = generation;
      priority[start] = heuristic(start);
      push(start);
      while (heapSize > 0) {
        const current = pop();
        if (closed[current] === generation) continue;
        closed[current] = generation;
        if (current === goal) break;
        const x = current % width;
        const neighbours = [x > 0 ? current - 1 : -1, x < width - 1 ? current + 1 : -1, current - width, current + width];
        for (const next of neighbours) {
          if (next < 0 || next >= size || closed[next] === generation || isWall(next) || isBlocked?.(next)) continue;
          const nextCost = cost[current]! + 1;
          if (seen[next] === generation && cost[next]! <= nextCost) continue;
          seen[next] = generation;
          cost[next] = nextCost;
          cameFrom[next] = current;
          // Ties on f prefer cells nearer the goal, which keeps the frontier narrow on an open floor.
          priority[next] = nextCost + heuristic(next) + heuristic(next) * 1e-6;
          push(next);
        }
      }
      if (closed[goal] !== generation) return undefined;
      const length = cost[goal]!;
      const path = new Int32Array(length);
      for (let cell = goal, position = length - 1; position >= 0; position -= 1) {
        path[position] = cell;
        cell = cameFrom[cell]!;
      }
      return path;
    },
  };
}
