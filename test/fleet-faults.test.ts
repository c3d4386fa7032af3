import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentBrain } from '@meshmind/device-agent';
import { silentLogger } from './support/stack';
import { SHELF_GOAL, blockShelfAisle, dropWhenMoving, startTestFleet } from './support/fleet';

// Four robots of four vendors, eight shelves: each robot owns two shelves, checked one after the other.
const ROBOTS = 4;
const SHELVES = 8;

describe('faults in the fleet: the answer says what was checked and what could not be', () => {
  let brain: AgentBrain;

  beforeAll(async () => {
    brain = await AgentBrain.create({}, silentLogger);
  });
  afterAll(async () => {
    await brain?.close();
  });

  it('hands the shelves of a robot that drops off mid-task to other robots, and says so', async () => {
    const fleet = await startTestFleet({ robots: ROBOTS, shelves: SHELVES, seed: 21, sharedBrain: brain });
    try {
      const result = await fleet.run(SHELF_GOAL, () => void dropWhenMoving(fleet, 'robot-2'));
      expect(fleet.side.coordinator.registry.get('robot-2')!.availability).toBe('offline');
      expect(result.verification.correct).toBe(SHELVES);
      const byRobotTwo = result.goal.subtasks.filter((subtask) => subtask.deviceId === 'robot-2');
      expect(byRobotTwo.length).toBeGreaterThan(0);
      expect(byRobotTwo.every((subtask) => subtask.status === 'failed')).toBe(true);
      for (const shelf of [3, 4]) expect(result.verification.verdicts[shelf - 1]!.deviceId).not.toBe('robot-2');
      expect(result.goal.status).toBe('done');
      expect(result.goal.answer).toContain('Checked 8 of 8 shelves.');
      expect(result.goal.answer).toMatch(/Robot 2 went offline before it finished/);
      expect(result.goal.answer).toMatch(/Robot \d took over shelf 3\./);
    } finally {
      await fleet.stop();
    }
  });

  it('hands over the shelves of a robot whose battery is dead, with the reason in the answer', async () => {
    const fleet = await startTestFleet({ robots: ROBOTS, shelves: SHELVES, seed: 22, sharedBrain: brain });
    try {
      fleet.agents.world.setBattery('robot-3', 0);
      const result = await fleet.run(SHELF_GOAL);
      expect(result.verification.correct).toBe(SHELVES);
      expect(result.goal.subtasks.filter((subtask) => subtask.deviceId === 'robot-3').every((subtask) => subtask.status === 'failed')).toBe(true);
      expect(result.goal.answer).toContain('Checked 8 of 8 shelves.');
      expect(result.goal.answer).toMatch(/Robot 3: .*battery/i);
      expect(result.goal.answer).toMatch(/took over shelf 5\./);
    } finally {
      await fleet.stop();
    }
  });

  it('reports a shelf no robot can reach as not checked, and every other shelf as the simulator has it', async () => {
    const fleet = await startTestFleet({ robots: ROBOTS, shelves: SHELVES, seed: 23, sharedBrain: brain });
    try {
      const unreachable = blockShelfAisle(fleet, 6);
      expect(unreachable).toContain(6);
      const result = await fleet.run(SHELF_GOAL);
      expect(result.verification.missing).toEqual(unreachable);
      expect(result.verification.wrong).toEqual([]);
      expect(result.verification.correct).toBe(SHELVES - unreachable.length);
      expect(result.goal.status).toBe('partial');
      expect(result.goal.answer).toContain(`Checked ${SHELVES - unreachable.length} of 8 shelves.`);
      expect(result.goal.answer).toMatch(new RegExp(`Could not check shelves? ${unreachable.slice(0, -1).join(', ')}.*${unreachable.at(-1)}: .*blocked`));
    } finally {
      await fleet.stop();
    }
  });
});
