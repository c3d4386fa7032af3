import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { composeAnswer, type FinishedStep } from '../src/answer';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A house of our own (none of the eval homes): a utility room with a tumble dryer and a bike
// charger, a scooter sensor, a robot mop that docks in the hall, a printer, two lists.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string) => ({ id, name, aliases: [], floor: ground });
const utility = area('utility', 'Utility');
const hall = area('hall', 'Hall');
const studio = area('studio', 'Studio');
const kitchen = area('kitchen', 'Kitchen');

const plugApi: PlannerApi = [['turn_on', 'action', 'Switches the socket on.', []], ['turn_off', 'action', 'Switches the socket off.', []]];
const sensorApi: PlannerApi = [['get_value', 'query', 'Reads the current value.', []]];
const moverApi: PlannerApi = [['open_door', 'action', 'Opens the door so a bike or a scooter can get through.', []], ['close_door', 'action', 'Closes the door.', []]];
const mopApi: PlannerApi = [['start_cleaning', 'action', 'Starts a cleaning run.', []], ['return_to_dock', 'action', 'Sends the robot back to its dock.', []]];
const listApi: PlannerApi = [
  ['add_item', 'action', 'Adds an item to the list.', ['item']],
  ['complete_item', 'action', 'Marks an item as done.', ['item']],
  ['get_items', 'query', 'Lists the items.', []],
];

function house(): PlannerDevice[] {
  const devices = [
    plannerDevice('bike_charger', 'switch', 'Bike Charger', utility, ['switch', 'plug'], plugApi),
    plannerDevice('bike_battery', 'sensor', 'Bike Battery', utility, ['sensor', 'level'], sensorApi, ['bike charge level']),
    plannerDevice('side_gate', 'garage_door', 'Side Gate', utility, ['gate', 'door'], moverApi),
    plannerDevice('tumble_dryer', 'switch', 'Tumble Dryer', utility, ['switch', 'plug'], plugApi),
    plannerDevice('studio_printer', 'switch', 'Printer', studio, ['switch', 'plug'], plugApi),
    plannerDevice('mopsy', 'vacuum', 'Mopsy', hall, ['vacuum', 'hoover', 'robot'], mopApi),
    plannerDevice('groceries', 'todo_list', 'Groceries', kitchen, ['list', 'shopping list'], listApi),
    plannerDevice('jobs', 'todo_list', 'Jobs', kitchen, ['list', 'to-do list'], listApi),
  ];
  const state: Record<string, Record<string, unknown>> = { groceries: { items: ['oat milk', 'rye bread'] }, jobs: { items: ['fix the fence', 'tax the car'] } };
  return devices.map((device) => ({ ...device, state: state[device.id] ?? {} }));
}

const planner = new BuiltinPlanner({ wordNet });
async function subtasks(text: string): Promise<Array<[string, string]> | string> {
  const plan = await planner.plan(text, house(), {});
  if (plan.kind !== 'steps') return `asks: ${plan.question}`;
  return plan.steps.length > 0 ? plan.steps.map((step) => [step.deviceId, step.text]) : `unresolved: ${plan.unresolved.join(', ')}`;
}
const targets = async (text: string) => {
  const found = await subtasks(text);
  return typeof found === 'string' ? found : found.map(([deviceId]) => deviceId);
};

describe('planner: a device named by a noun of the verb\'s stem (#17 class 7)', () => {
  it.each([
    ['charge the bike', ['bike_charger']],
    ['please charge the bike', ['bike_charger']],
    ['dry the washing', ['tumble_dryer']],
    ['print my boarding pass', ['studio_printer']],
  ])('"%s"', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('sends a question about the charge to what reads it, not to the charger', async () => {
    expect(await targets('charge the bike')).not.toContain('bike_battery');
  });
});

describe('planner: a kind noun used as the verb of a place with no device of that kind (#17 class 7)', () => {
  it.each([
    ['hoover the kitchen', ['mopsy']],
    ['hoover the studio please', ['mopsy']],
    ['vacuum the utility', ['mopsy']],
  ])('"%s" goes to the one robot, wherever it docks', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('reads a word English uses mostly as a verb as that verb, not as a kind ("switch" is not the plug)', async () => {
    expect(await targets('switch off the studio')).not.toContain('tumble_dryer');
  });
});

describe('planner: a list named by an item it holds (#17 lists)', () => {
  it.each([
    ['mark fix the fence as done', ['jobs']],
    ['tick off tax the car', ['jobs']],
    ['take rye bread off', ['groceries']],
    ['take the oat milks off', ['groceries']],
    ['get more rye breads', ['groceries']],
  ])('"%s"', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('keeps two chores said as verb phrases in one request to the list they go to', async () => {
    expect(await subtasks('add wash the car and fix the gate to the jobs')).toEqual([['jobs', 'Add wash the car and fix the gate to the jobs.']]);
    expect(await subtasks('put call the bank and pay the rent on the jobs')).not.toEqual([]);
  });

  it('keeps a second request whose device is the object of its own verb apart', async () => {
    expect(await targets('add eggs to the groceries and charge the bike')).toEqual(['groceries', 'bike_charger']);
  });
});

describe('answer: "is X on the list?" is answered yes or no from the items (#17 lists)', () => {
  const step = (text: string): FinishedStep => ({
    step: { id: 's1', deviceId: 'groceries', text, after: [], question: { group: 'q1', form: 'value', text } },
    deviceName: 'Groceries',
    status: 'done',
    message: 'Groceries: items are oat milk, rye bread.',
    result: { status: 'done', message: 'Groceries: items are oat milk, rye bread.', calls: [], value: ['oat milk', 'rye bread'] } as unknown as FinishedStep['result'],
  });

  it.each([
    ['Is oat milk on the groceries?', /^Yes\b/],
    ['Is rye bread on the list?', /^Yes\b/],
    ['Is butter on the groceries?', /^No\b/],
    ['Are eggs on the list?', /^No\b/],
  ])('"%s"', (text, expected) => {
    expect(composeAnswer([step(text)], [])).toMatch(expected);
  });

  it('lists the items without a yes or no where nothing but the list is asked about', () => {
    expect(composeAnswer([step('Is there anything on the groceries?')], [])).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('planner: a question that names no device goes to the one whose state or name says what is asked (#17 quantities)', () => {
  const garden = area('garden', 'Garden');
  const binaryApi: PlannerApi = [['get_state', 'query', 'Whether the sensor is triggered.', []]];
  const meterApi: PlannerApi = [['get_value', 'query', 'Reads the current value.', []]];
  const yard: PlannerDevice[] = [
    { ...plannerDevice('frost_sensor', 'binary_sensor', 'Lawn Sensor', garden, ['binary sensor', 'detector'], binaryApi), state: { on: false, on_word: 'frosty', off_word: 'clear' } },
    { ...plannerDevice('water_meter', 'sensor', 'Utility Meter', utility, ['sensor', 'meter'], meterApi, ['water use']), state: { value: 12, unit: 'L', device_class: 'water' } },
    { ...plannerDevice('scooter_charger', 'switch', 'Scooter Charger', utility, ['switch', 'plug'], [...plugApi, ['get_state', 'query', 'Whether the socket is on.', []]]), state: { on: false } },
    { ...plannerDevice('scooter_level', 'sensor', 'Scooter Battery', utility, ['sensor', 'level'], meterApi, ['scooter charge level']), state: { value: 40, unit: '%', device_class: 'battery' } },
  ];
  const asked = async (text: string) => {
    const plan = await planner.plan(text, yard, {});
    return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : `asks: ${plan.question}`;
  };

  it.each([
    ['is it frosty?', ['frost_sensor']],
    ['is it clear out there?', ['frost_sensor']],
    ['how much water are we using?', ['water_meter']],
  ])('"%s"', async (text, expected) => {
    expect(await asked(text)).toEqual(expected);
  });

  it('does not choose between a charger and a charge sensor named alike', async () => {
    expect(await asked('how charged is the scooter?')).toEqual([]);
  });
});

describe('planner: a request naming another action of the one device in use needs no question (#17 needless)', () => {
  const den = area('den', 'Den');
  const playerApi: PlannerApi = [
    ['play', 'action', 'Starts or resumes playback.', []],
    ['pause', 'action', 'Pauses playback.', []],
    ['next_track', 'action', 'Skips to the next track.', []],
    ['previous_track', 'action', 'Goes back to the previous track.', []],
  ];
  const players = (playing: string): PlannerDevice[] =>
    ['den_radio', 'studio_radio'].map((id) => ({ ...plannerDevice(id, 'media_player', id === 'den_radio' ? 'Den Radio' : 'Studio Radio', id === 'den_radio' ? den : studio, ['radio', 'speaker', 'music'], playerApi), state: { on: id === playing, playback: id === playing ? 'playing' : 'stopped' } }));
  it.each([
    ['play the previous song', 'studio_radio'],
    ['play the previous track', 'den_radio'],
    ['go back to the previous song', 'studio_radio'],
  ])('"%s" with %s playing', async (text, playing) => {
    const plan = await planner.plan(text, players(playing), {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan).toEqual([playing]);
  });

  it('still asks which for "play music" with one of two players playing', async () => {
    expect((await planner.plan('play music', players('den_radio'), {})).kind).toBe('clarify');
  });
});

describe('answer: a yes-or-no question that says a reading\'s own word is answered yes or no (#17 quantities)', () => {
  const step = (text: string, reading: boolean): FinishedStep => ({
    step: { id: 's1', deviceId: 'frost_sensor', text, after: [], question: { group: 'q1', form: 'value', text } },
    deviceName: 'Lawn Sensor',
    status: 'done',
    message: `Lawn Sensor: on is ${reading ? 'yes' : 'no'}.`,
    result: { status: 'done', message: '', calls: [], value: reading, state: { on: reading, on_word: 'frosty', off_word: 'clear' } } as unknown as FinishedStep['result'],
  });

  it.each([
    ['Is it frosty?', true, /^Yes\b/],
    ['Is it frosty?', false, /^No\b/],
    ['Is the lawn clear?', true, /^No\b/],
    ['Is the lawn clear?', false, /^Yes\b/],
  ])('"%s" with the reading %s', (text, reading, expected) => {
    expect(composeAnswer([step(text, reading)], [])).toMatch(expected);
  });

  it('gives no yes or no where the question says neither word', () => {
    expect(composeAnswer([step('Is the lawn wet?', true)], [])).not.toMatch(/^(Yes|No)\b/);
  });
});
