import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, DeviceStateValues } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { gerundOfState, saidOfDevice } from '../src/mapper/gerund-state';
import { withLetThrough } from '../src/mapper/let-through';

// A fountain pump written for this test: its document says a working pump is "running" or
// "pumping", and its stop note speaks of a "run schedule", so "run" alone meets the stop's words.
const fountain: DeviceDescription = {
  type: 'fountain_pump',
  title: 'Garden fountain pump',
  description: 'A pump that drives a garden fountain.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['fountain', 'pump'],
  state: { pump_state: { type: 'enum', description: 'Whether the pump works.', values: ['working', 'idle'], synonyms: { working: ['running', 'pumping', 'splashing'], idle: ['off', 'still'] } } },
  functions: [
    { name: 'start_pump', description: 'Starts the fountain.', kind: 'action', parameters: [], effects: [{ key: 'pump_state', value: 'working' }] },
    { name: 'stop_pump', description: 'Stops the pump and clears any run schedule.', kind: 'action', parameters: [], effects: [{ key: 'pump_state', value: 'idle' }] },
    { name: 'pump_status', description: 'Reports whether the pump is working.', kind: 'query', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a verb whose -ing word the document gives for a state', () => {
  const document = normaliseApiDocument(fountain);

  it('finds the -ing word of which the verb is the base', () => {
    expect(gerundOfState(document, 'run')).toBe('running');
    expect(gerundOfState(document, 'splash')).toBe('splashing');
    expect(gerundOfState(document, 'work')).toBe('working');
    expect(gerundOfState(document, 'stop')).toBeUndefined();
    expect(gerundOfState(document, 'fountain')).toBeUndefined();
  });

  it('reads the verb so only where it is said of the device', () => {
    expect(saidOfDevice(document, 'the fountain')).toBe(true);
    expect(saidOfDevice(document, 'it for a while')).toBe(true);
    expect(saidOfDevice(document, '')).toBe(true);
    expect(saidOfDevice(document, 'my bath')).toBe(false);
    expect(withLetThrough('let the bath run', document)).toBe('let the bath run');
  });

  it('reads "let" with such a verb after what is let as that verb on it', () => {
    expect(withLetThrough('let the fountain run', document)).toBe('run the fountain');
    expect(withLetThrough('please let it splash a while', document)).toBe('please splash it a while');
    // Without such a verb, or without the document, "let" is left as it was.
    expect(withLetThrough('let the fountain rest', document)).toBe('let the fountain rest');
    expect(withLetThrough('let the fountain run')).toBe('let the fountain run');
  });

  describe('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: fountain });
    });
    const map = async (text: string, state: DeviceStateValues = { pump_state: 'idle' }) => called(await mapper.map(text, state));

    it('asks for that state, not for what the verb meets in another note', async () => {
      expect(await map('run the fountain')).toEqual(['start_pump']);
      expect(await map('let the fountain run')).toEqual(['start_pump']);
    });

    it('leaves a thing that is not the device to the rest of the mapper', async () => {
      expect(await map('run my bath')).not.toEqual(['start_pump']);
    });

    it('still stops it when told to', async () => {
      expect(await map('stop the fountain', { pump_state: 'working' })).toEqual(['stop_pump']);
    });
  });
});
