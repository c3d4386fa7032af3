import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';

// Devices written for this test: a parcel conveyor that sets its belt speed and reports its load and
// its parcel count, with no state fields; the same conveyor with a state that holds its speed.
const functions: DeviceDescription['functions'] = [
  { name: 'set_belt_speed', description: 'Sets the speed of the belt in metres per second.', kind: 'action', parameters: [{ name: 'speed', type: 'number', description: 'Belt speed.', unit: 'm/s', minimum: 0.1, maximum: 3 }] },
  { name: 'read_load', description: 'Reads the weight of the parcels on the belt in kilograms.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Load in kg.' } },
  { name: 'count_parcels', description: 'Counts the parcels that passed today.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Parcel count.' } },
  { name: 'start_belt', description: 'Starts the belt.', kind: 'action', parameters: [] },
];
const conveyor: DeviceDescription = { type: 'parcel_conveyor', title: 'Parcel conveyor', description: 'A conveyor belt for parcels.', domain: 'home', version: '1.0.0', nouns: ['conveyor', 'belt'], state: {}, functions };
const statefulConveyor: DeviceDescription = { ...conveyor, type: 'parcel_conveyor_with_state', state: { belt_speed: { type: 'number', description: 'The speed set.', unit: 'm/s' } } };

let mapper: ApiMapper;
let statefulMapper: ApiMapper;
beforeAll(async () => {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const lexicon = openLexicon({ enabled: true });
  mapper = await createApiMapper({ embedder, lexicon, document: conveyor });
  statefulMapper = await createApiMapper({ embedder, lexicon, document: statefulConveyor });
}, 120_000);

describe('a quantity only an action sets is not reported by another query (setting-not-reported.ts)', () => {
  it('declines a question about the speed that only the setter names', async () => {
    for (const text of ['how fast is it running?', 'what speed are you on?', "what's your current speed"]) {
      const result = await mapper.map(text, {});
      expect(result.kind, text).toBe('not_executable');
    }
  });
  it('answers what a query reports', async () => {
    const load = await mapper.map('how heavy is the load right now?', {});
    expect(load.kind === 'call' && load.calls[0]?.function).toBe('read_load');
    const count = await mapper.map('how many parcels went through today?', {});
    expect(count.kind === 'call' && count.calls[0]?.function).toBe('count_parcels');
  });
  it('does not judge a document whose state holds the quantity', async () => {
    const result = await statefulMapper.map('what speed are you on?', {});
    expect(result.kind === 'not_executable' && /none of its functions reports it/.test(result.reason)).toBe(false);
  });
});
