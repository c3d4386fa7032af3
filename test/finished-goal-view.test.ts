import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Stack } from '@meshmind/cli';
import type { GoalView } from '@meshmind/protocol';
import { scenarioFrom, startTestStack } from './support/stack';

// A potting shed of our own: a grow light and a heater.
const SHED = `
name: Potting shed
floors: [ { id: ground, name: Ground floor } ]
areas: [ { id: shed, name: Potting shed, floor: ground } ]
devices:
  - { id: grow_light, type: light, name: Grow light, area: shed, state: { on: false, brightness: 60 } }
  - { id: shed_heater, type: switch, name: Shed heater, area: shed, state: { on: false } }
`;

describe("a goal's finished view, as `wait: true` answers with it (issue #18)", () => {
  let stack: Stack;

  beforeAll(async () => {
    // A first goal meets a cold agent: on a loaded machine that can outlast the test stack's 5 s.
    stack = await startTestStack(scenarioFrom(SHED), { subtaskTimeoutMs: 60_000 });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** Runs a goal; its finished view, the same goal read from the store after it, and how often the goal's row was read meanwhile. */
  async function run(text: string, conversationId?: string): Promise<{ finished: GoalView; stored: GoalView; goalReads: number }> {
    const { goals, store } = stack.coordinator;
    const getGoal = vi.spyOn(store, 'getGoal');
    try {
      const finished = await goals.submit({ text, ...(conversationId ? { conversationId } : {}) }).finished;
      const goalReads = getGoal.mock.calls.length;
      return { finished, stored: goals.view(finished.id)!, goalReads };
    } finally {
      getGoal.mockRestore();
    }
  }

  it('is the goal as stored, without reading back the row the coordinator just answered', async () => {
    const { finished, stored, goalReads } = await run('turn on the grow light', 'shed-talk');
    expect(finished.status).toBe('done');
    expect(finished.subtasks.map((subtask) => subtask.deviceId)).toEqual(['grow_light']);
    expect(finished).toEqual(stored);
    expect(goalReads).toBe(0);
  });

  it('is the goal as stored for a goal over two devices, and for the next turn of a conversation', async () => {
    const both = await run('switch on the shed heater and turn off the grow light', 'shed-talk');
    expect(both.finished.subtasks).toHaveLength(2);
    expect(both.finished).toEqual(both.stored);
    const again = await run('turn it off', 'shed-talk');
    expect(again.finished).toEqual(again.stored);
  });

  it('reads back a goal whose text SQLite does not store as it came (a lone surrogate)', async () => {
    const { finished, stored } = await run('turn on the grow light \ud800');
    expect(finished).toEqual(stored);
    expect(finished.text).not.toContain('\ud800');
  });
});
