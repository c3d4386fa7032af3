import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';

// A garden robot written for this test: it stops, goes home to charge, drives at a speed and takes pictures.
// A deed said of another vehicle ("halt the tractor", "recharge the golf cart") is that vehicle's, not the mower's.
const lexicon = openLexicon();

const mower = {
  type: 'robot_mower',
  title: 'Robot lawn mower',
  nouns: ['mower', 'robot'],
  state: {},
  functions: [
    { name: 'halt', kind: 'action', parameters: [], description: 'Stops the blades and the wheels at once.' },
    { name: 'return_home', kind: 'action', parameters: [], description: 'Drives back to the charging station and recharges the battery.' },
    { name: 'set_speed', kind: 'action', parameters: [{ name: 'speed', type: 'number', unit: 'm/s', minimum: 0.1, maximum: 1.5, description: 'Driving speed in metres per second.' }], description: 'Sets the driving speed.' },
    { name: 'take_picture', kind: 'action', parameters: [], description: 'Takes a picture with the front camera.' },
    { name: 'battery_level', kind: 'query', parameters: [], description: 'Tells how charged the battery is, in percent.' },
  ],
} as unknown as DeviceDescription;

const chosen = (result: { kind: string; calls?: { function: string }[] }) => (result.kind === 'call' ? result.calls!.map((call) => call.function) : []);

describe('a deed on another vehicle than the device', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('declines a deed done to a vehicle the document does not name, or to another of its own kind', async () => {
    const robot = await createApiMapper({ embedder, lexicon, document: mower, selfNoun: 'mower' });
    for (const text of ['halt the tractor!', 'recharge the golf cart', 'stop the other mower']) {
      const result = await robot.map(text);
      expect(result.kind, text).toBe('not_executable');
      if (result.kind === 'not_executable') expect(result.reason, text).toMatch(/is not the (tractor|golf cart)|another mower/);
    }
  });

  it('does the deed asked of itself, and a picture of the vehicle', async () => {
    const robot = await createApiMapper({ embedder, lexicon, document: mower, selfNoun: 'mower' });
    expect(chosen(await robot.map('halt the mower!'))).toEqual(['halt']);
    expect(chosen(await robot.map('halt!'))).toEqual(['halt']);
    expect(chosen(await robot.map('go home and recharge'))).toEqual(['return_home']);
    expect(chosen(await robot.map('photograph the tractor'))).toEqual(['take_picture']);
  });

  it('declines a reading asked of another vehicle, and reads its own', async () => {
    const robot = await createApiMapper({ embedder, lexicon, document: mower, selfNoun: 'mower' });
    const result = await robot.map('is the tractor charged?');
    expect(result.kind).toBe('not_executable');
    if (result.kind === 'not_executable') expect(result.reason).toMatch(/not of the tractor/);
    expect(chosen(await robot.map('is your battery charged?'))).toEqual(['battery_level']);
  });

  it('leaves a vehicle said as the value a call is given: an item put on a list', async () => {
    // A party list of this test's own: "balloon" is a craft by WordNet's first sense, but here it is an item.
    const partyList = {
      type: 'party_list', title: 'Party list', nouns: ['list', 'party list'], state: { items: { type: 'array', description: 'Things to get for the party.' } },
      functions: [
        { name: 'add_item', kind: 'action', parameters: [{ name: 'item', type: 'string', required: true, description: 'The thing to add.' }], description: 'Adds a thing to the party list.' },
        { name: 'remove_item', kind: 'action', parameters: [{ name: 'item', type: 'string', required: true, description: 'The thing to take off.' }], description: 'Takes a thing off the party list.' },
      ],
    } as unknown as DeviceDescription;
    const list = await createApiMapper({ embedder, lexicon, document: partyList, selfNoun: 'list' });
    const result = await list.map('put balloons on the party list', { items: ['cake'] });
    expect(chosen(result)).toEqual(['add_item']);
  });
});
