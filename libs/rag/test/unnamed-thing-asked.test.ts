import { beforeAll, describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a greenhouse controller whose queries report its soil moisture,
// its zones and its battery, and whose one action waters a zone.
const entry = (name: string, input: string[], output: string, notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: input.map(() => 'int'), output, notes, programming_language: 'Python' });
const greenhouse = [
  entry('read_soil_moisture', [], 'float', 'Reads the soil moisture of the beds in percent.'),
  entry('list_zones', [], 'list[str]', 'Lists the watering zones of the greenhouse by name.'),
  entry('get_battery', [], 'int', 'Returns the charge left in the battery, in percent.'),
  entry('water_zone', ['zone'], 'bool', 'Waters the given zone for a minute.'),
];

const lexicon = openLexicon();
let mapper: ApiMapper;
beforeAll(async () => {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  mapper = await createApiMapper({ embedder, lexicon, document: greenhouse, selfNoun: 'controller' });
});
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : 'declined');

describe('a question about a thing the document has no word for is declined', () => {
  it.each(["what's your IP address?", 'What is your MAC address', 'what is your wifi password'])('"%s" is declined, not answered by a reading', async (text) => {
    expect(called(await mapper.map(text))).toBe('declined');
  });

  it.each([
    ["what's the soil moisture?", 'read_soil_moisture'],
    ['what zones do you have?', 'list_zones'],
    ["what's your battery level", 'get_battery'],
  ])('"%s" is still answered', async (text, function_) => {
    expect(called(await mapper.map(text))).toEqual([function_]);
  });
});
