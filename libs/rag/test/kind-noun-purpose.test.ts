import { describe, expect, it } from 'vitest';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { functionProfile } from '../src/mapper/evidence';
import { withPurposeVerb } from '../src/mapper/purpose-verb';
import { withStateParticle } from '../src/mapper/state-particle';
import { withStateParticiple } from '../src/mapper/state-participle';
import { withLetThrough } from '../src/mapper/let-through';

const wordNet = openLexicon().wordNet;

// Documents written for this test: a greenhouse mister whose kind nouns say what it is for, and a
// plug-in kettle base with a yes/no "on" state.
const mister = normaliseApiDocument({
  type: 'mister',
  title: 'Greenhouse mister',
  description: 'A misting line for a greenhouse.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['mister', 'misting line', 'mist'],
  state: { running: { type: 'boolean', description: 'Whether the line mists.' } },
  functions: [
    { name: 'start_line', description: 'Starts the misting line.', kind: 'action', parameters: [], effects: [{ key: 'running', value: true }] },
    { name: 'stop_line', description: 'Stops the misting line.', kind: 'action', parameters: [], effects: [{ key: 'running', value: false }] },
    { name: 'is_running', description: 'Reports whether the line mists.', kind: 'query', parameters: [] },
  ],
});
const base = normaliseApiDocument({
  type: 'kettle_base',
  title: 'Kettle base',
  description: 'A powered base a kettle sits on.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['base', 'kettle base'],
  state: { on: { type: 'boolean', description: 'Whether the base heats.' } },
  functions: [
    { name: 'power_up', description: 'Powers the base up.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'power_down', description: 'Powers the base down.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
  ],
});
const profilesOf = (document: typeof mister) => document.functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));

describe('a verb that is a kind noun of the device, told no name of its own', () => {
  it.each([
    ['mist the orchids', 'start'],
    ['mist the seedlings for ten minutes', 'start for ten minutes'],
  ])('"%s" -> "%s"', (text, meant) => expect(withPurposeVerb(text, mister, undefined, profilesOf(mister), wordNet)).toBe(meant));

  it.each(['spray the orchids', 'order the orchids', 'stop the line'])('"%s" is left as said: no kind noun by its own stem', (text) => {
    expect(withPurposeVerb(text, mister, undefined, profilesOf(mister), wordNet)).toBe(text);
  });
});

describe('a particle that names a yes/no state of the document', () => {
  it.each([
    ['put the kettle on', 'power up the kettle'],
    ['get the kettle off please', 'power down the kettle please'],
  ])('"%s" -> "%s"', (text, meant) => expect(withStateParticle(text, base, profilesOf(base), wordNet)).toBe(meant));

  it.each(['kettle on the base please', 'kettle on please'])('"%s" is left as said: no verb opens it', (text) => {
    expect(withStateParticle(text, base, profilesOf(base), wordNet)).toBe(text);
  });
});

describe('a verb the document gives as a word for a state', () => {
  // Written for this test: a gate latch whose free state its vendor also calls "open".
  const latch = normaliseApiDocument({
    type: 'gate_latch',
    title: 'Gate latch',
    description: 'A motorised latch on a garden gate.',
    domain: 'home',
    version: '1.0.0',
    nouns: ['latch', 'gate latch'],
    state: { latch_state: { type: 'enum', description: 'Whether the gate is held.', values: ['latched', 'free'], synonyms: { free: ['open', 'released'], latched: ['held'] } } },
    functions: [
      { name: 'engage', description: 'Latches the gate.', kind: 'action', parameters: [], effects: [{ key: 'latch_state', value: 'latched' }] },
      { name: 'release', description: 'Frees the gate.', kind: 'action', parameters: [], effects: [{ key: 'latch_state', value: 'free' }] },
    ],
  });
  it.each([
    ['open the side gate', 'release the side gate'],
    [withLetThrough('let the dog out'), 'release'],
  ])('"%s" -> "%s"', (text, meant) => expect(withStateParticiple(text, latch, profilesOf(latch))).toBe(meant));

  it('keeps a verb a function is named by', () => expect(withStateParticiple('engage the latch', latch, profilesOf(latch))).toBe('engage the latch'));
});
