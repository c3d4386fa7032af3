import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROBOT_DIALECTS } from '@meshmind/devices';
import type { SubtaskView } from '@meshmind/protocol';
import { SHELF_GOAL, startTestFleet, type Fleet } from './support/fleet';

/**
 * One subtask per shelf, then only stand-ins for shelves whose robot declined: a robot whose
 * document cannot tell what is meant asks instead of guessing (without the Debian FreeDict packages
 * the German and French vendors' documents are read from their identifiers alone), and its shelf goes
 * to a robot of another vendor. Never a second subtask for a shelf that was done.
 */
function expectOnlyHandOversOfDeclined(subtasks: readonly SubtaskView[], shelves: number): void {
  const planned = subtasks.slice(0, shelves);
  expect(new Set(planned.map((subtask) => subtask.text)).size).toBe(shelves);
  for (const standIn of subtasks.slice(shelves)) {
    const declined = planned.find((subtask) => subtask.text === standIn.text);
    expect(declined?.status, standIn.text).toBe('not_executable');
    expect(standIn.deviceId).not.toBe(declined?.deviceId);
  }
}

describe('the shelf check on a 10-robot fleet of ten vendors', () => {
  let fleet: Fleet;

  beforeAll(async () => {
    fleet = await startTestFleet({ robots: 10, seed: 11 });
  });
  afterAll(async () => {
    await fleet?.stop();
  });

  it('has one robot of every vendor dialect, each registered online', () => {
    expect(new Set(fleet.agents.robots.map((robot) => robot.dialect))).toEqual(new Set(ROBOT_DIALECTS.map((dialect) => dialect.id)));
    expect(fleet.side.coordinator.registry.list().every((device) => device.availability === 'online')).toBe(true);
  });

  it('gives every robot one shelf in one sentence and reports vacancies equal to the simulator', async () => {
    const result = await fleet.run(SHELF_GOAL);
    expect(result.goal.status).toBe('done');
    const planned = result.goal.subtasks.slice(0, 10);
    expect(planned.map((subtask) => subtask.text)).toEqual(Array.from({ length: 10 }, (_, index) => `Check if there are vacant positions on shelf ${index + 1}.`));
    expect(new Set(planned.map((subtask) => subtask.deviceId)).size).toBe(10);
    expectOnlyHandOversOfDeclined(result.goal.subtasks, 10);
    expect(result.verification.missing).toEqual([]);
    expect(result.verification.wrong).toEqual([]);
    expect(result.verification.correct).toBe(10);
    expect(result.goal.answer).toContain('Checked 10 of 10 shelves.');
  });

  // Only the plan is asserted: how well each vendor's retrieval reads "free space" is the rag suite's business.
  it('spreads "check every shelf for free space" the same way, in the person\'s words', async () => {
    const { goal } = await fleet.run('check every shelf for free space');
    expect(goal.subtasks.map((subtask) => subtask.text)[2]).toBe('Check shelf 3 for free space.');
    expect(new Set(goal.subtasks.map((subtask) => subtask.deviceId)).size).toBe(10);
  });
});

describe('the shelf check on a 100-robot fleet', () => {
  it('reports every shelf as the simulator has it', async () => {
    // A deadline that a loaded 2-core machine cannot overrun: a subtask that times out is handed to a
    // stand-in (more subtasks than shelves), which is the fleet working as designed, not what this tests.
    const fleet = await startTestFleet({ robots: 100, seed: 5, subtaskTimeoutMs: 150_000 });
    try {
      const result = await fleet.run(SHELF_GOAL);
      expectOnlyHandOversOfDeclined(result.goal.subtasks, 100);
      expect(result.verification.missing).toEqual([]);
      expect(result.verification.wrong).toEqual([]);
      expect(result.verification.correct).toBe(100);
    } finally {
      await fleet.stop();
    }
  }, 400_000);
});
