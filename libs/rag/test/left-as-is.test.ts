import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { deniesChange, leftAsItIs } from '../src/mapper/left-as-is';

// A porch heater and a skylight written for this test: a command to leave either as it is asks for no call.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const porchHeater = {
  type: 'porch_heater',
  title: 'Patio heater',
  nouns: ['heater', 'patio heater'],
  state: { heating: { type: 'boolean', description: 'Whether the heater is glowing.' } },
  functions: [
    { name: 'heater_on', kind: 'action', parameters: [], description: 'Switches the patio heater on.', effects: [{ key: 'heating', value: true }] },
    { name: 'heater_off', kind: 'action', parameters: [], description: 'Switches the patio heater off.', effects: [{ key: 'heating', value: false }] },
    { name: 'is_heating', kind: 'query', parameters: [], description: 'Reports whether the heater is on.', returns: { type: 'boolean', description: 'true when on' } },
  ],
} as unknown as DeviceDescription;

const skylight = {
  type: 'skylight',
  title: 'Motorised skylight',
  nouns: ['skylight', 'roof window'],
  state: { opening: { type: 'integer', description: 'How far the skylight is open.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'open_skylight', kind: 'action', parameters: [], description: 'Opens the skylight fully.', effects: [{ key: 'opening', value: 100 }] },
    { name: 'shut_skylight', kind: 'action', parameters: [], description: 'Shuts the skylight.', effects: [{ key: 'opening', value: 0 }] },
    { name: 'set_opening', kind: 'action', parameters: [{ name: 'opening', type: 'integer', description: 'Target opening.', unit: '%', minimum: 0, maximum: 100 }], description: 'Opens the skylight part of the way.', effects: [{ key: 'opening', parameter: 'opening' }] },
  ],
} as unknown as DeviceDescription;

const own = (nouns: string[]) => (word: string) => nouns.includes(word) || word === 'it' || word === 'them';
const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a command to leave the device as it is', () => {
  it('knows the verb by a common WordNet sense that denies a change', () => {
    expect(deniesChange('leave', wordNet)).toBe(true);
    // "let" leaves things unchanged only in a rare sense: "let the air in" permits.
    expect(deniesChange('let', wordNet)).toBe(false);
    for (const verb of ['open', 'stop', 'freeze', 'hold', 'switch', 'continue', 'tilt']) expect(deniesChange(verb, wordNet), verb).toBe(false);
  });

  it('declines where the object is the device or is followed by what it is left as', () => {
    const context = { wordNet, ownWord: own(['heater']), selfNoun: 'heater' };
    for (const text of ['leave the heater on', 'please just leave it', 'leave the heater alone', 'Leave the patio thing as it is!', 'leave them where they are']) {
      expect(leftAsItIs(text, context)?.kind, text).toBe('not_executable');
    }
  });

  it('leaves other senses and other verbs to the mapper', () => {
    const context = { wordNet, ownWord: own(['heater']), selfNoun: 'heater' };
    for (const text of ['leave the garden', 'leave the porch and switch the heater on', 'let the heat out', 'turn the heater on', 'leave']) {
      expect(leftAsItIs(text, context), text).toBeUndefined();
    }
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('makes no call for a device to be left as it is, whatever its state', async () => {
      const heater = await createApiMapper({ embedder, lexicon, document: porchHeater, selfNoun: 'heater' });
      expect((await heater.map('leave the heater on', { heating: true })).kind).toBe('not_executable');
      expect((await heater.map('just leave it', { heating: false })).kind).toBe('not_executable');
      const roof = await createApiMapper({ embedder, lexicon, document: skylight, selfNoun: 'skylight' });
      expect((await roof.map('leave the skylight half open', { opening: 50 })).kind).toBe('not_executable');
      expect((await roof.map('leave the roof window where it is', { opening: 30 })).kind).toBe('not_executable');
    });

    it('still does what is asked otherwise', async () => {
      const heater = await createApiMapper({ embedder, lexicon, document: porchHeater, selfNoun: 'heater' });
      expect(chosen(await heater.map('switch the heater on', { heating: false }))).toEqual(['heater_on']);
      const roof = await createApiMapper({ embedder, lexicon, document: skylight, selfNoun: 'skylight' });
      expect(chosen(await roof.map('shut the skylight', { opening: 30 }))).toEqual(['shut_skylight']);
    });
  });
});
