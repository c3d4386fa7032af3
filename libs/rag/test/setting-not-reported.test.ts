import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';

// Devices written for this test: a pond pump that sets its flow rate and reads its water pressure
// and its filter's wear, with no state fields; the same pump with a state that holds its flow.
const functions: DeviceDescription['functions'] = [
  { name: 'set_flow_rate', description: 'Sets the flow rate of the pump in litres per minute.', kind: 'action', parameters: [{ name: 'rate', type: 'number', description: 'Flow rate.', minimum: 1, maximum: 60 }] },
  { name: 'read_pressure', description: 'Reads the water pressure at the outlet.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Pressure in bar.' } },
  { name: 'filter_wear', description: 'Reports how worn the filter is, in percent.', kind: 'query', parameters: [], returns: { type: 'number', description: 'Wear in percent.' } },
  { name: 'start_pump', description: 'Starts the pump.', kind: 'action', parameters: [] },
];
const pump: DeviceDescription = { type: 'pond_pump', title: 'Pond pump', description: 'A pump for the garden pond.', domain: 'home', version: '1.0.0', nouns: ['pump', 'pond pump'], state: {}, functions };
const statefulPump: DeviceDescription = { ...pump, type: 'pond_pump_with_state', state: { flow_rate: { type: 'number', description: 'The flow rate set.' } } };

let mapper: ApiMapper;
let statefulMapper: ApiMapper;
beforeAll(async () => {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  const lexicon = openLexicon({ enabled: true });
  mapper = await createApiMapper({ embedder, lexicon, document: pump });
  statefulMapper = await createApiMapper({ embedder, lexicon, document: statefulPump });
}, 120_000);

describe('a quantity only an action sets is not reported by another query (setting-not-reported.ts)', () => {
  it('declines a question about the flow that only the setter names', async () => {
    for (const text of ['what flow rate is the pump on?', "what's the pump's current flow?"]) {
      const result = await mapper.map(text, {});
      expect(result.kind, text).toBe('not_executable');
    }
  });
  it('answers what a query reports', async () => {
    const pressure = await mapper.map("what's the water pressure?", {});
    expect(pressure.kind === 'call' && pressure.calls[0]?.function).toBe('read_pressure');
    const wear = await mapper.map('how worn is the filter?', {});
    expect(wear.kind === 'call' && wear.calls[0]?.function).toBe('filter_wear');
  });
  it('does not judge a document whose state holds the quantity', async () => {
    const result = await statefulMapper.map('what flow rate is the pump on?', {});
    expect(result.kind === 'not_executable' && /none of its functions reports it/.test(result.reason)).toBe(false);
  });
});
