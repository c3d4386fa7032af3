import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A conservatory café of our own: two blinds and a roof vent (covers), two lamps, a radio.
// "open the vent and the blinds halfway": the value said once after both objects is both's where
// they are of one kind (foxglove-garden-centre: the roof vents opened fully, the screen halfway).
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const room = { id: 'conservatory', name: 'Conservatory', aliases: [], floor: ground };
const coverApi: PlannerApi = [
  ['open_cover', 'action', 'Opens the cover fully.'],
  ['close_cover', 'action', 'Closes the cover fully.'],
  ['set_position', 'action', 'Moves the cover to the given opening position.', ['position']],
];
const lightApi: PlannerApi = [
  ['turn_on', 'action', 'Switches the light on.'],
  ['turn_off', 'action', 'Switches the light off.'],
  ['set_brightness', 'action', 'Sets the brightness level.', ['brightness']],
];
const playerApi: PlannerApi = [
  ['turn_on', 'action', 'Wakes the player from standby.'],
  ['set_volume', 'action', 'Sets the output volume.', ['volume']],
];

const HOME: PlannerDevice[] = [
  plannerDevice('vent', 'cover', 'Roof Vent', room, ['cover', 'vent'], coverApi),
  plannerDevice('blinds', 'cover', 'Garden Blinds', room, ['cover', 'blind'], coverApi),
  plannerDevice('awning', 'cover', 'Awning', room, ['cover', 'awning'], coverApi),
  plannerDevice('reading', 'light', 'Reading Lamp', room, ['light', 'lamp'], lightApi),
  plannerDevice('pendant', 'light', 'Pendant', room, ['light', 'pendant'], lightApi),
  plannerDevice('radio', 'media_player', 'Radio', room, ['radio'], playerApi),
];

async function texts(planner: BuiltinPlanner, text: string): Promise<Record<string, string> | string> {
  const plan = await planner.plan(text, HOME, {});
  return plan.kind === 'steps' ? Object.fromEntries(plan.steps.map((step) => [step.deviceId, step.text])) : `asks: ${plan.question}`;
}

describe('planner: a value said once after two objects of one kind is both objects\' (#17)', () => {
  const planner = new BuiltinPlanner(wordNet ? { wordNet } : {});

  it.each([
    ['open the roof vent and the garden blinds halfway', 'vent', 'blinds', /halfway/],
    ['open the awning and the roof vent a quarter', 'awning', 'vent', /a quarter/],
    ['turn on the reading lamp and the pendant to 40%', 'reading', 'pendant', /40/],
    ['dim the pendant and the reading lamp to 20 percent', 'pendant', 'reading', /20 percent/],
  ])('"%s": both steps carry the value', async (text, first, second, value) => {
    const said = await texts(planner, text);
    expect(typeof said, String(said)).toBe('object');
    expect((said as Record<string, string>)[first]).toMatch(value);
    expect((said as Record<string, string>)[second]).toMatch(value);
  });

  it('a device of another kind keeps to its own words', async () => {
    const said = (await texts(planner, 'turn on the radio and the reading lamp to 40%')) as Record<string, string>;
    expect(said.radio).not.toMatch(/40/);
    expect(said.reading).toMatch(/40/);
  });

  it('a first object with a value of its own keeps it', async () => {
    const said = (await texts(planner, 'open the roof vent fully and the garden blinds halfway')) as Record<string, string>;
    expect(said.vent).not.toMatch(/halfway/);
    expect(said.blinds).toMatch(/halfway/);
  });

  it('a comma before "and" sets the last object apart with its value', async () => {
    const said = (await texts(planner, 'close the roof vent, and the garden blinds halfway')) as Record<string, string>;
    expect(said.vent).not.toMatch(/halfway/);
  });

  it('two verbs keep their own words', async () => {
    const said = (await texts(planner, 'close the roof vent and open the garden blinds halfway')) as Record<string, string>;
    expect(said.vent).not.toMatch(/halfway/);
    expect(said.blinds).toMatch(/halfway/);
  });
});
