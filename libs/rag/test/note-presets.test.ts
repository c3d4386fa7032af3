import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, ParameterSpec } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { notePresets, presetsOf } from '../src/arguments/note-presets';

const level = (description: string, range: Partial<ParameterSpec> = {}): ParameterSpec => ({ name: 'level', type: 'integer', description, ...range });

describe('named values a parameter note spells out', () => {
  it.each([
    ['Target speed; 33 is low, 66 medium, 100 high.', { low: 33, medium: 66, high: 100 }],
    ['Heat level: 1 is eco, 2 is comfort and 3 is boost.', { eco: 1, comfort: 2, boost: 3 }],
    ['Flow of the pump; gentle is 20, strong is 80.', { gentle: 20, strong: 80 }],
    ['Target opening; 0 is closed, 50 half open, 100 fully open.', { closed: 0, 'half open': 50, 'fully open': 100 }],
  ])('"%s"', (description, presets) => expect(notePresets(level(description, { minimum: 0, maximum: 100 }))).toEqual(presets));

  it.each(['Target speed in percent.', 'Brightness from 1 to 100.', 'Volume; 5 steps per click.', 'Minutes to run, at most 90.'])('"%s" spells none', (description) =>
    expect(notePresets(level(description))).toEqual({}),
  );

  it('a number outside the range names nothing', () => expect(notePresets(level('Speed; 1 is slow, 250 turbo.', { minimum: 1, maximum: 100 }))).toEqual({ slow: 1 }));

  it('declared presets come first', () => expect(presetsOf({ ...level('1 is eco'), presets: { night: 5 } })).toEqual({ night: 5 }));
});

// A document written for this test: a towel rail whose heat levels are named only in its note.
const rail: DeviceDescription = {
  type: 'towel_rail',
  title: 'Heated towel rail',
  description: 'An electric towel rail with three heat levels and a swivel.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['towel rail', 'rail'],
  state: { on: { type: 'boolean', description: 'Whether it heats.' }, heat: { type: 'integer', description: 'Heat level.', minimum: 1, maximum: 3 }, swivelled: { type: 'boolean', description: 'Whether the arms are swung out.' } },
  functions: [
    { name: 'turn_on', description: 'Starts heating at the last level.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'turn_off', description: 'Stops heating.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'set_heat', description: 'Sets the heat level and starts heating.', kind: 'action', parameters: [{ name: 'heat', type: 'integer', description: 'Heat level; 1 is eco, 2 comfort, 3 boost.', minimum: 1, maximum: 3 }], effects: [{ key: 'on', value: true }, { key: 'heat', parameter: 'heat' }] },
    { name: 'set_swivel', description: 'Swings the arms of the rail out or back in.', kind: 'action', parameters: [{ name: 'swivelled', type: 'boolean', description: 'True to swing out.' }], effects: [{ key: 'swivelled', parameter: 'swivelled' }] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);

describe('a value named in a note is held by its parameter', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: rail });
  });

  it.each([
    ['Set the towel rail to boost.', 'set_heat{"heat":3}'],
    ['Put the rail on eco.', 'set_heat{"heat":1}'],
    ['Switch the towel rail to comfort.', 'set_heat{"heat":2}'],
  ])('"%s"', async (text, call) => expect(called(await mapper.map(text, { on: false, heat: 1, swivelled: false }))).toEqual([call]));
});
