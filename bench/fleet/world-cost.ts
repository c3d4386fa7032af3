import { createManualClock, createWarehouseFleet } from '@meshmind/devices';

/**
 * What the warehouse simulation alone costs in a shelf check of N robots and N shelves: every robot
 * is sent to read its own shelf (the program the agents write, without agents, broker or
 * coordinator) and the clock advances a simulated second at a time, as bench:fleet's driver does
 * at most, until all have arrived. In bench:fleet the world runs in the process that hosts the N
 * agents, so its CPU is theirs.
 *
 *   npx tsx bench/fleet/world-cost.ts [N=1000]
 */

const robotCount = Number(process.argv[2] ?? 1000);
const clock = createManualClock();
const { world, robots } = createWarehouseFleet({ seed: 1, robots: robotCount, shelves: robotCount, clock });
let stateChanges = 0;
for (const robot of robots) {
  await robot.driver.start();
  robot.driver.onStateChange(() => (stateChanges += 1));
}
let arrived = 0;
const faults: string[] = [];
for (const [index, robot] of robots.entries()) {
  world.identifyVacancies(robot.id, index + 1).then(
    () => (arrived += 1),
    (error: unknown) => faults.push(error instanceof Error ? error.message : String(error)),
  );
}
const cpuBefore = process.cpuUsage();
const startedAt = performance.now();
let simulatedMs = 0;
// A bound, so that a world that never settles still ends: an hour of simulated time.
while (arrived + faults.length < robotCount && simulatedMs < 3_600_000) {
  clock.advance(1000);
  simulatedMs += 1000;
  await new Promise((resolve) => setImmediate(resolve));
}
const cpu = process.cpuUsage(cpuBefore);
world.stop();
for (const fault of faults) console.log(fault);
console.log(
  `N=${robotCount}: ${arrived} arrived, ${faults.length} faults after ${simulatedMs / 1000} simulated s; ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, ${((performance.now() - startedAt) / 1000).toFixed(2)} s wall, ${stateChanges} state changes`,
);
