import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { complainedValue, endedWish } from '../src/mapper/ended-wish';
import type { MapResult } from '../src/mapper/api-mapper-options';

// A garden-room heat pump written for this test: it warms or chills the room, and stops both.
const wordNet = openLexicon().wordNet;
const pump = normaliseApiDocument({
  type: 'heat_pump',
  title: 'Garden-room heat pump',
  description: 'A heat pump for the garden room.',
  state: { mode: { type: 'enum', values: ['off', 'warm', 'chill'], synonyms: { warm: ['hot', 'heating'], chill: ['cold', 'cool'] } } },
  functions: [
    { name: 'stop_pump', kind: 'action', parameters: [], description: 'Stops warming and cooling of the garden room.', effects: [{ key: 'mode', value: 'off' }] },
    { name: 'start_pump', kind: 'action', parameters: [], description: 'Starts the pump in its last mode.' },
    { name: 'choose_mode', kind: 'action', description: 'Chooses the mode.', parameters: [{ name: 'mode', type: 'enum', values: ['off', 'warm', 'chill'], synonyms: { warm: ['hot', 'heating'], chill: ['cold', 'cool'] } }], effects: [{ key: 'mode', parameter: 'mode' }] },
  ],
} as unknown as DeviceDescription);
const byName = new Map(pump.functions.map((fn) => [fn.name, fn]));
const call = (name: string, args: Record<string, unknown> = {}) => ({ kind: 'call', calls: [{ function: name, arguments: args }], ranking: [] }) as unknown as MapResult;

describe('a wish for more of what a stopping call ends (ended-wish.ts)', () => {
  it('declines the stop where the opening verb, an amount or a stated quality asks for warmth or cool', () => {
    for (const said of ['warm up the garden room', 'could we get some warming in here', 'a touch chilly out here in the garden room']) {
      expect(endedWish(call('stop_pump'), said, byName, wordNet, 'heat pump'), said).toBeDefined();
    }
  });

  it('keeps a stop said in so many words, and any call that does not stop', () => {
    for (const said of ['switch the pump off', 'stop the heat pump', 'halt the pump', 'we are done with the pump for today', 'it is too warm, shut it down']) {
      expect(endedWish(call('stop_pump'), said, byName, wordNet, 'heat pump'), said).toBeUndefined();
    }
    expect(endedWish(call('start_pump'), 'warm up the garden room', byName, wordNet)).toBeUndefined();
  });
});

describe('a stated quality is not answered by the value that names it (ended-wish.ts)', () => {
  it('declines the mode whose synonyms name what the person says there is already', () => {
    expect(complainedValue(call('choose_mode', { mode: 'chill' }), 'honestly it is a wee bit cold out here', byName, wordNet)).toBeDefined();
    expect(complainedValue(call('choose_mode', { mode: 'warm' }), "it's rather hot in the garden room", byName, wordNet)).toBeDefined();
  });

  it('keeps the value where the quality is the other end, or ordered', () => {
    expect(complainedValue(call('choose_mode', { mode: 'warm' }), 'honestly it is a wee bit cold out here', byName, wordNet)).toBeUndefined();
    expect(complainedValue(call('choose_mode', { mode: 'chill' }), 'put it on cold', byName, wordNet)).toBeUndefined();
    expect(complainedValue(call('choose_mode', { mode: 'chill' }), "it's hot, switch it to cold", byName, wordNet)).toBeUndefined();
  });
});

describe('an order to stop states no quality (ended-wish.ts)', () => {
  it('keeps the stop of a plug whose turn_off cuts the power', () => {
    const plug = normaliseApiDocument({ type: 'plug', title: 'Smart plug', state: { on: { type: 'boolean' } }, functions: [
      { name: 'turn_off', kind: 'action', parameters: [], description: 'Cuts the power to the socket.', effects: [{ key: 'on', value: false }] },
    ] } as unknown as DeviceDescription);
    const plugs = new Map(plug.functions.map((fn) => [fn.name, fn]));
    expect(endedWish(call('turn_off'), 'cut the power to the socket', plugs, wordNet)).toBeUndefined();
  });
});
