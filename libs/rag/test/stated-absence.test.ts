import { describe, expect, it } from 'vitest';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { withStatedAbsence } from '../src/mapper/stated-absence';
import { withPurposeVerb } from '../src/mapper/purpose-verb';
import { functionProfile } from '../src/mapper/evidence';

const wordNet = openLexicon().wordNet;

// A document written for this test: a yard lamp post with an on/off state.
const lampPost = normaliseApiDocument({
  type: 'lamp_post',
  title: 'Lamp post',
  description: 'A lamp post by a path.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['lamp', 'light', 'lamp post'],
  state: { lit: { type: 'boolean', description: 'Whether the lamp is lit.' } },
  functions: [
    { name: 'switch_on', description: 'Lights the lamp.', kind: 'action', parameters: [], effects: [{ key: 'lit', value: true }] },
    { name: 'switch_off', description: 'Puts the lamp out.', kind: 'action', parameters: [], effects: [{ key: 'lit', value: false }] },
    { name: 'is_lit', description: 'Reports whether the lamp is lit.', kind: 'query', parameters: [] },
  ],
});
// And a mains plug called by its owners a "Towel Warmer": its document knows only power.
const plug = normaliseApiDocument({
  type: 'plug',
  title: 'Smart plug',
  description: 'A plug that switches mains power.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['plug', 'socket'],
  state: { on: { type: 'boolean', description: 'Whether the plug supplies power.' } },
  functions: [
    { name: 'power_on', description: 'Supplies power.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'power_off', description: 'Cuts power.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
  ],
});
const heater = { names: ['Greenhouse Heater', 'frost heater'], words: [] };

describe('what the device gives, said absent, sets it going', () => {
  it.each([
    ["there's no light by the shed", 'switch on by the shed'],
    ['There is no light on the drive', 'switch on on the drive'],
    ['there are no lights in the yard', 'switch on in the yard'],
  ])('"%s" -> "%s"', (text, meant) => expect(withStatedAbsence(text, lampPost, { names: ['Drive Lamp'], words: [] }, wordNet)).toBe(meant));

  it.each(["there's no heat in the greenhouse", 'there is no heat out here'])('"%s" starts a heater known by its own name', (text) => {
    expect(withStatedAbsence(text, plug, heater, wordNet)).toMatch(/^power on/);
  });

  it.each(["there's no milk in the fridge", 'there is no one at the door', 'is there no light?', 'the light is not on'])('"%s" is left as said', (text) => {
    expect(withStatedAbsence(text, lampPost, { names: ['Drive Lamp'], words: [] }, wordNet)).toBe(text);
  });
});

describe('a phrasal verb whose rarer sense is the verb that names the device\'s purpose', () => {
  const profiles = plug.functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));
  it.each([
    ["warm up jo's greenhouse", 'power on'],
    ['heat up the greenhouse', 'power on'],
    ["heat the potting shed", 'power on'],
  ])('"%s" to a heater -> "%s"', (text, meant) => expect(withPurposeVerb(text, plug, heater, profiles, wordNet)).toBe(meant));

  it.each(['cool down the greenhouse', "switch on jo's radio", 'warm up before the match'])('"%s" is left as said', (text) => {
    expect(withPurposeVerb(text, plug, heater, profiles, wordNet)).toBe(text);
  });
});
