import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// Three devices written for this test: a kettle plug that only says whether it is on, a shed door
// that says open or shut, and a doorbell camera's lock that says locked or not and how long ago.
const kettlePlug: DeviceDescription = {
  type: 'kettle_plug', title: 'Kettle plug', description: 'A smart plug the kettle is plugged into.', domain: 'home', version: '1.0.0',
  nouns: ['kettle plug', 'plug'],
  state: { on: { type: 'boolean', description: 'Whether the plug gives power.' } },
  functions: [
    { name: 'power_on', description: 'Gives the kettle power.', kind: 'action', parameters: [] },
    { name: 'power_off', description: 'Cuts the power to the kettle.', kind: 'action', parameters: [] },
    { name: 'is_powered', description: 'Says whether the plug is on.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when on.' } },
  ],
};
const shedDoor: DeviceDescription = {
  type: 'shed_door', title: 'Shed door', description: 'A motorised shed door.', domain: 'home', version: '1.0.0',
  nouns: ['shed door', 'shed'],
  state: { door: { type: 'enum', description: 'Open or shut.', values: ['open', 'shut'] } },
  functions: [
    { name: 'raise_door', description: 'Opens the shed door.', kind: 'action', parameters: [] },
    { name: 'lower_door', description: 'Shuts the shed door.', kind: 'action', parameters: [] },
    { name: 'door_position', description: 'Tells whether the shed door is open or shut.', kind: 'query', parameters: [], returns: { type: 'enum', description: 'open or shut' } },
  ],
};
const gateLock: DeviceDescription = {
  type: 'gate_lock', title: 'Gate lock', description: 'A lock on the garden gate.', domain: 'home', version: '1.0.0',
  nouns: ['gate lock', 'gate'],
  state: { locked: { type: 'boolean', description: 'Whether the gate is locked.' }, minutes: { type: 'integer', description: 'Minutes since the gate was last opened.', unit: 'min' } },
  functions: [
    { name: 'lock_gate', description: 'Locks the gate.', kind: 'action', parameters: [] },
    { name: 'gate_locked', description: 'Tells whether the gate is locked.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when locked.' } },
    { name: 'minutes_since_opened', description: 'Reads how many minutes ago the gate was last opened.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Minutes since it was opened.', unit: 'min' } },
  ],
};

const blind: DeviceDescription = {
  type: 'roller_blind', title: 'Roller blind', description: 'A motorised roller blind.', domain: 'home', version: '1.0.0',
  nouns: ['roller blind', 'blind'],
  state: { position: { type: 'integer', description: 'How far the blind is down.', unit: '%' } },
  functions: [
    { name: 'lower_to', description: 'Lowers the blind to a position.', kind: 'action', parameters: [{ name: 'position', type: 'integer', description: 'How far down.', unit: '%', minimum: 0, maximum: 100 }] },
    { name: 'read_position', description: 'Reads how far down the blind is.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Position.', unit: '%' } },
  ],
};
const airGauge: DeviceDescription = {
  type: 'air_gauge', title: 'Air gauge', description: 'A gauge that measures one gas in the air.', domain: 'home', version: '1.0.0',
  nouns: ['air gauge', 'gauge'],
  state: { value: { type: 'number', description: 'The reading.' }, gas: { type: 'string', description: 'Which gas it measures.' } },
  functions: [
    { name: 'read_value', description: 'Reads the current value the gauge measures.', kind: 'query', parameters: [], returns: { type: 'number', description: 'The reading.' } },
    { name: 'read_gas', description: 'Reads which gas the gauge measures.', kind: 'query', parameters: [], returns: { type: 'string', description: 'A gas.' } },
  ],
};
const soilProbe: DeviceDescription = {
  type: 'soil_probe', title: 'Soil probe', description: 'A probe pushed into a garden bed.', domain: 'home', version: '1.0.0',
  nouns: ['soil probe', 'probe'],
  state: { moisture: { type: 'integer', description: 'Water in the soil.', unit: '%' } },
  functions: [
    { name: 'read_moisture', description: 'Reads the moisture of the soil, in percent.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Moisture.', unit: '%' } },
  ],
};
const rainBarrel: DeviceDescription = {
  type: 'rain_barrel', title: 'Rain barrel', description: 'A barrel that catches rain from the roof, with a level gauge.', domain: 'home', version: '1.0.0',
  nouns: ['rain barrel', 'barrel'],
  state: { level: { type: 'integer', description: 'Water in the barrel.', unit: '%' } },
  functions: [
    { name: 'read_level', description: 'Reads the water level in the barrel, in percent.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Level.', unit: '%' } },
  ],
};
const wineThermometer: DeviceDescription = {
  type: 'wine_thermometer', title: 'Wine cellar thermometer', description: 'A thermometer on the wall of a wine cellar.', domain: 'home', version: '1.0.0',
  nouns: ['cellar thermometer', 'thermometer'],
  state: { temperature: { type: 'number', description: 'Air temperature in the cellar.', unit: '°C' } },
  functions: [
    { name: 'read_air_temperature', description: 'Reads the air temperature by the racks.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Temperature.', unit: '°C' } },
  ],
};

// A probe of our own in a raised bed that reports one quantity as a number; its state says which.
const bedSensor: DeviceDescription = {
  type: 'bed_probe', title: 'Bed probe', description: 'A probe in a raised bed that measures one quantity of the soil and reports it as a number.', domain: 'home', version: '1.0.0',
  nouns: ['bed probe', 'probe'],
  state: {
    value: { type: 'number', description: 'The current reading.' },
    quantity: { type: 'string', description: 'What the probe measures, e.g. moisture or temperature.' },
  },
  functions: [
    { name: 'read_value', description: 'Reads the current value the probe measures.', kind: 'query', parameters: [], returns: { type: 'number', description: 'The reading.' } },
    { name: 'read_quantity', description: 'Reads what kind of quantity the probe measures.', kind: 'query', parameters: [], returns: { type: 'string', description: 'A quantity such as moisture.' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a question whose opening wants an answer the chosen query cannot give is declined', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    for (const [name, document] of [['plug', kettlePlug], ['shed', shedDoor], ['gate', gateLock], ['blind', blind], ['gauge', airGauge], ['probe', soilProbe], ['barrel', rainBarrel], ['cellar', wineThermometer], ['bed', bedSensor]] as const) mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
  }, 60_000);

  it('still answers the yes-or-no and state questions the queries are for', async () => {
    expect(called(await mappers.get('plug')!.map('is the kettle plug on?'))).toEqual(['is_powered']);
    expect(called(await mappers.get('shed')!.map('is the shed open or shut'))).toEqual(['door_position']);
    expect(called(await mappers.get('gate')!.map('is the gate locked right now?'))).toEqual(['gate_locked']);
  });

  it('declines an amount asked of a query that only says yes or no', async () => {
    expect(called(await mappers.get('plug')!.map('how much electricity has the kettle used?'))).toBe('not_executable');
    expect(called(await mappers.get('plug')!.map('how many times did the kettle boil today'))).toBe('not_executable');
    expect(called(await mappers.get('plug')!.map('how long has the plug been on?'))).toBe('not_executable');
  });

  it('leaves a count of devices of its own kind to each device\'s yes or no', async () => {
    expect(called(await mappers.get('plug')!.map('how many plugs are on?'))).toEqual(['is_powered']);
    expect(called(await mappers.get('shed')!.map('how many shed doors are open'))).toEqual(['door_position']);
    expect(called(await mappers.get('shed')!.map('how many garden buildings are open?'))).toEqual(['door_position']);
  });

  it('declines an amount or a degree asked of a query that names a state', async () => {
    expect(called(await mappers.get('shed')!.map('how many times was the shed opened this week?'))).toBe('not_executable');
    expect(called(await mappers.get('shed')!.map('how heavy is the shed door'))).toBe('not_executable');
  });

  it('declines a person asked of a yes-or-no or a number', async () => {
    expect(called(await mappers.get('gate')!.map('who opened the gate?'))).toBe('not_executable');
    expect(called(await mappers.get('shed')!.map("who's in the shed"))).toBe('not_executable');
  });

  it('declines a time asked of a yes-or-no, and answers one a number of minutes can say', async () => {
    expect(called(await mappers.get('plug')!.map('when was the kettle last switched on?'))).toBe('not_executable');
    expect(called(await mappers.get('gate')!.map('when was the gate last opened?'))).toEqual(['minutes_since_opened']);
  });

  it('reads a degree in the query\'s own word as its state asked in other words', async () => {
    expect(called(await mappers.get('shed')!.map('how open is the shed door?'))).toEqual(['door_position']);
  });

  it('declines a count of something the number the query returns is not an amount of', async () => {
    expect(called(await mappers.get('blind')!.map('how much battery does the blind have left?', { position: 40 }))).toBe('not_executable');
    expect(called(await mappers.get('gate')!.map('how many visitors came through the gate today?', { locked: true, minutes: 12 }))).toBe('not_executable');
  });

  it('does not judge what a number counts where nothing says what the device is (no state, no name)', async () => {
    // With the state the same question is answered by the number (above); without it, some reading answers it, none declines it.
    expect(called(await mappers.get('gauge')!.map('how much methane is in the air?'))).not.toBe('not_executable');
  });

  it('answers a count the query or the state names, and one counted in a unit', async () => {
    expect(called(await mappers.get('gauge')!.map('how much methane is in the air?', { value: 3, gas: 'methane' }))).toEqual(['read_value']);
    expect(called(await mappers.get('gate')!.map('how many minutes since the gate was opened?'))).toEqual(['minutes_since_opened']);
    expect(called(await mappers.get('gauge')!.map('how much radon is in the cellar?', { value: 3, gas: '' }, { references: { names: ['Radon gauge'], words: [] } }))).toEqual(['read_value']);
  });

  it('declines a degree whose quantity the number the query returns is not of', async () => {
    for (const said of ['how old is the blind?', 'how heavy is the roller blind', 'how big is the window'])
      expect(called(await mappers.get('blind')!.map(said, { position: 40 })), said).toBe('not_executable');
  });

  it('answers a condition asked by its adjective from the measure it is read off (how dry, how full)', async () => {
    for (const said of ['how dry is the soil?', 'how damp is the bed', 'how wet is the soil at the moment?'])
      expect(called(await mappers.get('probe')!.map(said, { moisture: 31 })), said).toEqual(['read_moisture']);
    for (const said of ['how full is the rain barrel?', 'how empty is the barrel'])
      expect(called(await mappers.get('barrel')!.map(said, { level: 64 })), said).toEqual(['read_level']);
  });

  it('answers a condition from a generic reading whose state names a measure of it (how dry: moisture, a wetness)', async () => {
    for (const said of ['how dry is the herb bed?', 'how wet is the raised bed'])
      expect(called(await mappers.get('bed')!.map(said, { value: 31, quantity: 'moisture' })), said).toEqual(['read_value']);
    expect(called(await mappers.get('bed')!.map('how humid is the herb bed?', { value: 19, quantity: 'temperature' }))).toBe('not_executable');
  });

  it('declines a condition asked by an adjective whose own noun is a narrower measure the query is not (how humid: a humidity)', async () => {
    for (const said of ['how humid is the wine cellar?', 'how humid is it down there'])
      expect(called(await mappers.get('cellar')!.map(said, { temperature: 12 })), said).toBe('not_executable');
    for (const said of ['how warm is the wine cellar?', 'how cold is it down there'])
      expect(called(await mappers.get('cellar')!.map(said, { temperature: 12 })), said).toEqual(['read_air_temperature']);
  });

  it('answers a degree the query\'s number measures, or one of a scale or a time', async () => {
    expect(called(await mappers.get('gate')!.map('how long since the gate was opened?', { locked: true, minutes: 12 }))).toEqual(['minutes_since_opened']);
    expect(called(await mappers.get('gauge')!.map('how high is the methane?', { value: 3, gas: 'methane' }))).toEqual(['read_value']);
    expect(called(await mappers.get('blind')!.map('how far down is the blind?', { position: 40 }))).toEqual(['read_position']);
  });

  it('declines a thing asked of a query that only says yes or no', async () => {
    for (const said of ["what's plugged into the kettle plug?", 'what is connected to the plug', 'what got switched on?'])
      expect(called(await mappers.get('plug')!.map(said)), said).toBe('not_executable');
  });

  it('declines an amount whose verb says what it is of, where the query\'s number is of something else', async () => {
    expect(called(await mappers.get('blind')!.map('how much did the blind cost?', { position: 40 }))).toBe('not_executable');
    expect(called(await mappers.get('blind')!.map('how much does the roller blind weigh', { position: 40 }))).toBe('not_executable');
  });
});

// The noun side of the reader (unansweredNoun).
// Two devices written for this test: a door camera that joins a wifi network and reads out its
// signal and what it last saw, and a bird feeder that reads its seed level and counts visits.
const doorCamera: DeviceDescription = {
  type: 'door_camera', title: 'Door camera', description: 'A camera by the front door.', domain: 'home', version: '1.0.0',
  nouns: ['door camera', 'camera'],
  state: {},
  functions: [
    { name: 'join_network', description: 'Joins a wifi network by its name and passphrase.', kind: 'action', parameters: [{ name: 'network_name', type: 'string', description: 'Name of the network.', required: true }, { name: 'passphrase', type: 'string', description: 'The network passphrase.', required: true }] },
    { name: 'get_signal_strength', description: 'Reads the strength of the wifi signal in dBm.', kind: 'query', parameters: [] },
    { name: 'get_last_snapshot_time', description: 'Reads when the camera last took a snapshot.', kind: 'query', parameters: [] },
  ],
};
const feeder: DeviceDescription = {
  type: 'bird_feeder', title: 'Bird feeder', description: 'A garden bird feeder with a seed hopper.', domain: 'home', version: '1.0.0',
  nouns: ['bird feeder', 'feeder'],
  state: {},
  functions: [
    { name: 'get_seed_level', description: 'Reads how full the seed hopper is, in percent.', kind: 'query', parameters: [] },
    { name: 'count_visits', description: 'Counts the birds that visited the feeder today.', kind: 'query', parameters: [] },
    { name: 'refill_alert', description: 'Sends a reminder to refill the seed hopper.', kind: 'action', parameters: [] },
  ],
};


describe('a question about a thing the device cannot tell is declined', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    for (const [name, document] of [['camera', doorCamera], ['feeder', feeder]] as const) mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
  }, 60_000);

  it('declines a question for a secret the device only takes', async () => {
    for (const said of ["what's the wifi password?", 'what is the password for the wifi', 'which password are you using?']) {
      const result = await mappers.get('camera')!.map(said);
      expect(called(result), said).toBe('not_executable');
    }
  });

  it('declines a count of things the document never names', async () => {
    for (const said of ['how many parcels were delivered today?', 'how many visitors rang the bell this morning']) {
      const result = await mappers.get('camera')!.map(said);
      expect(called(result), said).toBe('not_executable');
    }
    for (const said of ['how many squirrels came by today?', 'How many eggs are in the nest?']) {
      const result = await mappers.get('feeder')!.map(said);
      expect(called(result), said).toBe('not_executable');
    }
  });

  it('still answers a question about what the chosen reading or the document names', async () => {
    expect(called(await mappers.get('camera')!.map("what's the wifi signal strength?"))).toEqual(['get_signal_strength']);
    expect(called(await mappers.get('feeder')!.map('how many birds visited today?'))).toEqual(['count_visits']);
    expect(called(await mappers.get('feeder')!.map("what's the seed level?"))).toEqual(['get_seed_level']);
  });

  it('declines a quantity asked by name that the document never names', async () => {
    for (const said of ["what's the signal's latency?", 'what is the frame rate of the camera']) {
      expect(called(await mappers.get('camera')!.map(said)), said).toBe('not_executable');
    }
    expect(called(await mappers.get('feeder')!.map("what's the seed temperature?"))).toBe('not_executable');
  });

  it('declines a yes-or-no question about another thing that the device is only the place of', async () => {
    for (const said of ['is the cat at the feeder?', 'is the squirrel on the bird feeder right now']) {
      expect(called(await mappers.get('feeder')!.map(said)), said).toBe('not_executable');
    }
    expect(called(await mappers.get('camera')!.map('is the postman at the door camera?'))).toBe('not_executable');
  });

  it('still answers a yes-or-no question about the device itself or what its reading names', async () => {
    expect(called(await mappers.get('feeder')!.map('is the seed level low?'))).toEqual(['get_seed_level']);
    expect(called(await mappers.get('camera')!.map('is the wifi signal strong?'))).toEqual(['get_signal_strength']);
  });
});
