import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '@meshmind/cli';
import { scenarioFrom, startTestStack, statesOf, waitFor } from './support/stack';

// A flat written for this test: two lamps, a robot vacuum, a garden tap and two lists.
const SCENARIO = `
name: Timed flat
areas: [ { id: study, name: Study }, { id: garden, name: Garden }, { id: hall, name: Hall } ]
devices:
  - { id: desk_lamp, type: light, name: Desk lamp, area: study, state: { on: true } }
  - { id: hall_lamp, type: light, name: Hall lamp, area: hall, state: { on: false } }
  - { id: robot_vacuum, type: vacuum, name: Robot vacuum, area: hall, state: { status: docked, battery: 100 } }
  - { id: garden_tap, type: valve, name: Garden tap, area: garden, state: { valve_state: closed } }
  - { id: jobs_list, type: todo_list, name: Jobs, aliases: [jobs list, jobs], area: hall, state: { items: [fix the gate] } }
  - { id: pantry_list, type: todo_list, name: Pantry, aliases: [pantry list], area: hall, state: { items: [] } }
`;

describe('goals said for later or on a repeat', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startTestStack(scenarioFrom(SCENARIO));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const submit = (text: string) => stack.coordinator.goals.submit({ text }).finished;

  it('waits for a one-off delay, then sends the step without its time, and the device does it', async () => {
    const { goalId } = stack.coordinator.goals.submit({ text: 'switch off the desk lamp in 1 second' });
    await waitFor(() => stack.coordinator.goals.view(goalId)?.subtasks[0]?.status === 'waiting', 5_000, 'the step to be scheduled');
    expect(stack.coordinator.goals.view(goalId)?.subtasks[0]?.text).not.toMatch(/second/);
    const goal = await stack.coordinator.goals.whenFinished(goalId);
    expect(goal?.status).toBe('done');
    expect(statesOf(stack).desk_lamp?.on).toBe(false);
  });

  it('says plainly that it cannot repeat on a schedule, and touches no device', async () => {
    for (const text of ['vacuum the hall every day at noon', 'open the garden tap every morning', 'turn on the hall lamp each evening', 'run the robot vacuum twice a week']) {
      const before = statesOf(stack);
      const goal = await submit(text);
      expect(goal.status, text).not.toBe('done');
      expect(goal.answer, text).toMatch(/repeat/i);
      expect(goal.subtasks, text).toEqual([]);
      expect(statesOf(stack), text).toEqual(before);
    }
  });

  it('adds a repeat said inside a list item as the item\'s words', async () => {
    const weekly = await submit('add water the ferns every friday to the jobs list');
    expect(weekly.status, weekly.answer ?? '').toBe('done');
    expect(statesOf(stack).jobs_list?.items).toContain('water the ferns every friday');
    const daily = await submit('put cod liver oil daily on the pantry list');
    expect(daily.status, daily.answer ?? '').toBe('done');
    expect(statesOf(stack).pantry_list?.items).toEqual(['cod liver oil daily']);
  });

  it('still refuses a repeat for a device that keeps no words, in a home that has lists', async () => {
    const goal = await submit('turn off the desk lamp every night');
    expect(goal.answer).toMatch(/repeat/i);
    expect(goal.subtasks).toEqual([]);
  });

  it('declines a time of day it cannot wait for, and touches no device', async () => {
    for (const text of ['turn on the hall lamp at midnight', 'close the garden tap tonight', 'start the robot vacuum at 9pm']) {
      const before = statesOf(stack);
      const goal = await submit(text);
      expect(goal.status, text).not.toBe('done');
      expect(statesOf(stack), text).toEqual(before);
    }
  });

  it('still runs a span and a plain command', async () => {
    expect((await submit('open the garden tap for 20 minutes')).status).toBe('done');
    expect(statesOf(stack).garden_tap).toMatchObject({ valve_state: 'open' });
    expect((await submit('turn on the hall lamp')).status).toBe('done');
    expect(statesOf(stack).hall_lamp?.on).toBe(true);
  });
});
