import { beforeAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiDocument, type ApiMapper, type MapResult } from '@meshmind/rag';

// A vendor document written for this test: a yard rover that charts the yard by radar, audits the
// parcels of a bay and halts at once. Not a dialect of the evals.
const rover: ApiDocument = [
  { name: 'battery_percent', input_argument: [], input_type: [], output: 'int', notes: 'Returns the remaining battery charge in percent.', programming_language: 'Python' },
  { name: 'return_to_base', input_argument: [], input_type: [], output: 'bool', notes: 'Drives the rover back to its charging base.', programming_language: 'Python' },
  { name: 'halt_now', input_argument: [], input_type: [], output: 'bool', notes: 'Emergency halt: stops every wheel motor at once.', programming_language: 'Python' },
  { name: 'chart_yard', input_argument: [], input_type: [], output: 'bool', notes: 'Sweeps the yard with the radar and builds a map of it.', programming_language: 'Python' },
  { name: 'take_picture', input_argument: [], input_type: [], output: 'str', notes: 'Takes a picture with the front camera.', programming_language: 'Python' },
  { name: 'drive_to_bay', input_argument: ['bay'], input_type: ['int'], output: 'bool', notes: 'Drives the rover to the bay with the given number.', programming_language: 'Python' },
  { name: 'audit_bay', input_argument: ['bay'], input_type: ['int'], output: 'list[str]', notes: 'Lists the parcels stored in the given bay.', programming_language: 'Python' },
];

const lexicon = openLexicon();
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe('a statement beside a command is read as its context (mapper/stated-context.ts)', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon, document: rover, selfNoun: 'rover' });
  }, 60_000);

  it.skipIf(!lexicon.wordNet).each([
    "whoa halt, there's a cat in front of you",
    "halt right now, you're about to hit the fence",
    "there's a child on the path, halt",
  ])('"%s" halts', async (text) => {
    expect(called(await mapper.map(text))).toEqual(['halt_now{}']);
  });
});
