import { fileURLToPath } from 'node:url';
import { loadSiteScenarioFile, type SimulatedWarehouse, type WarehouseScenario } from '@meshmind/devices';
import type { GoalView, WarehouseWorldView } from '@meshmind/protocol';
import type { Stack } from '@meshmind/cli';

export const WAREHOUSE_SCENARIO_PATH = fileURLToPath(new URL('../../examples/warehouse.yaml', import.meta.url));
export const WIFI_SCENARIO_PATH = fileURLToPath(new URL('../../examples/wifi.yaml', import.meta.url));

export async function loadExampleWarehouse(): Promise<WarehouseScenario> {
  const scenario = await loadSiteScenarioFile(WAREHOUSE_SCENARIO_PATH);
  if (scenario.kind !== 'warehouse') throw new Error(`${WAREHOUSE_SCENARIO_PATH} is not a warehouse`);
  return scenario;
}

/** The stack's warehouse (started from a warehouse scenario). */
export function warehouseOf(stack: Stack): SimulatedWarehouse {
  const site = stack.simulation.site;
  if (site?.kind !== 'warehouse') throw new Error('the stack runs no warehouse');
  return site;
}

export function worldOf(stack: Stack): WarehouseWorldView {
  return warehouseOf(stack).view();
}

/** A shelf's reading as the answer says it: "shelf 3: 2 (2, 5)", "shelf 1: 3", "shelf 12: none". */
export interface AnsweredShelf {
  count: number;
  /** The listed values, when the robot returned a list (slot numbers or item labels). */
  listed?: string[];
}

/** Every "shelf N: ..." reading of an answer, by shelf number. */
export function shelfReadings(answer: string): Map<number, AnsweredShelf> {
  const readings = new Map<number, AnsweredShelf>();
  for (const match of answer.matchAll(/\bshelf (\d+): (none|(\d+)(?: \(([^)]*)\))?)(?=[;.])/g)) {
    const shelf = Number(match[1]);
    if (match[2] === 'none') readings.set(shelf, { count: 0, listed: [] });
    else readings.set(shelf, { count: Number(match[3]), ...(match[4] !== undefined ? { listed: match[4].split(', ') } : {}) });
  }
  return readings;
}

/** Shelves whose reading in the answer differs from the world's vacant slots (count, and slot numbers where listed). */
export function vacancyMismatches(answer: string, world: WarehouseWorldView): string[] {
  const readings = shelfReadings(answer);
  return world.shelves.flatMap((shelf) => {
    const reading = readings.get(shelf.number);
    if (!reading) return [`shelf ${shelf.number}: no reading in the answer`];
    const listedRight = reading.listed === undefined || reading.listed.join(',') === shelf.vacantSlots.join(',');
    return reading.count === shelf.vacantSlots.length && listedRight ? [] : [`shelf ${shelf.number}: answered ${JSON.stringify(reading)}, the world has ${JSON.stringify(shelf.vacantSlots)}`];
  });
}

export function subtaskDevices(goal: GoalView): string[] {
  return goal.subtasks.map((subtask) => subtask.deviceId);
}
