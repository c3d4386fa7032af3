import { describe, expect, it } from 'vitest';
import { withoutSelfReferences } from '@meshmind/rag';

// A panel heater on the ground floor and a porch lamp outdoors, written for this test.
const heater = { names: ['Panel Heater', 'heater'], words: ['heater', 'heaters', 'Study', 'Ground Floor', 'downstairs'], kinds: ['heater', 'heaters'] };
const porch = { names: ['Porch Lamp'], words: ['lamp', 'lamps', 'light', 'lights', 'Porch', 'Outside', 'outdoors', 'outside'], kinds: ['lamp', 'light', 'lights'] };

describe('a request with no verb keeps the particle that says its change', () => {
  it.each([
    ['Lights on outside.', porch, 'Lights on.'],
    ['Lamps off outdoors.', porch, 'Lamps off.'],
  ])('"%s" keeps its particle once the place is read out', (text, references, expected) => {
    expect(withoutSelfReferences(text, references)).toBe(expected);
  });

  it.each([
    ['Heaters off downstairs.', heater],
    ['Heater on downstairs please.', heater],
    ['The panel heater off downstairs.', heater],
    ['Porch lamp off outdoors.', porch],
    ["Mum's lamp on outside.", porch],
  ])('"%s" stays whole where its name goes and only the particle would be left', (text, references) => {
    expect(withoutSelfReferences(text, references)).toBe(text);
  });

  it.each([
    // A verb opens these: the preposition before the place read out goes with it.
    ['Play the radio on the lamp outside.', porch, 'Play the radio.'],
    ['Skip the advert on the heater.', heater, 'Skip the advert.'],
    ['Turn the lights off outside.', porch, 'Turn off.'],
  ])('"%s" still loses the preposition of a place', (text, references, expected) => {
    expect(withoutSelfReferences(text, references)).toBe(expected);
  });
});
