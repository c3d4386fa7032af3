import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoalView } from '@meshmind/protocol';
import type { Stack } from '@meshmind/cli';
import { startTestStack, waitFor } from './support/stack';
import { FREEDICT_PACKAGES, missingFreeDictPackages } from '@meshmind/language';
import { requireSystemPackages } from './support/system-packages';
import { loadExampleWarehouse, shelfReadings, subtaskDevices, vacancyMismatches, warehouseOf, worldOf } from './support/warehouse';

/*
 * examples/warehouse.yaml through the real coordinator, ten real MQTT agents (one per vendor
 * dialect, one shared brain) and the world in wall time at its time scale; every answer is checked
 * against the simulator's ground truth. One stack for the file: the goals run in the order a person
 * would say them, and the emergency stop comes last.
 */

const GOAL_TIMEOUT = 120_000;

// The example fleet mixes vendors whose API notes are German and French: read through FreeDict.
const hasFreeDict = requireSystemPackages('warehouse chat tests', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe.skipIf(!hasFreeDict)('talking to the example warehouse: answers equal the world', () => {
  let stack: Stack;
  const conversationId = randomUUID();
  const say = (text: string): Promise<GoalView> => stack.coordinator.goals.submit({ text, conversationId }).finished;

  beforeAll(async () => {
    stack = await startTestStack(await loadExampleWarehouse(), { subtaskTimeoutMs: 30_000 });
  }, GOAL_TIMEOUT);
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers the paper\'s fleet goal shelf by shelf, equal to the world\'s vacancies', async () => {
    const goal = await say('check if there are vacant positions on the shelves');
    expect(goal.status).toBe('done');
    expect(goal.answer).toContain('Checked 12 of 12 shelves.');
    expect(vacancyMismatches(goal.answer!, worldOf(stack))).toEqual([]);
  }, GOAL_TIMEOUT);

  it.each(['which shelves have free space?', 'which shelves still have room'])('answers "%s" shelf by shelf, naming those with vacant slots', async (text) => {
    const goal = await say(text);
    const world = worldOf(stack);
    expect(goal.subtasks.find((subtask) => subtask.text.includes('shelf 3 '))?.text).toMatch(/^Does shelf 3 (still )?have (free space|room)\?$/);
    expect(vacancyMismatches(goal.answer!, world)).toEqual([]);
    const withRoom = world.shelves.filter((shelf) => shelf.vacantSlots.length > 0).map((shelf) => shelf.number);
    const full = world.shelves.filter((shelf) => shelf.vacantSlots.length === 0).map((shelf) => shelf.number);
    expect(goal.answer).toContain(`Shelves ${withRoom.slice(0, -1).join(', ')} and ${withRoom.at(-1)} ${text.replace(/^which shelves /, '').replace(/\?$/, '')}.`);
    if (full.length > 0) expect(goal.answer).toContain(`Not shelf ${full.join(', ')}.`);
  }, GOAL_TIMEOUT);

  it('lists what the world has on shelf 3 for "what is on shelf 3"', async () => {
    const goal = await say('what is on shelf 3');
    expect(goal.subtasks).toHaveLength(1);
    const items = worldOf(stack).shelves[2]!.items;
    expect(shelfReadings(goal.answer!).get(3)).toEqual({ count: items.length, listed: items });
  }, GOAL_TIMEOUT);

  it('answers "how much battery does each robot have" robot by robot', async () => {
    const goal = await say('how much battery does each robot have');
    const world = worldOf(stack);
    expect(goal.status).toBe('done');
    expect(subtaskDevices(goal)).toEqual(world.robots.map((robot) => robot.id));
    for (const robot of world.robots) {
      const said = new RegExp(`${robot.name}: [^.]*?(\\d+(?:\\.\\d+)?)%`).exec(goal.answer!);
      expect(said, `${robot.name} in "${goal.answer}"`).not.toBeNull();
      // Some vendors report whole percents.
      expect(Math.abs(Number(said![1]) - robot.battery)).toBeLessThanOrEqual(1);
    }
  }, GOAL_TIMEOUT);

  it('sends robot 4 to charge: it drives to a dock and charges', async () => {
    const goal = await say('send robot 4 to charge');
    expect(subtaskDevices(goal)).toEqual(['robot-4']);
    expect(goal.status).toBe('done');
    const world = worldOf(stack);
    const robot = world.robots.find((entry) => entry.id === 'robot-4')!;
    expect(robot.docked).toBe(true);
    expect(world.docks).toContainEqual({ x: robot.x, y: robot.y });
    expect(warehouseOf(stack).fleet.world.robot('robot-4').charging || robot.battery === 100).toBe(true);
  }, GOAL_TIMEOUT);

  it('brings one free robot to shelf 7, the nearest of those that can go', async () => {
    const before = worldOf(stack);
    const goal = await say('bring a robot to shelf 7');
    expect(goal.status).toBe('done');
    expect(goal.subtasks).toHaveLength(1);
    const chosen = goal.subtasks[0]!.deviceId;
    expect(chosen).not.toBe('robot-4'); // charging on its dock, farther than the idle ones
    const after = worldOf(stack);
    expect(after.robots.find((robot) => robot.id === chosen)!.atShelf).toBe(7);
    expect(goal.answer).toContain(after.robots.find((robot) => robot.id === chosen)!.name);
    // Nobody else was sent anywhere.
    for (const robot of before.robots.filter((entry) => entry.id !== chosen && entry.id !== 'robot-4')) {
      expect(after.robots.find((entry) => entry.id === robot.id)).toMatchObject({ x: robot.x, y: robot.y });
    }
  }, GOAL_TIMEOUT);

  it('stops all robots at once without asking, and asks before releasing one again', async () => {
    const stop = await say('stop all robots');
    expect(stop.status).toBe('done');
    expect(stop.subtasks.every((subtask) => subtask.status === 'done')).toBe(true);
    expect(worldOf(stack).robots.every((robot) => robot.status === 'emergency_stopped')).toBe(true);

    const release = await say('release the emergency stop of robot 5');
    expect(release.status).toBe('waiting');
    expect(release.answer).toMatch(/^Robot 5: I need your confirmation to release the emergency stop of the Robot 5\. Shall I go ahead\?$/);
    expect(release.answer).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(worldOf(stack).robots.find((robot) => robot.id === 'robot-5')!.status).toBe('emergency_stopped');

    const confirmed = await say('yes');
    expect(confirmed.status).toBe('done');
    await waitFor(() => worldOf(stack).robots.find((robot) => robot.id === 'robot-5')!.status !== 'emergency_stopped', 10_000, 'robot 5 released');
    expect(worldOf(stack).robots.filter((robot) => robot.status === 'emergency_stopped').map((robot) => robot.id)).toHaveLength(9);
  }, GOAL_TIMEOUT);
});
