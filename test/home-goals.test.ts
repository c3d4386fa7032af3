import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '@meshmind/cli';
import { changedDevices, loadHome, startTestStack, statesOf } from './support/stack';

/**
 * Goals a person says to the example home, each checked by the device states it leaves (and by
 * the answer, for questions and for what the assistant must say). Every goal starts from the
 * scenario's initial states, as its own conversation unless it has several turns.
 */
interface GoalCase {
  category: string;
  say: string[];
  from?: string;
  /** State patches applied before the goal (the world as it is at that moment). */
  given?: Record<string, Record<string, unknown>>;
  /** Devices that must change, with the state fields they must end with; every other device stays as it was. */
  expect?: Record<string, Record<string, unknown>>;
  /** What the last answer must say (case-insensitive). */
  answer?: RegExp;
}

const CASES: GoalCase[] = [
  // Devices by name and alias
  { category: 'name', say: ['turn on the kitchen light'], expect: { kitchen_light: { on: true } } },
  { category: 'name', say: ['switch on the coffee machine'], expect: { coffee_machine_plug: { on: true } } },
  { category: 'name', say: ['turn on the bedroom fan'], expect: { bedroom_fan: { on: true } } },
  { category: 'name', say: ['close the office blinds'], expect: { office_blinds: { position: 0 } } },
  { category: 'name', say: ['turn on the garden lights'], expect: { garden_lights: { on: true } } },
  { category: 'alias', say: ['switch on the reading lamp'], expect: { living_room_floor_lamp: { on: true } } },
  { category: 'alias', say: ['turn on the telly'], expect: { living_room_tv: { on: true } } },
  { category: 'alias', say: ['turn on the patio lights'], expect: { garden_lights: { on: true } } },
  { category: 'alias', say: ['turn on the night light'], expect: { bedroom_bedside_lamp: { on: true } } },
  // Kinds of device in places
  { category: 'area', say: ['turn on the lights in the kitchen'], expect: { kitchen_light: { on: true } } },
  { category: 'area', say: ['turn on the light in the bathroom'], expect: { bathroom_light: { on: true } } },
  { category: 'area', say: ['open the blinds in the bedroom'], expect: { bedroom_blinds: { position: 100 } } },
  { category: 'area', say: ['turn on the lights in the lounge'], expect: { living_room_ceiling_light: { on: true }, living_room_floor_lamp: { on: true } } },
  { category: 'area', say: ['set the bedroom to 19 degrees'], expect: { bedroom_thermostat: { target_temperature: 19 } } },
  // The mission's own example: "the blinds" are all of them, and only the thermostat takes "19 degrees".
  {
    category: 'compound',
    say: ['close the blinds and set the bedroom to 19 degrees'],
    expect: { living_room_blinds: { position: 0 }, office_blinds: { position: 0 }, bedroom_thermostat: { target_temperature: 19 } },
    answer: /^(?!.*not everything).*bedroom thermostat: set to 19/,
  },
  // Groups and quantifiers
  { category: 'group', say: ['close all the blinds'], expect: { living_room_blinds: { position: 0 }, office_blinds: { position: 0 } } },
  {
    category: 'group',
    say: ['turn on all the lights upstairs'],
    expect: { bedroom_ceiling_light: { on: true }, bedroom_bedside_lamp: { on: true }, kids_room_light: { on: true }, office_desk_lamp: { on: true }, bathroom_light: { on: true } },
  },
  {
    category: 'group',
    say: ['turn off every light downstairs'],
    given: { kitchen_light: { on: true }, hallway_light: { on: true } },
    expect: { kitchen_light: { on: false }, hallway_light: { on: false } },
  },
  { category: 'group', say: ['lock all the doors'], given: { back_door_lock: { lock_state: 'unlocked' } }, expect: { back_door_lock: { lock_state: 'locked' } } },
  { category: 'group', say: ['turn on the lights in the kitchen and the hallway'], expect: { kitchen_light: { on: true }, hallway_light: { on: true } } },
  // Compound goals and arguments
  { category: 'compound', say: ['turn on the kitchen light and set the bedroom thermostat to 21 degrees'], expect: { kitchen_light: { on: true }, bedroom_thermostat: { target_temperature: 21 } } },
  { category: 'compound', say: ['close the living room blinds and turn on the floor lamp'], expect: { living_room_blinds: { position: 0 }, living_room_floor_lamp: { on: true } } },
  { category: 'compound', say: ['turn on the coffee machine, the kitchen light and the hallway light'], expect: { coffee_machine_plug: { on: true }, kitchen_light: { on: true }, hallway_light: { on: true } } },
  { category: 'arguments', say: ['set the desk lamp to 40 percent'], expect: { office_desk_lamp: { brightness: 40 } } },
  { category: 'arguments', say: ['make the kitchen light red'], expect: { kitchen_light: { color: 'red' } } },
  { category: 'arguments', say: ['set the living room thermostat to twenty two degrees'], expect: { living_room_thermostat: { target_temperature: 22 } } },
  { category: 'arguments', say: ['set the office blinds to 30%'], expect: { office_blinds: { position: 30 } } },
  { category: 'arguments', say: ['set the bedroom fan speed to 75%'], expect: { bedroom_fan: { speed: 75 } } },
  { category: 'arguments', say: ['set the tv volume to 35'], expect: { living_room_tv: { volume: 35 } } },
  { category: 'arguments', say: ['add eggs to the shopping list'], expect: { shopping_list: { items: ['milk', 'bread', 'coffee beans', 'eggs'] } } },
  { category: 'arguments', say: ['water the garden for 15 minutes'], expect: { garden_irrigation: { valve_state: 'open', remaining_minutes: 15 } } },
  { category: 'relative', say: ['dim the desk lamp a bit'], given: { office_desk_lamp: { on: true } }, expect: { office_desk_lamp: { brightness: 90 } } },
  // Sequencing
  { category: 'sequence', say: ['turn on the hallway light, then unlock the front door'], expect: { hallway_light: { on: true } }, answer: /confirm|go ahead/ },
  { category: 'sequence', say: ['close the bedroom blinds and then turn on the bedside lamp'], given: { bedroom_blinds: { position: 100, cover_state: 'open' } }, expect: { bedroom_blinds: { position: 0 }, bedroom_bedside_lamp: { on: true } } },
  { category: 'sequence', say: ['turn on the tv, after that set its volume to 10'], expect: { living_room_tv: { on: true, volume: 10 } } },
  // Coreference across turns
  { category: 'coreference', say: ['turn on the kitchen light', 'now turn it off'], expect: {} },
  { category: 'coreference', say: ['turn on the floor lamp', 'set it to 30 percent'], expect: { living_room_floor_lamp: { on: true, brightness: 30 } } },
  { category: 'coreference', say: ['open the office blinds', 'close them again'], expect: { office_blinds: { position: 0 } } },
  // Conditions
  { category: 'condition', say: ['if the garage door is open, close it'], given: { garage_door: { door_state: 'open' } }, expect: { garage_door: { door_state: 'closed' } } },
  { category: 'condition', say: ['if the garage door is open, close it'], expect: {}, answer: /left as it is/ },
  { category: 'condition', say: ['turn on the hallway light if the front door is unlocked'], given: { front_door_lock: { lock_state: 'unlocked' } }, expect: { hallway_light: { on: true } } },
  { category: 'condition', say: ['turn on the hallway light if the front door is unlocked'], expect: {}, answer: /left as it is/ },
  // Two places compared, no number: each read, the first against the second (planner/compared-places.ts).
  { category: 'condition', say: ['if the kitchen is warmer than the garden, turn on the kitchen light'], expect: { kitchen_light: { on: true } } },
  { category: 'condition', say: ['if the kitchen is colder than the garden turn on the kitchen light'], expect: {}, answer: /left as it is.*colder than the garden/ },
  { category: 'condition', say: ['if the kitchen is warmer than the garden, turn on the kitchen light'], given: { garden_temperature: { temperature: 25 } }, expect: {}, answer: /left as it is/ },
  // Delays
  { category: 'delay', say: ['turn off the kitchen light in 1 second'], given: { kitchen_light: { on: true } }, expect: { kitchen_light: { on: false } } },
  { category: 'delay', say: ['turn on the garden lights now and turn them off in 1 second'], expect: { garden_lights: { on: false } } },
  // Questions
  { category: 'question', say: ['is the back door locked?'], expect: {}, answer: /^yes/ },
  { category: 'question', say: ['is the back door locked?'], given: { back_door_lock: { lock_state: 'unlocked' } }, expect: {}, answer: /^no/ },
  { category: 'question', say: ['what is the temperature in the kitchen?'], expect: {}, answer: /21\.8/ },
  { category: 'question', say: ['how warm is it outside?'], expect: {}, answer: /12\.4/ },
  { category: 'question', say: ['are any lights on?'], given: { bathroom_light: { on: true } }, expect: {}, answer: /yes: bathroom light/ },
  { category: 'question', say: ['which lights are on?'], given: { kitchen_light: { on: true }, hallway_light: { on: true } }, expect: {}, answer: /kitchen light and hallway light|hallway light and kitchen light/ },
  { category: 'question', say: ['how many blinds are open?'], expect: {}, answer: /^2\b/ },
  { category: 'question', say: ['what is the humidity in the bathroom?'], expect: {}, answer: /62/ },
  // Where the person speaks from
  { category: 'place', say: ['turn on the light'], from: 'kitchen', expect: { kitchen_light: { on: true } } },
  { category: 'place', say: ['close the blinds'], from: 'office', expect: { office_blinds: { position: 0 } } },
  { category: 'place', say: ['turn on the lamp'], from: 'bedroom_thermostat', expect: { bedroom_bedside_lamp: { on: true } } },
  // Ambiguity: ask one short question, then act on the answer
  { category: 'clarify', say: ['turn on the lamp'], expect: {}, answer: /which lamp/ },
  { category: 'clarify', say: ['turn on the lamp', 'the desk lamp'], expect: { office_desk_lamp: { on: true } } },
  {
    category: 'clarify',
    say: ['turn on the lamp', 'all of them'],
    expect: { living_room_floor_lamp: { on: true }, bedroom_bedside_lamp: { on: true }, office_desk_lamp: { on: true } },
  },
  { category: 'place', say: ['turn on the light in the living room'], expect: { living_room_ceiling_light: { on: true } } },
  // Sensitive actions need a confirmation
  { category: 'confirm', say: ['open the garage door'], expect: {}, answer: /go ahead/ },
  { category: 'confirm', say: ['open the garage door', 'yes'], expect: { garage_door: { door_state: 'open' } } },
  { category: 'confirm', say: ['unlock the back door', 'no'], expect: {}, answer: /left/ },
  // Honest answers
  { category: 'honest', say: ['feed the cat'], expect: {}, answer: /could not tell/ },
  { category: 'honest', say: ['turn on the kitchen light and the sauna'], expect: { kitchen_light: { on: true } }, answer: /sauna/ },
];

describe(`the example home understands ${CASES.length} goals`, () => {
  let stack: Stack;
  let initial: Record<string, Record<string, unknown>>;

  beforeAll(async () => {
    stack = await startTestStack(await loadHome(), { subtaskTimeoutMs: 8_000 });
    initial = statesOf(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('has at least 60 goals over every category', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES.map((goal) => [`${goal.category}: ${goal.say.join(' / ')}${goal.from ? ` (from ${goal.from})` : ''}`, goal] as const))('%s', async (_label, goal) => {
    for (const [id, state] of Object.entries(initial)) stack.simulation.drivers.get(id)!.setEnvironment({ ...state, ...(goal.given?.[id] ?? {}) } as never);
    const before = statesOf(stack);
    const conversationId = randomUUID();
    let answer = '';
    for (const text of goal.say) {
      const view = await stack.coordinator.goals.submit({ text, conversationId, ...(goal.from ? { from: goal.from } : {}) }).finished;
      answer = view.answer ?? '';
    }
    const after = statesOf(stack);
    if (goal.answer) expect(answer.toLowerCase()).toMatch(goal.answer);
    const expected = goal.expect ?? {};
    for (const [id, fields] of Object.entries(expected)) expect(after[id], `${id} after "${goal.say.join(' / ')}" (answer: ${answer})`).toMatchObject(fields);
    const allowed = new Set(Object.keys(expected));
    expect(changedDevices(before, after).filter((id) => !allowed.has(id)), `devices changed by "${goal.say.join(' / ')}" (answer: ${answer})`).toEqual([]);
  });
});
