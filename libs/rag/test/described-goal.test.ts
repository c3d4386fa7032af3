import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { describedGoalHolders, withDescribedGoal } from '../src/mapper/described-goal';

const lexicon = openLexicon();

// A projector written for this test: its power functions name its eco sleep only in their notes,
// one going into it and one waking from it.
const projector: DeviceDescription = {
  type: 'projector', title: 'Projector', description: 'A ceiling projector.', domain: 'home', version: '1.0.0',
  nouns: ['projector', 'beamer'],
  state: { on: { type: 'boolean', description: 'Whether it projects (not in sleep).' } },
  functions: [
    { name: 'wake', description: 'Wakes the projector from sleep and shows the last input.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'rest', description: 'Puts the projector into sleep and dims the lamp.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'show_input', description: 'Shows the given input.', kind: 'action', parameters: [{ name: 'input', type: 'enum', description: 'Input.', values: ['hdmi', 'usb'] }] },
    { name: 'is_on', description: 'Reports whether the projector is projecting.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'On.' } },
  ],
};
const { functions } = normaliseApiDocument(projector);
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.kind);

describe('a state named only in the notes of the function that goes into it (#17)', () => {
  it('is held by the function whose notes go into it, not by the one that leaves it', () => {
    expect([...describedGoalHolders(functions, 'sleep')]).toEqual(['rest']);
    expect([...describedGoalHolders(functions, 'lamp')]).toEqual([]);
  });

  it.each([
    ['put the projector on sleep', 'put the projector into sleep'],
    ['put the beamer on sleep please', 'put the beamer into sleep please'],
  ])('"%s" reads "on" as the goal: "%s"', (text, read) => {
    expect(withDescribedGoal(text, functions)).toBe(read);
  });

  it.each(['put the projector on', 'put the projector on hdmi', 'turn on the projector', 'find where you are on the sleep map'])('"%s" keeps its "on"', (text) => {
    expect(withDescribedGoal(text, functions)).toBe(text);
  });

  describe.skipIf(!lexicon.wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: projector });
    });

    it.each(['put the projector on sleep', 'send the projector to sleep', 'put the beamer into sleep'])('"%s" calls the function going into it', async (text) => {
      expect(called(await mapper.map(text, { on: true }))).toEqual(['rest{}']);
    });

    it('still wakes it when asked to', async () => {
      const result = await mapper.map('wake the projector up', { on: false });
      expect(called(result)).toEqual(['wake{}']);
    });
  });
});
