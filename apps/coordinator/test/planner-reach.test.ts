import { describe, expect, it } from 'vitest';
import { openWordNet } from '@meshmind/language';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A home of our own (not the homes of the evals): a den and a sunroom with drapes whose names put
// the kind first ("Drape East"), a studio with a lamp, a heater and a fan, a robot mower's shed.
const { wordNet } = openWordNet();
const ground = { id: 'ground', name: 'Ground floor', aliases: [] };
const area = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, floor: ground });
const den = area('den', 'Den');
const sunroom = area('sunroom', 'Sunroom', ['conservatory']);
const studio = area('studio', 'Studio');
const scullery = area('scullery', 'Scullery');

const coverApi: PlannerApi = [
  ['open_cover', 'action', 'Opens the cover fully (raises blinds, draws drapes back).', []],
  ['close_cover', 'action', 'Closes the cover fully (lowers blinds, draws drapes shut).', []],
  ['set_position', 'action', 'Moves the cover to the given opening position.', ['position']],
];
const lightApi: PlannerApi = [['turn_on', 'action', 'Turns the light on.', []], ['turn_off', 'action', 'Turns the light off.', []]];
const fanApi: PlannerApi = [['turn_on', 'action', 'Starts the fan.', []], ['turn_off', 'action', 'Stops the fan.', []]];
const heaterApi: PlannerApi = [['set_temperature', 'action', 'Sets the target room temperature.', ['temperature']], ['get_current_temperature', 'query', 'Reads the room temperature.', []]];
const playerApi: PlannerApi = [['play', 'action', 'Starts or resumes playback.', []], ['pause', 'action', 'Pauses playback.', []]];
const robotApi: PlannerApi = [['start_cleaning', 'action', 'Starts or resumes a cleaning run.', []], ['return_to_dock', 'action', 'Sends the robot back to its dock.', []]];
const plugApi: PlannerApi = [['turn_on', 'action', 'Switches the socket on.', []], ['turn_off', 'action', 'Switches the socket off.', []]];


const HOME: PlannerDevice[] = [
  plannerDevice('drape_east', 'cover', 'Drape East', den, ['cover', 'window covering'], coverApi),
  plannerDevice('drape_west', 'cover', 'Drape West', den, ['cover', 'window covering'], coverApi),
  plannerDevice('sunroom_drape', 'cover', 'Sunroom drape', sunroom, ['cover', 'window covering'], coverApi),
  plannerDevice('sunroom_blind', 'cover', 'Roof blind', sunroom, ['cover', 'window covering'], coverApi),
  plannerDevice('studio_lamp', 'light', 'Studio lamp', studio, ['light', 'lamp'], lightApi),
  plannerDevice('studio_fan', 'fan', 'Studio fan', studio, ['fan'], fanApi),
  plannerDevice('studio_heater', 'climate', 'Studio heater', studio, ['thermostat', 'heater'], heaterApi),
  plannerDevice('den_speaker', 'media_player', 'Den speaker', den, ['speaker', 'music'], playerApi),
  plannerDevice('den_robot', 'vacuum', 'Den robot', den, ['robot', 'vacuum'], robotApi),
  plannerDevice('den_lamp', 'light', 'Reading lamp', den, ['light', 'lamp'], [...lightApi, ['set_brightness', 'action', 'Sets the brightness.', ['brightness']]]),
  plannerDevice('scullery_plug', 'switch', 'Kettle plug', scullery, ['switch', 'plug', 'socket'], plugApi),
  plannerDevice('scullery_light', 'light', 'Scullery light', scullery, ['light', 'lights', 'lamp'], lightApi),
];

const planner = new BuiltinPlanner({ wordNet });
async function targets(text: string, fromAreaId?: string): Promise<string[] | string> {
  const plan = await planner.plan(text, HOME, fromAreaId ? { fromAreaId } : {});
  return plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : `asks: ${plan.question}`;
}

describe('planner: a name word its own API documents use is a noun of the device', () => {
  it.each([
    ['open the drapes', 'den', ['drape_east', 'drape_west']],
    ['close the drapes please', 'den', ['drape_east', 'drape_west']],
    ['set the drapes to 40%', 'den', ['drape_east', 'drape_west']],
    ['close the drapes', 'sunroom', ['sunroom_drape']],
  ])('"%s" said in the %s reaches the drapes there, whether their names start or end with "drape"', async (text, from, expected) => {
    expect(await targets(text, from)).toEqual(expected);
  });

  it('takes every drape of the home with "all", and never the blind of the same room', async () => {
    expect(await targets('close all the drapes')).toEqual(['drape_east', 'drape_west', 'sunroom_drape']);
  });
});

describe('planner: "everything" in a place is every device there that can', () => {
  it.each([
    ['switch everything off in the studio', ['studio_lamp', 'studio_fan']],
    ['turn everything on in the studio', ['studio_lamp', 'studio_fan']],
    ['turn off everything in the scullery', ['scullery_plug', 'scullery_light']],
  ])('"%s"', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });
});

describe('planner: a piece that is only a device takes the verb before it', () => {
  it('turns on the kettle plug and says it cannot tell what the unknown sauna is', async () => {
    const plan = await planner.plan('turn on the sauna and the kettle plug', HOME, {});
    expect(plan.kind).toBe('steps');
    if (plan.kind !== 'steps') return;
    expect(plan.steps.map((step) => [step.deviceId, step.text])).toEqual([['scullery_plug', 'Turn on the kettle plug.']]);
    expect(plan.unresolved).toEqual(['turn on the sauna']);
  });

  it('keeps list items together when the second piece is not a device', async () => {
    const plan = await planner.plan('switch off the studio fan and the studio lamp', HOME, {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan).toEqual(['studio_fan', 'studio_lamp']);
  });
});

describe.skipIf(!wordNet)('planner: a kind noun misspelt is read as that noun', () => {
  it.each([
    ['turn on the lihgts in the scullery', ['scullery_light']],
    ['switch off the ligths in the scullery', ['scullery_light']],
    ['close the darpes', ['drape_east', 'drape_west', 'sunroom_drape']],
  ])('"%s"', async (text, expected) => {
    expect(await targets(text)).toEqual(expected);
  });

  it('leaves a word the dictionary knows alone ("lamb" is not "lamp")', async () => {
    expect(await targets('turn on the lamb in the studio')).not.toEqual(['studio_lamp']);
  });
});

describe('planner: the speaker\'s room and bare verbs', () => {
  it('reads "this room" as the place, not as words of an API ("clean this room" is not the heater\'s "room temperature")', async () => {
    expect(await targets('clean this room', 'studio')).not.toEqual(['studio_heater']);
  });

  it('asks which device when devices of several kinds there fit a bare verb alike', async () => {
    expect(await targets('resume', 'den')).toMatch(/^asks: Which device/);
  });

  it('takes the one device in use among kinds that fit a bare verb alike', async () => {
    const playing = HOME.map((entry) => (entry.id === 'den_speaker' ? { ...entry, state: { on: true, playback: 'playing' } } : entry));
    for (const text of ['resume', 'resume please', 'unpause']) {
      const plan = await planner.plan(text, playing, { fromAreaId: 'den' });
      expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan).toEqual(['den_speaker']);
    }
  });

  it('still sends a bare verb to the one kind that fits', async () => {
    expect(await targets('pause', 'den')).toEqual(['den_speaker']);
  });
});

describe('planner: one value said to a place whose devices of several kinds take it', () => {
  it.each(['set the den to 50%', 'set the den to 20 percent'])('"%s" asks which device', async (text) => {
    expect(await targets(text)).toMatch(/^asks: Which device/);
  });

  it('leaves out a device there with no function that takes a value', async () => {
    const withSwitch = [...HOME, plannerDevice('studio_switch', 'switch', 'Studio switch', studio, ['switch'], plugApi)];
    const plan = await planner.plan('turn the studio to 19 degrees', withSwitch, {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan).toEqual(['studio_heater']);
  });

  it('still sets the one kind there that takes the value', async () => {
    expect(await targets('set the studio to 21 degrees')).toEqual(['studio_heater']);
  });
});

describe.skipIf(!wordNet)('planner: a command to a place never goes to a device there that only reads', () => {
  const withThermometer = [
    ...HOME,
    plannerDevice('studio_thermometer', 'temperature_sensor', 'Studio thermometer', studio, ['thermometer', 'temperature'], [['get_temperature', 'query', 'Reads the air temperature of the room.', []]]),
  ];
  it.each(['air out the studio', 'freshen the air in the studio'])('"%s" does not reach the thermometer', async (text) => {
    const plan = await planner.plan(text, withThermometer, {});
    const reached = plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : [];
    expect(reached).not.toContain('studio_thermometer');
  });

  it.each(['if the studio is colder than 18 degrees, turn on the studio lamp', 'when the studio is above 25 degrees switch on the studio fan'])(
    'reads the place of a condition ("%s") as before: a condition reads, it never acts',
    async (text) => {
      // The studio's one reader of temperature is the thermometer (the heater set aside here).
      const plan = await planner.plan(text, withThermometer.filter((entry) => entry.id !== 'studio_heater'), {});
      expect(plan.kind).toBe('steps');
      if (plan.kind !== 'steps') return;
      expect(plan.unresolved).toEqual([]);
      expect(plan.steps).toHaveLength(2);
    },
  );

  it('still asks the thermometer a question about the place', async () => {
    const plan = await planner.plan('what is the air temperature in the studio?', withThermometer, {});
    expect(plan.kind === 'steps' ? plan.steps.map((step) => step.deviceId) : plan).toContain('studio_thermometer');
  });
});
