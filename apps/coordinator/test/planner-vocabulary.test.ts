import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';

const hall = { id: 'hall', name: 'Hall', aliases: [], floor: null };
const lightApi = ['turn_on', 'turn_off'].map((fn) => ({ function: fn, description: fn.replace(/_/g, ' '), kind: 'action' as const, parameters: [], sensitive: false }));

function lamp(id: string, name: string, aliases: string[], state: Record<string, unknown> = {}): PlannerDevice {
  return { id, type: 'light', name, aliases, nouns: ['light', 'lamp'], area: hall, capabilities: lightApi, online: true, state };
}

async function targets(planner: BuiltinPlanner, text: string, devices: PlannerDevice[]): Promise<string[]> {
  const plan = await planner.plan(text, devices, {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : [];
}

// The planner keeps the words it reads names and places from between goals: a device renamed,
// given an alias or added in between must be read with its new words at once.
describe('BuiltinPlanner vocabulary between goals', () => {
  it('reads a new alias, a new name and a new device on the next goal', async () => {
    const planner = new BuiltinPlanner();
    const first = [lamp('a', 'Desk lamp', []), lamp('b', 'Piano lamp', [])];
    expect(await targets(planner, 'turn on the desk lamp', first)).toEqual(['a']);
    expect(await targets(planner, 'turn on the reading lamp', first)).toEqual([]);

    const aliased = [lamp('a', 'Desk lamp', []), lamp('b', 'Piano lamp', ['reading lamp'])];
    expect(await targets(planner, 'turn on the reading lamp', aliased)).toEqual(['b']);

    const renamed = [lamp('a', 'Study lamp', []), lamp('b', 'Piano lamp', ['reading lamp'])];
    expect(await targets(planner, 'turn on the study lamp', renamed)).toEqual(['a']);

    const added = [...renamed, lamp('c', 'Sofa lamp', [])];
    expect(await targets(planner, 'turn on the sofa lamp', added)).toEqual(['c']);
  });

  it('gives the same plan when only the state changed', async () => {
    const planner = new BuiltinPlanner();
    const off = [lamp('a', 'Desk lamp', [], { on: false }), lamp('b', 'Piano lamp', [], { on: false })];
    const on = [lamp('a', 'Desk lamp', [], { on: true }), lamp('b', 'Piano lamp', [], { on: false })];
    expect(await planner.plan('turn off the desk lamp', on, {})).toEqual(await planner.plan('turn off the desk lamp', off, {}));
  });
});
