import { startFleet, type Fleet, type FleetOptions } from '../../bench/fleet/fleet-runner';
import { silentLogger } from './stack';

export { SHELF_GOAL } from '../../bench/fleet/fleet-runner';
export type { Fleet, FleetRunResult } from '../../bench/fleet/fleet-runner';

/** A warehouse fleet for tests: silent, seeded, generous deadlines (tests assert outcomes, never timings). */
export function startTestFleet(options: Partial<FleetOptions> & { robots: number; seed: number }): Promise<Fleet> {
  return startFleet({ logger: silentLogger, subtaskTimeoutMs: 30_000, ...options });
}

/**
 * Crashes a robot's agent (and halts the robot) the moment the robot first sets off on a task: mid-task
 * by the warehouse's own account. (Waiting for the agent's "executing" stage at the coordinator raced:
 * on a loaded machine that stage can arrive inside the report, after the subtask was done.) The agent's
 * connection is cut in the listener itself, before the robot can reach its shelf and report.
 */
export function dropWhenMoving(fleet: Fleet, robotId: string): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = fleet.agents.world.onRobotChange(robotId, (snapshot) => {
      if (snapshot.status !== 'moving') return;
      unsubscribe();
      void fleet.agents.dropRobot(robotId).then(resolve);
    });
  });
}

/**
 * Closes the aisle in front of a shelf: its access cell and the three each side a robot may read it
 * from. Neighbours share those cells, so it returns every shelf left with no spot to read it from.
 */
export function blockShelfAisle(fleet: Fleet, shelf: number): number[] {
  const world = fleet.agents.world;
  const access = world.layout.shelves[shelf - 1]!.access;
  const blocked = new Set<number>();
  for (let offset = -3; offset <= 3; offset += 1) {
    const x = access.x + offset;
    if (x < 0 || x >= world.width) continue;
    world.blockCell(x, access.y);
    blocked.add(x);
  }
  return world.layout.shelves
    .filter((placement) => placement.access.y === access.y)
    .filter((placement) => [-3, -2, -1, 0, 1, 2, 3].map((offset) => placement.access.x + offset).filter((x) => x >= 0 && x < world.width).every((x) => blocked.has(x)))
    .map((placement) => placement.number);
}
