import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { withWishedValue } from '../src/mapper/wished-value';

const lexicon = openLexicon();

// A garden lantern written for this test: a colour and an effect to set, each read back by a query.
const EFFECTS = ['steady', 'flicker', 'pulse'];
const lantern: DeviceDescription = {
  type: 'garden_lantern', title: 'Garden lantern', description: 'A coloured lantern for the garden path.', domain: 'home', version: '1.0.0',
  nouns: ['lantern', 'garden lantern', 'path light'],
  state: { color: { type: 'color', description: 'Colour shown.' }, effect: { type: 'enum', description: 'How it glows.', values: EFFECTS } },
  functions: [
    { name: 'light_up', description: 'Switches the lantern on.', kind: 'action', parameters: [] },
    { name: 'go_dark', description: 'Switches the lantern off.', kind: 'action', parameters: [] },
    { name: 'paint', description: 'Changes the colour the lantern glows in.', kind: 'action', parameters: [{ name: 'color', type: 'color', description: 'Colour name or #rrggbb.' }] },
    { name: 'choose_effect', description: 'Chooses how the lantern glows.', kind: 'action', parameters: [{ name: 'effect', type: 'enum', description: 'Glow effect.', values: EFFECTS }] },
    { name: 'which_color', description: 'Reads the colour the lantern glows in.', kind: 'query', parameters: [], returns: { type: 'string', description: 'Colour.' } },
    { name: 'which_effect', description: 'Reads how the lantern glows.', kind: 'query', parameters: [], returns: { type: 'string', description: 'Effect.' } },
  ],
};
const document = normaliseApiDocument(lantern);
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe('a question that wishes for a value a setter takes (#17)', () => {
  it.each([
    ['could the lantern be green?', 'set the lantern to green'],
    ['can the path light be teal please?', 'set the path light to teal'],
    ['would it be on pulse?', 'set it to pulse'],
    ['could the lantern be in flicker mode', 'set the lantern to flicker mode'],
  ])('"%s" reads as "%s"', (text, command) => {
    expect(withWishedValue(text, document)).toBe(command);
  });

  it.each(['could the lantern be broken?', 'is the lantern green?', 'could you be quick', 'can the lantern be seen from the road?'])('"%s" stays as said: no value a setter takes, or no modal', (text) => {
    expect(withWishedValue(text, document)).toBe(text);
  });

  describe.skipIf(!lexicon.wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: lantern });
    });

    it.each([
      ['could the lantern be green?', 'paint{"color":"green"}'],
      ['can the lantern be on pulse?', 'choose_effect{"effect":"pulse"}'],
    ])('"%s" calls the setter', async (text, expected) => {
      expect(called(await mapper.map(text))).toEqual([expected]);
    });

    it('still reads the colour when asked what it is', async () => {
      expect(called(await mapper.map('what colour is the lantern?'))).toEqual(['which_color{}']);
    });
  });
});
