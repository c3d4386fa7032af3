import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { functionProfile } from '../src/mapper/evidence';
import { withPhrasalValue } from '../src/mapper/phrasal-value';
import { withPurposeVerb } from '../src/mapper/purpose-verb';

const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

// A garage air handler written for this test: its modes are named by what they do, one of them by a
// word WordNet gives as a synonym of a phrasal verb ("air out": vent, ventilate).
const MODES = ['idle', 'heating', 'venting'];
const handler: DeviceDescription = {
  type: 'air_handler', title: 'Air handler', description: 'A ducted air handler for the garage workshop.', domain: 'home', version: '1.0.0',
  nouns: ['air handler', 'handler', 'blower'],
  state: { mode: { type: 'enum', description: 'What it does.', values: MODES, synonyms: { venting: ['vent', 'ventilate'], heating: ['heat'] } } },
  functions: [
    { name: 'shut_down', description: 'Stops the air handler.', kind: 'action', parameters: [], effects: [{ key: 'mode', value: 'idle' }] },
    { name: 'pick_mode', description: 'Puts the handler in the given mode.', kind: 'action', parameters: [{ name: 'mode', type: 'enum', description: 'Mode.', values: MODES, synonyms: { venting: ['vent', 'ventilate'], heating: ['heat'] } }], effects: [{ key: 'mode', parameter: 'mode' }] },
    { name: 'which_mode', description: 'Reads the mode: idle, heating or venting.', kind: 'query', parameters: [], returns: { type: 'enum', description: 'The mode.' } },
  ],
};
const { functions } = normaliseApiDocument(handler);
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe.skipIf(!wordNet)('a phrasal verb whose synonym an option holds (#17)', () => {
  it.each([
    ['air out the workshop', 'vent the workshop'],
    ['air the garage out', 'vent the garage'],
    ['please air it out', 'please vent it'],
  ])('"%s" reads as "%s"', (text, read) => {
    expect(withPhrasalValue(text, functions, wordNet)).toBe(read);
  });

  it('is no purpose that starts the device, though "air" meets its name', () => {
    const references = { names: ['Workshop Air Handler'], words: ['air handler', 'handler', 'blower', 'workshop'], kinds: ['air handler', 'handler', 'blower'] };
    const document = normaliseApiDocument(handler);
    const profiles = document.functions.map((fn) => functionProfile(fn, fn.name.split('_'), 'en'));
    expect(withPurposeVerb('air out the workshop', document, references, profiles, wordNet)).toBe('air out the workshop');
  });

  it.each(['shut down the handler', 'warm up the garage', 'is it airing out?', 'air the garage'])('"%s" stays as said', (text) => {
    expect(withPhrasalValue(text, functions, wordNet)).toBe(text);
  });

  describe('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: handler });
    });

    it.each(['air out the workshop', 'air the garage out'])('"%s" sets the mode, not stops the handler', async (text) => {
      expect(called(await mapper.map(text, { mode: 'heating' }))).toEqual(['pick_mode{"mode":"venting"}']);
    });
  });
});
