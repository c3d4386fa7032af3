import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { describedSource } from '../src/mapper/described-goal';

const lexicon = openLexicon();

// A printer written for this test: its hibernation is named only in the notes of the function that
// takes it there and of the one that brings it back from there.
const printer: DeviceDescription = {
  type: 'printer', title: 'Office printer', description: 'A networked laser printer.', domain: 'home', version: '1.0.0',
  nouns: ['printer'],
  state: { awake: { type: 'boolean', description: 'Whether it is ready to print (not in hibernation).' } },
  functions: [
    { name: 'resume', description: 'Brings the printer back from hibernation and warms the fuser.', kind: 'action', parameters: [], effects: [{ key: 'awake', value: true }] },
    { name: 'hibernate', description: 'Sends the printer into hibernation to save energy.', kind: 'action', parameters: [], effects: [{ key: 'awake', value: false }] },
    { name: 'print_test_page', description: 'Prints a test page.', kind: 'action', parameters: [] },
    { name: 'clear_jam', description: 'Pulls jammed paper from the tray.', kind: 'action', parameters: [] },
    { name: 'is_awake', description: 'Reports whether the printer is ready.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'Ready.' } },
  ],
};
const { functions } = normaliseApiDocument(printer);
const tokens = (text: string) => text.split(' ');
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe('a state the request takes the device out of (#17)', () => {
  it.each(['get the printer out of hibernation', 'take the printer off hibernation', 'bring the printer from its hibernation please'])('"%s" names the state left, held by the function that leaves it', (text) => {
    expect([...(describedSource(tokens(text), functions)?.holders ?? [])]).toEqual(['resume']);
  });

  it.each(['print a page from the tray', 'take the paper out of the printer', 'get the printer out of the box', 'get the paper off the tray'])('"%s" names no state the notes leave', (text) => {
    expect(describedSource(tokens(text), functions)).toBeUndefined();
  });

  describe.skipIf(!lexicon.wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: printer });
    });

    it.each(['get the printer out of hibernation', 'bring the printer out of hibernation', 'take the printer off hibernation'])('"%s" brings it back', async (text) => {
      expect(called(await mapper.map(text, { awake: false }))).toEqual(['resume{}']);
    });

    it('still sends it into hibernation when asked to', async () => {
      expect(called(await mapper.map('put the printer into hibernation', { awake: true }))).toEqual(['hibernate{}']);
    });
  });
});
