import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { normaliseApiDocument } from '../src/api-document';
import { Destinations, readDestination } from '../src/mapper/destination';
import { functionProfile } from '../src/mapper/evidence';
import { functionViews } from '../src/mapper/function-views';

// A document written for this test: a robot lawn mower whose battery reading speaks of charge, as
// its charging station does. Not a type of the homes or warehouse dialects the evals use.
const mower: DeviceDescription = {
  type: 'lawn_mower',
  title: 'Robot lawn mower',
  description: 'A robot mower that cuts the lawn by zones and charges at its station.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['mower'],
  state: { docked: { type: 'boolean', description: 'Whether the mower stands in its charging station.' } },
  functions: [
    { name: 'battery_charge', description: 'Returns the charge left in the battery, as the charger of the station reports it.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Charge in percent.', unit: '%' } },
    { name: 'auto_dock', description: 'Docks in the charging station.', kind: 'action', parameters: [] },
    { name: 'halt_blades', description: 'Halts the blades and the wheels at once.', kind: 'action', parameters: [] },
    {
      name: 'mow_zone',
      description: 'Cuts the grass of one numbered zone.',
      kind: 'action',
      parameters: [{ name: 'zone', type: 'integer', description: 'Zone number.', minimum: 1, maximum: 8 }],
    },
    { name: 'report_position', description: 'Reports where on the lawn the mower is.', kind: 'query', parameters: [], returns: { type: 'string', description: 'Position.' } },
  ],
};

// A survey drone of our own: two setters whose quantities are verbs of motion ("speed", "pitch") and one flight to a point.
const drone: DeviceDescription = {
  type: 'survey_drone',
  title: 'Survey drone',
  description: 'A drone that flies survey points over a field.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['drone'],
  state: {},
  functions: [
    { name: 'set_speed', description: 'Sets the flight speed in metres per second.', kind: 'action', parameters: [{ name: 'speed', type: 'number', description: 'Speed.', minimum: 1, maximum: 15, unit: 'm/s' }] },
    { name: 'set_gimbal_pitch', description: 'Sets the gimbal pitch in degrees.', kind: 'action', parameters: [{ name: 'pitch', type: 'integer', description: 'Pitch.', minimum: -90, maximum: 30 }] },
    {
      name: 'fly_to_point',
      description: 'Flies the drone to the map point (x, y) in metres.',
      kind: 'action',
      parameters: [
        { name: 'x', type: 'number', description: 'East in metres.' },
        { name: 'y', type: 'number', description: 'North in metres.' },
      ],
    },
    { name: 'land', description: 'Lands the drone where it is.', kind: 'action', parameters: [] },
  ],
};

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a verb of motion with where it ends (mapper/destination.ts)', () => {
  it.skipIf(!wordNet)('reads WordNet verb senses with their lexicographer file', () => {
    expect(wordNet!.verbSenses('travel')[0]?.category).toBe('motion');
    expect(wordNet!.verbSenses('print').some((sense) => sense.category === 'motion')).toBe(false);
  });

  it.skipIf(!wordNet)('finds the place after a verb of motion and its particles', () => {
    expect(readDestination(read('head back to your charging station').words, wordNet!)).toEqual(['charging', 'station']);
    expect(readDestination(read('time to drive over to the charger').words, wordNet!)).toEqual(['charger']);
    expect(readDestination(read('please go to zone 3').words, wordNet!)).toEqual(['zone']);
  });

  it.skipIf(!wordNet)('reads a verb, a possessive and a noun that WordNet knows as one verb of motion ("make your way": make_way)', () => {
    expect(readDestination(read('Could you make your way to the shelf numbered 4?').words, wordNet!)).toEqual(['shelf', 'numbered']);
    expect(readDestination(read('make your way back over to the charging station').words, wordNet!)).toEqual(['charging', 'station']);
    expect(readDestination(read('please make your way to zone 3').words, wordNet!)).toEqual(['zone']);
  });

  it.skipIf(!wordNet)('reads no motion into a possessive noun that makes no verb of motion, nor into the idiom without its possessive', () => {
    expect(readDestination(read('check your battery to see how much is left').words, wordNet!)).toBeUndefined();
    expect(readDestination(read('make the way clear to the gate').words, wordNet!)).toBeUndefined();
    expect(readDestination(read('make your report to the office').words, wordNet!)).toBeUndefined();
  });

  it.skipIf(!wordNet)('reads a verb, the reflexive and a particle that WordNet knows as one verb of motion ("get yourself to": get_to)', () => {
    expect(readDestination(read('Can you get yourself to zone 3?').words, wordNet!)).toEqual(['zone']);
    expect(readDestination(read('get yourself back over to the charging station').words, wordNet!)).toEqual(['charging', 'station']);
    expect(readDestination(read('could you get yourself over to the gate').words, wordNet!)).toEqual(['gate']);
  });

  it.skipIf(!wordNet)('reads no motion into a reflexive without such a phrasal verb, nor into "get" alone', () => {
    expect(readDestination(read('get yourself a fresh blade').words, wordNet!)).toBeUndefined();
    expect(readDestination(read('get the battery reading to me').words, wordNet!)).toBeUndefined();
    expect(readDestination(read('check yourself for faults').words, wordNet!)).toBeUndefined();
  });

  it.skipIf(!wordNet)('finds no place where no verb of motion says where to go', () => {
    expect(readDestination(read('set the height to 40').words, wordNet!)).toBeUndefined();
    expect(readDestination(read('turn on the light in the hall').words, wordNet!)).toBeUndefined();
    expect(readDestination(read('move the blinds to 50%').words, wordNet!)).toBeUndefined();
    expect(readDestination(read('how much charge is left in the battery').words, wordNet!)).toBeUndefined();
  });

  describe.skipIf(!wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      mapper = await createApiMapper({ embedder, lexicon, document: mower, selfNoun: 'mower' });
    }, 120_000);

    it.each(['Head back to your charger.', 'Time to drive back to the charging station.', 'Please travel back to the charging station.', 'Could you run over to your charging station?'])(
      'sends the mower to its station for "%s", not to its battery reading',
      async (request) => {
        expect(called(await mapper.map(request))).toEqual(['auto_dock']);
      },
    );

    it.each(['Make your way back to the charging station.', 'Could you make your way to your charger?', 'make your way over to the station to charge'])('sends the mower to its station for "%s" (make_way is a verb of motion)', async (request) => {
      expect(called(await mapper.map(request))).toEqual(['auto_dock']);
    });

    it.each(['Can you get yourself back to the charging station?', 'get yourself over to your charger'])('sends the mower to its station for "%s", not to its position reading', async (request) => {
      expect(called(await mapper.map(request))).toEqual(['auto_dock']);
    });

    it('sends the mower to a numbered zone it is told to make its way to', async () => {
      const result = await mapper.map('make your way to zone 3');
      expect(result.kind === 'call' ? result.calls.map((call) => [call.function, call.arguments]) : result.reason).toEqual([['mow_zone', { zone: 3 }]]);
    });

    it.each(['How much charge is left in the battery?', 'what is the battery charge'])('still reads the battery for "%s"', async (request) => {
      expect(called(await mapper.map(request))).toEqual(['battery_charge']);
    });
  });

  it.skipIf(!wordNet)('reaches no setter by a rarer sense of the place\'s word ("position" is also "put, set, place")', () => {
    const normalised = normaliseApiDocument(drone);
    const views = functionViews(normalised, lexicon);
    const profiles = new Map(normalised.functions.map((fn, position) => [fn.name, functionProfile(fn, views.documents[position]?.fields[0]?.words ?? [], views.language)]));
    const kinds = new Map(normalised.functions.map((fn) => [fn.name, fn.kind ?? 'action']));
    const destinations = new Destinations(normalised.functions, views.documents, profiles, kinds, wordNet, ['drone']);
    const fits = (request: string) => Object.fromEntries(normalised.functions.map((fn) => [fn.name, destinations.fit(fn, read(request))]));
    for (const request of ['fly to position 12, 30', 'head over to position 12, 30']) expect(fits(request)).toMatchObject({ set_speed: 0, set_gimbal_pitch: 0 });
  });

  describe.skipIf(!wordNet)('a place said by a noun of a rarer verb sense', () => {
    let droneMapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      droneMapper = await createApiMapper({ embedder, lexicon, document: drone, selfNoun: 'drone' });
    }, 120_000);

    // "position" is also the verb "put, set, place": read that way it reached every setter.
    it.each(['fly to position 12, 30', 'navigate to position twelve, thirty', 'head over to position 12, 30'])('flies to the point for "%s", sets nothing', async (request) => {
      const result = await droneMapper.map(request);
      expect(result.kind === 'call' ? result.calls.map((call) => [call.function, call.arguments]) : result.reason).toEqual([['fly_to_point', { x: 12, y: 30 }]]);
    });
  });
});
