import { describe, expect, it } from 'vitest';
import { DeviceDescriptionSchema, createValidator } from '@meshmind/protocol';
import {
  ROBOT_DIALECTS,
  ROBOT_DIALECT_BINDINGS,
  RELEASE_EMERGENCY_STOP,
  createManualClock,
  createWarehouseFleet,
  robotApiDocument,
  validateDeviceState,
  type FleetRobot,
  type RobotOperation,
} from '../src/index';
import { rejection, settle } from './warehouse-helpers';

const descriptionValidator = createValidator(DeviceDescriptionSchema);

function operationOf(robot: FleetRobot, functionName: string): RobotOperation {
  return ROBOT_DIALECT_BINDINGS[robot.dialect]?.[functionName]?.function ?? RELEASE_EMERGENCY_STOP;
}

function functionFor(robot: FleetRobot, operation: RobotOperation) {
  const fn = robot.description.functions.find((candidate) => operationOf(robot, candidate.name) === operation);
  if (!fn) throw new Error(`${robot.dialect} has no ${operation}`);
  return fn;
}

/** Arguments for a canonical operation, named as the robot's dialect names them. */
function argumentsFor(robot: FleetRobot, operation: RobotOperation): Record<string, unknown> {
  const byOperation: Partial<Record<RobotOperation, Record<string, unknown>>> = {
    set_speed: { speed: 1.5 },
    navigate_to: { x: 0.4, y: 1 },
    set_camera_angle: { angle: 30 },
    connect_wifi: { ssid: 'warehouse-guest', password: 'welcome-guest' },
    enable_access_point: { ssid: 'robot-hotspot', password: 'shelf-scan-1' },
    move_to_shelf: { shelf: 2 },
    identify_vacancies: { shelf: 2 },
    scan_shelf_items: { shelf: 2 },
  };
  const canonical = byOperation[operation] ?? {};
  const names = ROBOT_DIALECT_BINDINGS[robot.dialect]?.[functionFor(robot, operation).name]?.arguments ?? {};
  return Object.fromEntries(Object.entries(names).map(([dialectName, canonicalName]) => [dialectName, canonical[canonicalName]]));
}

const cases = ROBOT_DIALECTS.flatMap((dialect) => {
  const probe = createWarehouseFleet({ seed: 1, robots: 1, shelves: 4, dialects: [dialect.id] }).robots[0]!;
  return probe.description.functions.map((fn) => [`${dialect.id}.${fn.name}`, dialect.id, fn.name] as const);
});

describe('robot drivers in every vendor dialect', () => {
  it('offers the fifteen functions of the paper plus a release of the emergency stop, per dialect', () => {
    expect(cases).toHaveLength(ROBOT_DIALECTS.length * 16);
  });

  it.each(cases)('%s runs and its declared effects hold', async (_label, dialectId, functionName) => {
    const clock = createManualClock();
    const { world, robots } = createWarehouseFleet({ seed: 3, robots: 1, shelves: 4, dialects: [dialectId], clock });
    const robot = robots[0]!;
    await robot.driver.start();
    const operation = operationOf(robot, functionName);
    if (operation === RELEASE_EMERGENCY_STOP) world.emergencyStop(robot.id);
    const args = argumentsFor(robot, operation);
    const result = await settle(clock, robot.driver.call(functionName, args));
    const state = robot.driver.getState();
    expect(validateDeviceState(robot.description, state).ok).toBe(true);
    const fn = robot.description.functions.find((candidate) => candidate.name === functionName)!;
    for (const effect of fn.effects ?? []) {
      const expected = effect.parameter === undefined ? effect.value : args[effect.parameter];
      expect(state[effect.key], `${functionName} effect on ${effect.key}`).toEqual(expected);
    }
    if (fn.kind === 'action' && operation !== 'capture_photo') expect([1, true, null]).toContainEqual(result);
    await robot.driver.stop();
    // A docked robot keeps charging after its agent left; stopping the world leaves no timer behind.
    world.stop();
    expect(clock.pendingTimers()).toBe(0);
  });

  it('derives each description from its dialect: names, argument names and notes in the vendor language', () => {
    const { robots } = createWarehouseFleet({ seed: 1, robots: 10, shelves: 10 });
    for (const robot of robots) {
      expect(descriptionValidator.validate(robot.description).ok, robot.dialect).toBe(true);
      const document = robotApiDocument(robot.dialect);
      expect(robot.description.functions.map((fn) => fn.name)).toEqual(document.map((entry) => entry.name));
      for (const [index, fn] of robot.description.functions.entries()) {
        expect(fn.description).toBe(document[index]!.notes);
        expect(fn.parameters.map((parameter) => parameter.name)).toEqual(document[index]!.input_argument);
      }
    }
    const chinese = robots.find((robot) => robot.dialect === 'c-zh')!;
    expect(functionFor(chinese, 'move_to_shelf')).toMatchObject({ name: 'move_to_shelf', parameters: [{ name: 'num', type: 'integer', minimum: 1, maximum: 10 }] });
    expect(functionFor(chinese, 'move_to_shelf').description).toMatch(/货架/);
  });

  it('marks only the release of the emergency stop as sensitive', () => {
    const { robots } = createWarehouseFleet({ seed: 1, robots: 10, shelves: 2 });
    for (const robot of robots) {
      const sensitive = robot.description.functions.filter((fn) => fn.sensitive).map((fn) => operationOf(robot, fn.name));
      expect(sensitive).toEqual([RELEASE_EMERGENCY_STOP]);
    }
  });

  it('answers in each vendor convention: 1 in C, true in Python, nil error in Go, counts or lists of slots', async () => {
    const clock = createManualClock();
    const { world, robots } = createWarehouseFleet({ seed: 5, robots: 3, shelves: 3, dialects: ['c-zh', 'python-en', 'go-en'], clock });
    const [c, python, go] = robots as [FleetRobot, FleetRobot, FleetRobot];
    expect(await settle(clock, c.driver.call('move_to_shelf', { num: 1 }))).toBe(1);
    expect(await settle(clock, python.driver.call('move_to_target_shelf', { shelf_number: 2 }))).toBe(true);
    expect(await settle(clock, go.driver.call('NavigateToShelf', { shelfNum: 3 }))).toBeNull();
    expect(await c.driver.call('check_vacancy', { num: 1 })).toBe(world.vacantSlots(1).length);
    expect(await python.driver.call('identify_vacant_positions', { shelf_number: 2 })).toEqual(world.vacantSlots(2));
    expect(await go.driver.call('FindVacancies', { shelfNum: 3 })).toEqual(world.vacantSlots(3));
    expect(await c.driver.call('get_location', {})).toEqual({ x: world.robot(c.id).x, y: world.robot(c.id).y });
    expect(await python.driver.call('estimate_current_position', {})).toEqual([world.robot(python.id).x, world.robot(python.id).y]);
    expect(await c.driver.call('scan_shelf', { num: 1 })).toEqual(world.inventory.items(1));
  });

  it('reports exactly the vacant slots of the ground truth when N robots check N shelves', async () => {
    const clock = createManualClock();
    const { world, robots } = createWarehouseFleet({ seed: 11, robots: 10, shelves: 10, dialects: ['python-zh'], clock });
    const reports = await settle(clock, Promise.all(robots.map((robot, index) => robot.driver.call('find_empty_slots', { shelf_num: index + 1 }))));
    expect(reports).toEqual(robots.map((_, index) => world.vacantSlots(index + 1)));
    for (const [index, robot] of robots.entries()) expect(robot.driver.getState()).toMatchObject({ at_shelf: index + 1, last_checked_shelf: index + 1 });
  });

  it('refuses unknown functions, bad arguments and out-of-range shelves with coded errors', async () => {
    const { robots } = createWarehouseFleet({ seed: 1, robots: 1, shelves: 5, dialects: ['python-de'] });
    const robot = robots[0]!;
    await expect(robot.driver.call('fly_away', {})).rejects.toMatchObject({ code: 'E_UNKNOWN_FUNCTION' });
    await expect(robot.driver.call('bewege_zu_regal', { regal_nummer: 6 })).rejects.toMatchObject({ code: 'E_ARGUMENT_OUT_OF_RANGE' });
    await expect(robot.driver.call('bewege_zu_regal', { shelf: 2 })).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT' });
    await expect(robot.driver.call('mit_wlan_verbinden', { netzname: 'warehouse-ops', passwort: 'wrong' })).rejects.toMatchObject({ code: 'E_DEVICE_FAULT' });
    expect(() => createWarehouseFleet({ seed: 1, robots: 1, shelves: 1, dialects: ['cobol-en'] })).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
  });

  it('abandons a move on emergency stop and refuses to drive until the stop is released', async () => {
    const clock = createManualClock();
    const { robots } = createWarehouseFleet({ seed: 2, robots: 1, shelves: 8, dialects: ['java-en'], clock });
    const robot = robots[0]!;
    const move = robot.driver.call('moveToShelf', { shelfNum: 8 });
    clock.advance(1500);
    expect(await robot.driver.call('emergencyHalt', {})).toBe(true);
    expect(await rejection(move)).toMatchObject({ code: 'E_DEVICE_FAULT', message: expect.stringMatching(/emergency stop/) });
    expect(robot.driver.getState()).toMatchObject({ emergency_stopped: true, status: 'emergency_stopped' });
    await expect(robot.driver.call('moveToShelf', { shelfNum: 8 })).rejects.toMatchObject({ code: 'E_DEVICE_FAULT', message: expect.stringMatching(/release/) });
    await robot.driver.call('resumeFromEmergencyHalt', {});
    expect(await settle(clock, robot.driver.call('moveToShelf', { shelfNum: 8 }))).toBe(true);
  });

  it('mixes vendors round-robin by default and by seed on request', () => {
    const roundRobin = createWarehouseFleet({ seed: 1, robots: 12, shelves: 1 }).robots.map((robot) => robot.dialect);
    expect(roundRobin.slice(0, 10)).toEqual(ROBOT_DIALECTS.map((dialect) => dialect.id));
    expect(roundRobin.slice(10)).toEqual(roundRobin.slice(0, 2));
    const seeded = (seed: number) => createWarehouseFleet({ seed, robots: 20, shelves: 1, dialects: 'seeded' }).robots.map((robot) => robot.dialect);
    expect(seeded(4)).toEqual(seeded(4));
    expect(new Set(seeded(4)).size).toBeGreaterThan(3);
  });
});
