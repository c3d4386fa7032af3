import { beforeAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type ApiDocument, type ApiMapper, type MapResult } from '@meshmind/rag';
import type { WordNet } from '@meshmind/language';
import { withoutEvaluativeOpener } from '../src/mapper/evaluative-opener';

// A vendor document written for this test: a greenhouse controller with a vent, a mister and a quiet mode. Not a dialect of the evals.
const greenhouse: ApiDocument = [
  { name: 'open_vent', input_argument: [], input_type: [], output: 'bool', notes: 'Opens the roof vent of the greenhouse.', programming_language: 'Python' },
  { name: 'close_vent', input_argument: [], input_type: [], output: 'bool', notes: 'Closes the roof vent of the greenhouse.', programming_language: 'Python' },
  { name: 'start_mister', input_argument: ['minutes'], input_type: ['int'], output: 'bool', notes: 'Sprays a fine mist over the plants for the given minutes.', programming_language: 'Python' },
  { name: 'read_humidity', input_argument: [], input_type: [], output: 'float', notes: 'Reads the relative humidity inside the greenhouse in percent.', programming_language: 'Python' },
  { name: 'set_fan_mode', input_argument: ['mode'], input_type: ['str'], output: 'bool', notes: 'Sets the circulation fan to quiet or strong.', programming_language: 'Python' },
];

const lexicon = openLexicon({ enabled: true });
const wordNet = lexicon.wordNet as WordNet | undefined;
const document = normaliseApiDocument(greenhouse);
const read = (text: string) => withoutEvaluativeOpener(text, document, wordNet);
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a verdict said before the sentence is no part of it (mapper/evaluative-opener.ts)', () => {
  it.skipIf(!wordNet)('reads off one adjective set off by a comma, dots or "!", with an opener or a degree word before it', () => {
    expect(read('great, the vent is stuck again')).toBe('the vent is stuck again');
    expect(read('oh brilliant, the mister has run dry')).toBe('the mister has run dry');
    expect(read('typical... the humidity is down again')).toBe('the humidity is down again');
    expect(read('just wonderful! the vent blew shut')).toBe('the vent blew shut');
    expect(read('lovely, now open the vent')).toBe('now open the vent');
  });

  it.skipIf(!wordNet)("leaves a word of the document, a particle, a verb, a noun and a verdict with nothing after it as said", () => {
    expect(read('quiet, the fan please')).toBe('quiet, the fan please');
    expect(read('open, the vent')).toBe('open, the vent');
    expect(read('up, the vent')).toBe('up, the vent');
    expect(read('stop, the mister is on')).toBe('stop, the mister is on');
    expect(read('humidity, what is it')).toBe('humidity, what is it');
    expect(read('great!')).toBe('great!');
    expect(read('great vent, open it')).toBe('great vent, open it');
  });

  describe.skipIf(!wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      mapper = await createApiMapper({ embedder, lexicon, document: greenhouse, selfNoun: 'greenhouse' });
    }, 120_000);

    it.each(['great, someone left the vent open again', 'oh lovely, the mister has gone off again', 'typical, the mister has stopped again'])('does nothing for the complaint "%s"', async (request) => {
      expect((await mapper.map(request)).kind).toBe('not_executable');
    });

    it.each([
      ['perfect, now open the vent', 'open_vent'],
      ['lovely, close the vent please', 'close_vent'],
    ])('still does the command after a verdict: "%s"', async (request, name) => {
      expect(called(await mapper.map(request))).toEqual([name]);
    });
  });
});
