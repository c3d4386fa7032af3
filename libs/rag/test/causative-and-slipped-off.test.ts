import { describe, expect, it } from 'vitest';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { withoutCausative } from '../src/mapper/causative';
import { spelledAsMeant } from '../src/mapper/spelled-as-meant';

const wordNet = openLexicon().wordNet;

// A document written for this test: a plug with an on/off state.
const plug = normaliseApiDocument({
  type: 'plug',
  title: 'Smart plug',
  description: 'A plug that switches mains power.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['plug', 'socket'],
  state: { on: { type: 'boolean', description: 'Whether the plug supplies power.' } },
  functions: [
    { name: 'turn_on', description: 'Supplies power.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'turn_off', description: 'Cuts power.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
  ],
});
const breadMaker = { names: ['Bread Maker', 'breadmaker'], words: [] };

describe('a causative verb with the device as its object', () => {
  it.each([
    ['make the bread maker bake a wholemeal loaf', 'Bake a wholemeal loaf'],
    ['get the breadmaker to knead the dough', 'Knead the dough'],
    ['have the bread maker start a quick cycle', 'Start a quick cycle'],
  ])('"%s" is read from what it is made to do: "%s"', (text, meant) => expect(withoutCausative(text, breadMaker)).toBe(meant));

  it.each(['make the bread maker beep', 'make the bread maker quieter', 'make a loaf', 'make the toaster bake a loaf', 'turn the bread maker on'])('"%s" is left as said', (text) => {
    expect(withoutCausative(text, breadMaker)).toBe(text);
  });
});

describe('"of" slipped for "off" after the opening verb', () => {
  it.each([
    ['turn of the heater', 'turn off the heater'],
    ['switch of the fountain please', 'switch off the fountain please'],
    ['please shut of the pump', 'please shut off the pump'],
  ])('"%s" -> "%s"', (text, meant) => expect(spelledAsMeant(text, plug, wordNet)).toBe(meant));

  it.each(['dispose of the old bulbs', 'think of the garden', 'turn off the heater', 'turn the lamp of the hall on'])('"%s" keeps its "of"', (text) => {
    expect(spelledAsMeant(text, plug, wordNet)).toBe(text);
  });
});
