import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { microwaveOvenDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { effectPole } from '../src/mapper/effect-pole';

// A document written for this test: a pump whose two functions say "start" and "stop", never "on" or "off".
const pump: DeviceDescription = {
  type: 'garden_pump',
  title: 'Garden pump',
  description: 'A pump that waters the garden beds from the rain barrel.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['pump', 'garden pump'],
  state: { pumping: { type: 'boolean', description: 'Whether the pump runs.' } },
  functions: [
    { name: 'start_pumping', description: 'Starts the pump.', kind: 'action', parameters: [], effects: [{ key: 'pumping', value: true }] },
    { name: 'stop_pumping', description: 'Stops the pump.', kind: 'action', parameters: [], effects: [{ key: 'pumping', value: false }] },
    { name: 'is_pumping', description: 'Tells whether the pump runs.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'Pumping.' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('effectPole: the end of an on/off pair a function is, from what it sets', () => {
  it('a two-state field set false is the off end, set true the on end', () => {
    expect(effectPole({ effects: [{ key: 'running', value: false }] })).toBe(-1);
    expect(effectPole({ effects: [{ key: 'running', value: true }] })).toBe(1);
  });
  it('no two-state effect, or both ends at once, says nothing', () => {
    expect(effectPole({})).toBe(0);
    expect(effectPole({ effects: [{ key: 'status', value: 'docked' }] })).toBe(0);
    expect(effectPole({ effects: [{ key: 'a', value: true }, { key: 'b', value: false }] })).toBe(0);
  });
});

describe('"off" and "on" meet start/stop functions by what they do', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    mappers.set('microwave', await createApiMapper({ embedder, lexicon, document: microwaveOvenDescription }));
    mappers.set('pump', await createApiMapper({ embedder, lexicon, document: pump }));
  });
  const map = async (device: string, text: string, running: boolean) => called(await mappers.get(device)!.map(text, { running, pumping: running }));

  it.each([
    ['microwave', 'turn off the microwave', 'stop_heating'],
    ['microwave', 'Turn the microwave off.', 'stop_heating'],
    ['microwave', 'switch the oven off please', 'stop_heating'],
    ['pump', 'pump off', 'stop_pumping'],
  ])('%s: "%s" stops it', async (device, text, call) => {
    expect(await map(device, text, true)).toEqual([call]);
  });

  // Where the rest of the request is too far from the pump's words it may be declined, but never read as the other end.
  it.each(['turn the pump off', 'switch off the garden pump', 'turn off the pump now'])('pump: "%s" never starts it', async (text) => {
    expect(await map('pump', text, true)).not.toContain('start_pumping');
  });

  it.each([
    ['microwave', 'turn on the microwave', 'start_heating'],
    ['microwave', 'switch the oven on', 'start_heating'],
    ['pump', 'turn the pump on', 'start_pumping'],
    ['pump', 'switch on the garden pump', 'start_pumping'],
  ])('%s: "%s" starts it', async (device, text, call) => {
    expect(await map(device, text, false)).toEqual([call]);
  });
});
