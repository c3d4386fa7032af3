import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { withoutCourtesyFrame } from '../src/planner/courtesy-frame';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// "would you mind closing the blinds", "would you be so kind as to lower the blinds": the request
// inside the polite frame (foxglove-garden-centre: "lower" after "be so kind as to" tied two
// functions; "mind turning off the floodlights" was read as something to "mind").
const { wordNet } = openWordNet();
const isVerb = (word: string) => wordNet?.isVerb(word) ?? false;

describe('courtesy-frame: the request inside a polite frame', () => {
  it.each([
    ['would you mind closing the blinds', 'close the blinds'],
    ['Would you mind turning off the barn floodlights, thanks', 'turn off the barn floodlights, thanks'],
    ['do you mind putting the kettle on', 'put the kettle on'],
    ['could you mind dimming the lamp', 'dim the lamp'],
    ['mind rolling the awning out', 'roll the awning out'],
  ])('"%s" -> "%s"', (text, expected) => {
    expect(withoutCourtesyFrame(text, isVerb).toLowerCase()).toBe(expected.toLowerCase());
  });

  it.each([
    ['would you be so kind as to lower the cafe blinds', 'lower the cafe blinds'],
    ['could you be kind enough to turn on the kettle', 'turn on the kettle'],
    ['please be good enough to lock the back door', 'lock the back door'],
    ['be so good as to switch the fan off', 'switch the fan off'],
  ])('"%s" -> "%s"', (text, expected) => {
    expect(withoutCourtesyFrame(text, isVerb)).toBe(expected);
  });

  it.each([
    'mind the step by the back door',
    'turn on the kettle',
    'would you mind if I turned the lights on',
    'is the blind as low as it goes',
    'be quiet',
  ])('"%s" has no frame and stays as said', (text) => {
    expect(withoutCourtesyFrame(text, isVerb)).toBe(text);
  });
});

describe('planner: a polite frame sends the device its request alone', () => {
  const room = { id: 'barn', name: 'Barn', aliases: [], floor: { id: 'ground', name: 'Ground floor', aliases: [] } };
  const lightApi: PlannerApi = [['turn_on', 'action', 'Switches the light on.'], ['turn_off', 'action', 'Switches the light off.']];
  const HOME: PlannerDevice[] = [plannerDevice('flood', 'light', 'Barn Floodlights', room, ['light', 'floodlight'], lightApi), plannerDevice('lamp', 'light', 'Desk Lamp', room, ['light', 'lamp'], lightApi)];
  const planner = new BuiltinPlanner(wordNet ? { wordNet } : {});

  it.each([
    ['would you mind turning off the barn floodlights', 'flood', /^Turn off the barn floodlights/],
    ['could you be so kind as to switch on the desk lamp', 'lamp', /^Switch on the desk lamp/],
  ])('"%s"', async (text, device, sent) => {
    const plan = await planner.plan(text, HOME, {});
    expect(plan.kind).toBe('steps');
    const steps = plan.kind === 'steps' ? plan.steps : [];
    expect(steps.map((step) => step.deviceId)).toEqual([device]);
    expect(steps[0]!.text).toMatch(sent);
  });
});
