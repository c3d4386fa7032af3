import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { viewingQuestion } from '../src/planner/viewing-request';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own: a gatehouse with a doorbell camera that can be switched off and a yard lamp.
const { wordNet } = openWordNet();
const floor = { id: 'ground', name: 'Ground floor', aliases: [] };
const gate = { id: 'gate', name: 'Gate', aliases: [], floor };
const cameraApi: PlannerApi = [
  ['get_snapshot', 'query', 'Returns a still image from the camera.'],
  ['turn_on', 'action', 'Turns the camera on.'],
  ['turn_off', 'action', 'Turns the camera off.'],
];
const lampApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.'], ['turn_off', 'action', 'Turns the light off.']];
function gatehouse(): PlannerDevice[] {
  return [
    plannerDevice('gate_camera', 'camera', 'Gate camera', gate, ['camera'], cameraApi, ['doorbell']),
    plannerDevice('yard_lamp', 'light', 'Yard lamp', gate, ['light', 'lamp'], lampApi),
  ].map((device) => ({ ...device, state: { on: true } }));
}
const planner = new BuiltinPlanner({ wordNet });

describe.skipIf(!wordNet)('planner: the speaker asking to perceive a device asks what it shows', () => {
  it.each([
    'can I have a look at the gate camera',
    'could I see the gate camera?',
    'let me see the doorbell',
    'could we please have a peek at the camera',
    'may I watch the gate camera',
    'can I have a quick glance at the camera',
  ])('"%s" is one question to the camera, never a command', async (text) => {
    const made = await planner.plan(text, gatehouse(), {});
    expect(made.kind).toBe('steps');
    if (made.kind !== 'steps') return;
    expect(made.steps.map((step) => step.deviceId)).toEqual(['gate_camera']);
    expect(made.steps[0]!.question).toBeDefined();
    expect(made.steps[0]!.text).toMatch(/^What does the .* show\?$/);
  });

  it.each([
    ['can I have the yard lamp on', 'The yard lamp on.'],
    ['could I get the yard lamp off', 'The yard lamp off.'],
  ])('"%s" is still a request for what is wanted', async (text, expected) => {
    const made = await planner.plan(text, gatehouse(), {});
    expect(made.kind === 'steps' && made.steps.map((step) => step.text)).toEqual([expected]);
  });

  it('reads the verb of perceiving from WordNet, not from a list', () => {
    const isPerceiving = (verb: string) => wordNet!.verbSenses(verb)[0]?.category === 'perception';
    expect(viewingQuestion('could I observe the hen house camera', isPerceiving)).toBe('what does the hen house camera show?');
    expect(viewingQuestion('could I switch the hen house camera off', isPerceiving)).toBeNull();
    expect(viewingQuestion('turn the camera off', isPerceiving)).toBeNull();
  });
});
