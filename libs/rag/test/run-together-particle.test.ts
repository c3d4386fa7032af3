import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { withParticleApart } from '../src/mapper/run-together-particle';
import { withJoinedPrefix } from '../src/mapper/hyphened-prefix';

// A string of fairy lights and an aquarium pump written for this test: words run together or set apart as typed.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const pump = {
  type: 'aquarium_pump',
  title: 'Aquarium pump',
  nouns: ['pump', 'aquarium pump', 'filter'],
  state: { running: { type: 'boolean', description: 'Whether the pump is running.' }, paused: { type: 'boolean', description: 'Whether the pump is paused for feeding.' } },
  functions: [
    { name: 'switch_on', kind: 'action', parameters: [], description: 'Switches the aquarium pump on.', effects: [{ key: 'running', value: true }] },
    { name: 'switch_off', kind: 'action', parameters: [], description: 'Switches the aquarium pump off.', effects: [{ key: 'running', value: false }] },
    { name: 'pause_for_feeding', kind: 'action', parameters: [], description: 'Pauses the pump while the fish are fed.', effects: [{ key: 'paused', value: true }] },
    { name: 'unpause', kind: 'action', parameters: [], description: 'Unpauses the pump after feeding.', effects: [{ key: 'paused', value: false }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a phrasal verb typed as one word', () => {
  it('reads the verb and its particle apart', () => {
    expect(withParticleApart('switchon the fairy lights', wordNet)).toBe('switch on the fairy lights');
    expect(withParticleApart('please shutoff the pump', wordNet)).toBe('please shut off the pump');
    expect(withParticleApart('Turnon the filter', wordNet)).toBe('Turn on the filter');
  });

  it('leaves words WordNet or the document knows as typed', () => {
    for (const text of ['lockup the shed', 'the setup is fine', 'go to checkout', 'turnon the lights']) {
      expect(withParticleApart(text, wordNet, new Set(['turnon'])), text).toBe(text);
    }
  });
});

describe("a verb's negating prefix set off by a space or a hyphen", () => {
  it('joins the prefix to the verb', () => {
    expect(withJoinedPrefix('un pause the pump', wordNet)).toBe('unpause the pump');
    expect(withJoinedPrefix('please un-pause it', wordNet)).toBe('please unpause it');
    expect(withJoinedPrefix('un lock the shed', wordNet)).toBe('unlock the shed');
  });

  it('leaves a prefix before no verb, and a name, as written', () => {
    for (const text of ['the UN pause talks', 'de luxe model', 'de facto rules']) expect(withJoinedPrefix(text, wordNet), text).toBe(text);
  });
});

describe('through the mapper', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('switches on, not off, and undoes the pause, not repeats it', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: pump, selfNoun: 'pump' });
    expect(chosen(await mapper.map('switchon the pump', { running: false, paused: false }))).toEqual(['switch_on']);
    expect(chosen(await mapper.map('un pause the pump', { running: true, paused: true }))).toEqual(['unpause']);
  });
});
