import { MeshmindError, type DeviceDescription } from '@meshmind/protocol';
import type { DeviceDriver } from '../driver';
import { createRobotDriver } from './robot-driver';
import { ROBOT_DIALECTS } from './robot-dialects';
import { findRobotDialect } from './robot-description';
import { createSeededRandom } from './seeded-random';
import { createWarehouse, type WarehouseWorld } from './warehouse-world';
import type { WarehouseOptions } from './warehouse-options';

export interface WarehouseFleetOptions extends WarehouseOptions {
  /**
   * Which vendor each robot comes from: 'round-robin' over all ten (the default), 'seeded' (a
   * choice drawn from the seed), or a list of dialect ids used round-robin.
   */
  dialects?: 'round-robin' | 'seeded' | readonly string[];
}

export interface FleetRobot {
  /** Device id, usable as an MQTT topic segment: robot-1, robot-2, ... */
  id: string;
  name: string;
  dialect: string;
  vendor: string;
  description: DeviceDescription;
  driver: DeviceDriver;
}

export interface WarehouseFleet {
  world: WarehouseWorld;
  robots: FleetRobot[];
}

function chooseDialects(options: WarehouseFleetOptions): string[] {
  const all = ROBOT_DIALECTS.map((dialect) => dialect.id);
  const choice = options.dialects ?? 'round-robin';
  if (choice === 'round-robin') return Array.from({ length: options.robots }, (_, index) => all[index % all.length]!);
  if (choice === 'seeded') {
    // Its own stream, so the vendor mix never shifts the shelves' contents for the same seed.
    const random = createSeededRandom(options.seed * 31 + 7);
    return Array.from({ length: options.robots }, () => random.pick(all));
  }
  if (!Array.isArray(choice) || choice.length === 0) {
    throw new MeshmindError('E_CONFIG_INVALID', `dialects must be 'round-robin', 'seeded' or a non-empty list of ids (${all.join(', ')})`);
  }
  for (const id of choice) {
    if (typeof id !== 'string' || !all.includes(id)) throw new MeshmindError('E_CONFIG_INVALID', `unknown robot dialect ${JSON.stringify(id)}; known: ${all.join(', ')}`);
  }
  return Array.from({ length: options.robots }, (_, index) => choice[index % choice.length]!);
}

/**
 * A warehouse and one driver per robot, each in its vendor's dialect. A fleet runner starts one
 * device agent per entry of `robots` with that entry's `id`, `description` and `driver`.
 */
export function createWarehouseFleet(options: WarehouseFleetOptions): WarehouseFleet {
  const world = createWarehouse(options);
  const dialects = chooseDialects(options);
  const robots = world.robotIds().map((id, index): FleetRobot => {
    const dialect = findRobotDialect(dialects[index]!);
    const driver = createRobotDriver({ world, robotId: id, dialectId: dialect.id });
    return { id, name: `Robot ${index + 1}`, dialect: dialect.id, vendor: dialect.vendor, description: driver.description, driver };
  });
  return { world, robots };
}
