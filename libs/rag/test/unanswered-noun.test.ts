import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

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

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

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
