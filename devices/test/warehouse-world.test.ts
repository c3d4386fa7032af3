import { describe, expect, it } from 'vitest';
import { createManualClock, createWarehouse, createWarehouseFleet, type WarehouseWorld } from '../src/index';
import { rejection, settle } from './warehouse-helpers';

function positions(world: WarehouseWorld): string[] {
  return world.robotIds().map((id) => {
    const robot = world.robot(id);
    return `${robot.cellX},${robot.cellY}`;
  });
}

describe('warehouse world', () => {
  it('builds the same shelves, vacancies and robots from the same seed', () => {
    const first = createWarehouse({ seed: 42, robots: 8, shelves: 12 });
    const second = createWarehouse({ seed: 42, robots: 8, shelves: 12 });
    const other = createWarehouse({ seed: 43, robots: 8, shelves: 12 });
    const truth = (world: WarehouseWorld) => Array.from({ length: 12 }, (_, index) => world.inventory.slots(index + 1));
    expect(truth(second)).toEqual(truth(first));
    expect(second.robotIds().map((id) => second.robot(id))).toEqual(first.robotIds().map((id) => first.robot(id)));
    expect(truth(other)).not.toEqual(truth(first));
  });

  it('replays the same trajectories for the same seed and the same orders', () => {
    const run = () => {
      const world = createWarehouse({ seed: 9, robots: 12, shelves: 12 });
      const moves = world.robotIds().map((id, index) => world.moveToShelf(id, 12 - index));
      const trace: string[][] = [];
      for (let tick = 0; tick < 400; tick += 1) {
        world.tick();
        trace.push(positions(world));
      }
      world.stop();
      moves.forEach((move) => move.catch(() => undefined));
      return trace;
    };
    expect(run()).toEqual(run());
  });

  it('never puts two robots in one cell while a crowd crosses to the far shelves', async () => {
    const world = createWarehouse({ seed: 7, robots: 30, shelves: 30 });
    const ids = world.robotIds();
    // Reverse order: robots from the left go right and the other way round, so paths cross.
    const arrivals = ids.map((id, index) => world.moveToShelf(id, 30 - index).then(() => 'arrived', (error: Error) => error.message));
    for (let tick = 0; tick < 3000 && world.activeRobots() > 0; tick += 1) {
      world.tick();
      const cells = positions(world);
      expect(new Set(cells).size).toBe(cells.length);
    }
    expect(await Promise.all(arrivals)).toEqual(ids.map(() => 'arrived'));
    ids.forEach((id, index) => expect(world.robot(id).atShelf).toBe(30 - index));
  });

  it('resolves a move only after simulated time passes and drains the battery on the way', async () => {
    const clock = createManualClock();
    const world = createWarehouse({ seed: 1, robots: 1, shelves: 4, clock });
    const before = world.robot('robot-1');
    let arrived = false;
    const move = world.moveToShelf('robot-1', 1).then(() => {
      arrived = true;
    });
    await Promise.resolve();
    expect(arrived).toBe(false);
    await settle(clock, move);
    const after = world.robot('robot-1');
    expect(after.atShelf).toBe(1);
    expect(after.distanceTravelled).toBeGreaterThan(0);
    expect(after.battery).toBeLessThan(before.battery);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('ends a navigation exactly on the requested point', async () => {
    const clock = createManualClock();
    const world = createWarehouse({ seed: 1, robots: 2, shelves: 4, clock });
    await settle(clock, world.navigate('robot-1', 4.4, 1.2));
    expect(world.robot('robot-1')).toMatchObject({ x: 4.4, y: 1.2, cellX: 4, cellY: 1 });
  });

  it('fails a move with E_DEVICE_FAULT when the battery is dead', async () => {
    const world = createWarehouse({ seed: 1, robots: 1, shelves: 4 });
    world.setBattery('robot-1', 0);
    const error = await rejection(world.moveToShelf('robot-1', 2));
    expect(error).toMatchObject({ code: 'E_DEVICE_FAULT', message: expect.stringMatching(/battery is empty/) });
    expect(world.robot('robot-1').status).toBe('battery_empty');
  });

  it('stops where the battery runs out mid-move', async () => {
    const clock = createManualClock();
    const world = createWarehouse({ seed: 1, robots: 1, shelves: 4, clock, batteryDrainPerMetre: 1 });
    world.setBattery('robot-1', 2);
    const error = await rejection(settle(clock, world.moveToShelf('robot-1', 1)));
    expect(error).toMatchObject({ code: 'E_DEVICE_FAULT', message: expect.stringMatching(/battery ran empty/) });
    expect(world.robot('robot-1')).toMatchObject({ battery: 0, distanceTravelled: 2, atShelf: 0 });
  });

  it('docks and charges back to full', async () => {
    const clock = createManualClock();
    const world = createWarehouse({ seed: 1, robots: 1, shelves: 4, clock });
    world.setBattery('robot-1', 50);
    await settle(clock, world.dock('robot-1'));
    expect(world.robot('robot-1')).toMatchObject({ docked: true, charging: true, status: 'charging' });
    clock.advance(120_000);
    expect(world.robot('robot-1')).toMatchObject({ battery: 100, charging: false, docked: true });
    expect(clock.pendingTimers()).toBe(0);
  });

  it('plans around a cell blocked on its path and still arrives', async () => {
    const clock = createManualClock();
    const world = createWarehouse({ seed: 1, robots: 1, shelves: 4, clock });
    const start = world.robot('robot-1');
    const move = world.navigate('robot-1', start.cellX, world.height - 3);
    // Close the cell straight ahead after the robot committed to its path.
    world.blockCell(start.cellX, start.cellY + 1);
    await settle(clock, move);
    expect(world.robot('robot-1')).toMatchObject({ cellX: start.cellX, cellY: world.height - 3 });
  });

  it('fails with E_DEVICE_FAULT when every way to the target is blocked', async () => {
    const world = createWarehouse({ seed: 1, robots: 1, shelves: 4 });
    const target = { x: 0, y: 0 };
    world.blockCell(1, 0);
    world.blockCell(0, 1);
    const error = await rejection(world.navigate('robot-1', target.x, target.y));
    expect(error).toMatchObject({ code: 'E_DEVICE_FAULT', message: expect.stringMatching(/unreachable/) });
  });

  it('refuses to drive into a shelf', async () => {
    const world = createWarehouse({ seed: 1, robots: 1, shelves: 4 });
    const shelf = world.layout.shelves[0]!.cell;
    expect(await rejection(world.navigate('robot-1', shelf.x, shelf.y))).toMatchObject({ code: 'E_DEVICE_FAULT', message: expect.stringMatching(/inside shelf 1/) });
  });

  it('tolerates a robot that stops mid-task: its call is cancelled and the others drive around it', async () => {
    const clock = createManualClock();
    const { world, robots } = createWarehouseFleet({ seed: 4, robots: 2, shelves: 8, clock, dialects: ['python-en'] });
    const [dropped, other] = robots as [(typeof robots)[0], (typeof robots)[0]];
    await dropped.driver.start();
    const droppedMove = dropped.driver.call('move_to_target_shelf', { shelf_number: 8 });
    clock.advance(3000);
    await dropped.driver.stop();
    expect(await rejection(droppedMove)).toMatchObject({ code: 'E_CANCELLED' });
    const stoppedAt = world.robot(dropped.id);
    expect(stoppedAt.status).toBe('idle');
    await expect(dropped.driver.call('read_battery_charge', {})).rejects.toMatchObject({ code: 'E_DEVICE_FAULT' });
    // The other robot takes the same route, where the dropped one now stands in the way.
    await settle(clock, other.driver.call('move_to_target_shelf', { shelf_number: 8 }));
    expect(world.robot(other.id).atShelf).toBe(8);
    expect(world.robot(dropped.id)).toMatchObject({ cellX: stoppedAt.cellX, cellY: stoppedAt.cellY });
  });

  it('keeps no timer while idle and cancels every move on stop', async () => {
    const clock = createManualClock();
    const world = createWarehouse({ seed: 1, robots: 3, shelves: 3, clock });
    expect(clock.pendingTimers()).toBe(0);
    const move = world.moveToShelf('robot-2', 3);
    expect(clock.pendingTimers()).toBe(1);
    world.stop();
    expect(await rejection(move)).toMatchObject({ code: 'E_CANCELLED' });
    expect(clock.pendingTimers()).toBe(0);
  });

  it('rejects bad options and unknown robots with coded errors', () => {
    expect(() => createWarehouse({ seed: 1, robots: 0, shelves: 1 })).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
    expect(() => createWarehouse({ seed: 1, robots: 1, shelves: 1.5 })).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
    expect(() => createWarehouse({ seed: Number.NaN, robots: 1, shelves: 1 })).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
    expect(() => createWarehouse({ seed: 1, robots: 1, shelves: 1, vacancyRate: 2 })).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
    const world = createWarehouse({ seed: 1, robots: 1, shelves: 1 });
    expect(() => world.robot('robot-9')).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_DEVICE' }));
    expect(() => world.vacantSlots(2)).toThrow(expect.objectContaining({ code: 'E_ARGUMENT_OUT_OF_RANGE' }));
  });

  it('builds 1,000 robots and 1,000 shelves and runs ticks with all of them on the move', async () => {
    const fleet = createWarehouseFleet({ seed: 1000, robots: 1000, shelves: 1000 });
    expect(fleet.robots).toHaveLength(1000);
    const moves = fleet.robots.map((robot, index) => fleet.world.moveToShelf(robot.id, 1000 - index).catch((error: Error) => error));
    fleet.world.tick(30);
    const cells = positions(fleet.world);
    expect(new Set(cells).size).toBe(1000);
    expect(fleet.world.activeRobots()).toBe(1000);
    fleet.world.stop();
    expect((await Promise.all(moves)).every((outcome) => (outcome as { code?: string }).code === 'E_CANCELLED')).toBe(true);
    // Ten vendors, ten shared description objects.
    expect(new Set(fleet.robots.map((robot) => robot.description)).size).toBe(10);
  });
});
