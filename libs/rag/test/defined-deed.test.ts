import { describe, expect, it } from 'vitest';
import { openLexicon, type Lexicon } from '@meshmind/rag';
import { withDefinedDeeds } from '../src/mapper/defined-deed';
import { withoutPhrasalOpeners } from '../src/mapper/phrasal-openers';

// Dictionary entries of our own (a survey drone's Italian notes, a plug's), none from the evaluation's documents.
const wordNet = (openLexicon() as Lexicon).wordNet;

describe('a foreign name word rendered only by the noun of a deed', () => {
  it.skipIf(!wordNet)("takes the deed its definition names where the function's other words name it: 'cartografare' (cartography, the making of maps) maps", () => {
    const translations = new Map([
      ['cartografare', ['cartography']],
      ['pianta', ['map', 'plan', 'plant']],
    ]);
    expect(withDefinedDeeds(translations, ['cartografare', 'zona'], ['cartografare', 'zona', 'pianta'], wordNet).get('cartografare')).toEqual(['map', 'cartography']);
  });

  it.skipIf(!wordNet)('leaves a noun whose definition opens with a thing, a word with a verb among its renderings, and a deed nothing else names', () => {
    const thing = new Map([
      ['wlan', ['wifi']],
      ['rete', ['network']],
    ]);
    expect(withDefinedDeeds(thing, ['wlan'], ['wlan', 'rete'], wordNet)).toBe(thing);
    const verb = new Map([
      ['mappare', ['map', 'cartography']],
      ['pianta', ['map']],
    ]);
    expect(withDefinedDeeds(verb, ['mappare'], ['mappare', 'pianta'], wordNet)).toBe(verb);
    const alone = new Map([['cartografare', ['cartography']]]);
    expect(withDefinedDeeds(alone, ['cartografare'], ['cartografare'], wordNet)).toBe(alone);
  });
});

describe("a glossed name's phrasal verbs", () => {
  it.skipIf(!wordNet)("leaves out the verb that opens one ('plug' of 'plug in'), so that it is read as no noun", () => {
    expect(withoutPhrasalOpeners(['attach', 'plug', 'in', 'socket'], wordNet)).toEqual(['attach', 'in', 'socket']);
    expect(withoutPhrasalOpeners(['switch', 'on', 'lamp'], wordNet)).toEqual(['on', 'lamp']);
  });

  it.skipIf(!wordNet)('keeps a word whose joining with the next is no verb, or is a noun too', () => {
    expect(withoutPhrasalOpeners(['connect', 'up', 'socket'], wordNet)).toEqual(['connect', 'up', 'socket']);
    expect(withoutPhrasalOpeners(['plug', 'socket'], wordNet)).toEqual(['plug', 'socket']);
  });
});
