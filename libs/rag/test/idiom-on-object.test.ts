import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { withAskedForSpeaker } from '../src/mapper/asked-for-speaker';
import { withIdiomOnObject } from '../src/mapper/idiom-on-object';

// A garden fountain written for this test: an idiom's verb phrase said on the device, and the speaker asking for it going.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const fountain = {
  type: 'garden_fountain',
  title: 'Garden fountain pump',
  nouns: ['fountain', 'pump', 'water feature'],
  state: { running: { type: 'boolean', description: 'Whether the pump is running.' } },
  functions: [
    { name: 'start_pump', kind: 'action', parameters: [], description: 'Starts the fountain pump so the water flows.', effects: [{ key: 'running', value: true }] },
    { name: 'stop_pump', kind: 'action', parameters: [], description: 'Stops the fountain pump.', effects: [{ key: 'running', value: false }] },
    { name: 'is_running', kind: 'query', parameters: [], description: 'Reports whether the pump is running.', returns: { type: 'boolean', description: 'true when running' } },
    { name: 'get_flow', kind: 'query', parameters: [], description: 'Reads how much water the fountain pumps.', returns: { type: 'integer', description: 'litres per minute' } },
  ],
} as unknown as DeviceDescription;

const socket = {
  type: 'aquarium_socket',
  title: 'Smart socket',
  nouns: ['socket', 'plug', 'power point'],
  state: { powered: { type: 'boolean', description: 'Whether the socket gives power.' } },
  functions: [
    { name: 'power_on', kind: 'action', parameters: [], description: 'Switches the plug on so the appliance gets power.', effects: [{ key: 'powered', value: true }] },
    { name: 'power_off', kind: 'action', parameters: [], description: 'Switches the plug off and cuts the power.', effects: [{ key: 'powered', value: false }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe("an idiom's verb phrase said on its object", () => {
  it('reads the phrase WordNet lists as one verb as its commonest one-word verb', () => {
    expect(withIdiomOnObject('pull the plug on the fountain', wordNet)).toBe('stop the fountain');
    expect(withIdiomOnObject('please pull the plug on the water feature now', wordNet)).toBe('please stop the water feature now');
  });

  it('leaves phrasal verbs, a phrase with nothing after it and words WordNet does not join', () => {
    for (const text of ['switch over to the fountain', 'pull the plug', 'turn the pump on for me', 'put the fountain on for an hour', 'start the pump on low']) {
      expect(withIdiomOnObject(text, wordNet), text).toBe(text);
    }
  });
});

describe('the speaker asking for the device going', () => {
  it('reads "could I get X going" as the request said to the device', () => {
    expect(withAskedForSpeaker('could I get the fountain going?', wordNet)).toBe('get the fountain going');
    expect(withAskedForSpeaker('can we get the pump going please', wordNet)).toBe('get the pump going please');
  });

  it('leaves a reading asked for and an -ing word WordNet does not pair with the verb', () => {
    expect(withAskedForSpeaker('can I get the pump reading', wordNet)).toBe('can I get the pump reading');
  });
});

describe('through the mapper', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('stops the pump for the idiom and starts it for the wish, and never the other way', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: fountain, selfNoun: 'fountain' });
    expect(chosen(await mapper.map('pull the plug on the fountain', { running: true }))).toEqual(['stop_pump']);
    expect(chosen(await mapper.map('could I get the fountain going', { running: false }))).toEqual(['start_pump']);
    // "plug" is the socket's own noun: read word by word, the idiom switched it on.
    const plug = await createApiMapper({ embedder, lexicon, document: socket, selfNoun: 'socket' });
    expect(chosen(await plug.map('pull the plug on the aquarium', { powered: true }))).not.toContain('power_on');
  });
});
