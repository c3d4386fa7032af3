import { describe, expect, it } from 'vitest';
import type { SubtaskResult } from '@meshmind/protocol';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { composeAllocationAnswer, inconsistentReadings, planAllocation, readingKind, type AllocatedStep } from '../src/planner/allocation';
import { rankDevices } from '../src/planner/choice';
import type { PlanStep, PlannerDevice, SiteResource } from '../src/planner/planner';

const robotApi = [
  { function: 'move_to_shelf', description: 'Moves to the shelf.', kind: 'action' as const, parameters: ['shelf'], sensitive: false },
  { function: 'identify_vacancies', description: 'Finds vacant slots on a shelf.', kind: 'query' as const, parameters: ['shelf'], sensitive: false },
  { function: 'auto_dock', description: 'Drives to a charging dock.', kind: 'action' as const, parameters: [], sensitive: false },
];

function robot(number: number, state: Record<string, unknown> = {}, extra: Partial<PlannerDevice> = {}): PlannerDevice {
  return {
    id: `robot-${number}`,
    type: 'warehouse_robot',
    name: `Robot ${number}`,
    aliases: [],
    nouns: ['robot'],
    area: null,
    capabilities: robotApi,
    online: true,
    state: { x: 0, y: 0, battery: 80, status: 'idle', emergency_stopped: false, ...state },
    ...extra,
  };
}

const shelves: SiteResource = {
  noun: 'shelf',
  plural: 'shelves',
  ids: [1, 2, 3, 4],
  locations: { 1: { x: 1, y: 9 }, 2: { x: 2, y: 9 }, 3: { x: 3, y: 9 }, 4: { x: 9, y: 9 } },
};
const fleet = [robot(1, { x: 1, y: 2 }), robot(2, { x: 3, y: 2 }), robot(3, { x: 9, y: 2 })];

function steps(text: string, devices = fleet) {
  const plan = planAllocation(text, devices, { resources: [shelves] });
  if (plan?.kind !== 'steps') throw new Error(`no allocation for "${text}"`);
  return plan.steps;
}

describe('a "which" question over site resources', () => {
  it.each([
    ['which shelves have free space?', 'Does shelf 3 have free space?', 'have free space'],
    ['which shelves still have room', 'Does shelf 3 still have room?', 'still have room'],
    ['Which of the shelves are empty?', 'Is shelf 3 empty?', 'are empty'],
  ])('asks "%s" of each shelf as "%s"', (text, third, which) => {
    const planned = steps(text);
    expect(planned.map((step) => step.resource?.id)).toEqual([1, 2, 3, 4]);
    expect(planned[2]!.text).toBe(third);
    expect(planned[2]!.resource?.which).toBe(which);
  });

  it('answers which shelves have it, then shelf by shelf', () => {
    const finished = [[1, [2, 5]], [2, []], [3, 3]].map(([id, value]) => done(shelfStep(id as number, 'have free space'), value));
    expect(composeAllocationAnswer(finished)).toBe('Checked 3 of 3 shelves. Shelves 1 and 3 have free space. Not shelf 2. shelf 1: 2 (2, 5); shelf 2: none; shelf 3: 3.');
  });
});

describe('one resource, or "a robot": the best placed device', () => {
  it('sends the nearest free robot that can act to a single shelf, the next best as stand-ins', () => {
    const [step] = steps('bring a robot to shelf 4');
    expect(step!.deviceId).toBe('robot-3');
    expect(step!.alternatives).toEqual(['robot-2', 'robot-1']);
  });

  it('passes over a stopped, an empty and a busy robot', () => {
    const devices = [robot(1, { x: 9, y: 8, emergency_stopped: true }), robot(2, { x: 9, y: 7, battery: 2 }), robot(3, { x: 9, y: 6 }, { busy: true }), robot(4, { x: 0, y: 0 })];
    expect(rankDevices(devices, { x: 9, y: 9 }).map((device) => device.id)).toEqual(['robot-4', 'robot-3', 'robot-1', 'robot-2']);
    expect(steps('bring a robot to shelf 4', devices)[0]!.deviceId).toBe('robot-4');
  });

  it('gives "send a robot to charge" to one robot, not a question back', async () => {
    const plan = await new BuiltinPlanner().plan('send a robot to charge', [robot(1, { battery: 30 }), robot(2, { battery: 90 })], {});
    expect(plan).toMatchObject({ kind: 'steps', steps: [{ deviceId: 'robot-2', text: 'Send a robot to charge.' }] });
  });

  it('reports what a device did when the steps only act', () => {
    const step = { ...shelfStep(7), text: 'Bring a robot to shelf 7.' };
    expect(composeAllocationAnswer([{ step, deviceName: 'Robot 3', status: 'done', message: 'Robot 3: moved to shelf 7.' }])).toBe('Robot 3: moved to shelf 7.');
  });
});

describe('readings of one question that disagree in kind', () => {
  it('tells amounts from names', () => {
    expect([3, [2, 5], ['2', '5'], ['SKU-1 bolts'], 'open', true, [], null].map(readingKind)).toEqual(['amount', 'amount', 'amount', 'names', 'word', 'yes/no', undefined, undefined]);
  });

  it('names the device whose reading is of another kind than most', () => {
    const finished = [done(shelfStep(1), [2]), done(shelfStep(2), 3), done(shelfStep(3), ['SKU-1 bolts', 'SKU-2 tape'], 'Robot 8'), done(shelfStep(4), [])];
    const misread = inconsistentReadings(finished);
    expect(misread.map(({ entry }) => entry.step.resource?.id)).toEqual([3]);
    expect(misread[0]!.reason).toBe('Robot 8 answered shelf 3 with a list of names where the others gave numbers, so it read the request as something else.');
  });

  it('names nobody without a clear majority', () => {
    expect(inconsistentReadings([done(shelfStep(1), [2]), done(shelfStep(2), ['SKU-1 bolts'])])).toEqual([]);
  });
});

function shelfStep(id: number, which?: string): PlanStep {
  return { id: `s${id}`, deviceId: `robot-${id}`, text: `Does shelf ${id} have free space?`, after: [], resource: { noun: 'shelf', plural: 'shelves', id, ...(which ? { which } : {}) } };
}

function done(step: PlanStep, value: unknown, deviceName = `Robot ${step.resource!.id}`): AllocatedStep {
  const result = { outcome: 'done', message: `${deviceName}: read.`, state: {}, calls: [], value } as unknown as SubtaskResult;
  return { step, deviceName, status: 'done', message: result.message, result };
}
