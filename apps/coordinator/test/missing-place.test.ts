import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { nearestArea } from '../src/planner/missing-place';
import type { Plan, PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own: a smallholding cottage with a garden, a scullery with only a kettle and a
// washer, a snug with a lamp and a loft with a lamp. No orchard, no cellar, no light in the scullery.
const { wordNet } = openWordNet();
const floor = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor });
const garden = area('garden', 'Garden');
const scullery = area('scullery', 'Scullery');
const snug = area('snug', 'Snug');
const loft = area('loft', 'Loft');

const plugApi: PlannerApi = [['turn_on', 'action', 'Switches the socket on.'], ['turn_off', 'action', 'Switches the socket off.']];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.'], ['set_color_temperature', 'action', 'Sets the colour temperature of the light.', ['kelvin']]];
const LIGHT_NOUNS = ['light', 'lights', 'lamp'];

function cottage(): PlannerDevice[] {
  return [
    plannerDevice('kettle', 'switch', 'Kettle', scullery, ['switch', 'plug'], plugApi),
    plannerDevice('washer', 'switch', 'Washer', scullery, ['switch', 'plug'], plugApi),
    plannerDevice('garden_lantern', 'light', 'Garden lantern', garden, LIGHT_NOUNS, lightApi),
    plannerDevice('snug_lamp', 'light', 'Snug lamp', snug, LIGHT_NOUNS, lightApi),
    plannerDevice('loft_lamp', 'light', 'Loft lamp', loft, LIGHT_NOUNS, lightApi),
  ].map((device) => ({ ...device, state: { on: false } }));
}

const planner = new BuiltinPlanner({ wordNet });
const plan = (text: string): Promise<Plan> => planner.plan(text, cottage(), {});

describe.skipIf(!wordNet)('planner: a place the home has no device in is said, never acted elsewhere', () => {
  it.each(['turn on the lights in the orchard', 'switch the lamps on in the orchard', 'put the light on in the orchard please'])('"%s" says there is no device in the orchard, names the garden and asks which light', async (text) => {
    const made = await plan(text);
    expect(made.kind).toBe('clarify');
    if (made.kind !== 'clarify') return;
    expect(made.question).toMatch(/no device in the orchard/);
    expect(made.question).toMatch(/nearest place it has is the Garden/);
    expect(made.question).toMatch(/Which (light|lamp)/);
    expect(made.pending.text).not.toMatch(/orchard/);
  });

  it('names no nearest place where none of the home is near in meaning', async () => {
    const made = await plan('turn off the lamp in the greenhouse');
    expect(made.kind === 'clarify' && made.question).toMatch(/^There is no device in the greenhouse in this home\. Which lamp/);
  });

  it('plans the request again with the device picked, without the missing place', async () => {
    const asked = await plan('turn on the lights in the orchard');
    if (asked.kind !== 'clarify') throw new Error('expected a question');
    const answered = await planner.plan('the garden lantern', cottage(), { pendingClarification: asked.pending });
    expect(answered.kind === 'steps' && answered.steps.map((step) => [step.deviceId, step.text])).toEqual([['garden_lantern', 'Turn on the lights.']]);
  });

  it('reads the nearest area by WordNet: an orchard is a garden, a cellar is a floor as a loft is', () => {
    const ancestors = (noun: string) => wordNet!.nounAncestors(noun);
    expect(nearestArea('orchard', cottage(), ancestors)).toBe('Garden');
    expect(nearestArea('cellar', cottage(), ancestors)).toBe('Loft');
    expect(nearestArea('greenhouse', cottage(), ancestors)).toBeNull();
  });
});

describe.skipIf(!wordNet)('planner: a kind the named room has none of is said, never the devices there that can be switched', () => {
  it.each(['turn on the lights in the scullery', 'lights off in the scullery', 'switch the scullery lamp on', 'is the light on in the scullery?'])('"%s" reaches neither the kettle nor the washer', async (text) => {
    const made = await plan(text);
    if (made.kind === 'steps') {
      expect(made.steps.map((step) => step.deviceId)).not.toContain('kettle');
      expect(made.steps.map((step) => step.deviceId)).not.toContain('washer');
    }
  });

  it('says there is no light in the scullery and asks which light', async () => {
    const made = await plan('turn on the lights in the scullery');
    expect(made.kind === 'clarify' && made.question).toMatch(/^There is no light in the Scullery\. Which light do you mean: .*Garden lantern/);
  });

  it('still reaches the lights of a room that has them', async () => {
    const made = await plan('turn on the lights in the snug');
    expect(made.kind === 'steps' && made.steps.map((step) => step.deviceId)).toEqual(['snug_lamp']);
  });

  it('still lets a property word of a device in the room reach it', async () => {
    const made = await plan('set the colour temperature in the snug to 3000 kelvin');
    expect(made.kind === 'steps' && made.steps.map((step) => step.deviceId)).toEqual(['snug_lamp']);
  });
});
