import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder, LlmindApiEntry } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { functionViews } from '../src/mapper/function-views';
import { handsBackValue, withReturnSense } from '../src/mapper/returned-value';

// A survey drone of our own with Chinese notes: "返回" says what a reading returns in one function
// and that the drone flies back in another. Nothing here comes from the evaluation's documents.
const entry = (name: string, notes: string, output: string): LlmindApiEntry => ({ name, input_argument: [], input_type: [], output, notes, programming_language: 'C' });
const drone: LlmindApiEntry[] = [
  entry('get_altitude', '返回当前的飞行高度，单位米。', 'float metres'),
  entry('fly_home', '自动返回起飞点并降落。', 'int 1/0'),
  entry('take_photo', '用相机拍一张照片，返回图片文件的路径。', 'char* path'),
  entry('land_now', '立即降落。', 'int 1/0'),
];

describe('what a function hands back', () => {
  it('tells a value from a success flag by the declared output', () => {
    for (const value of ['int 0-100', 'float', 'list[str]', 'char* path', '(int, error)', 'tuple (x, y)']) expect(handsBackValue(value), value).toBe(true);
    for (const flag of ['bool', 'True/False', 'boolean true/false', 'logical', 'int 1/0', 'error', 'void', '', undefined]) expect(handsBackValue(flag), String(flag)).toBe(false);
  });

  it('reads a word with a "return" sense as "returns" alone and leaves the other words', () => {
    const read = withReturnSense(new Map([['返回', ['return to', 'come back']], ['renvoie', ['back', 'return']], ['高度', ['height', 'altitude']]]));
    expect(read.get('返回')).toEqual(['returns']);
    expect(read.get('renvoie')).toEqual(['returns']);
    expect(read.get('高度')).toEqual(['height', 'altitude']);
  });
});

describe('"返回" in Chinese notes', () => {
  const lexicon = openLexicon();

  it('matches "back" only in the function that flies back, not in the readings that return a value', () => {
    const views = functionViews(normaliseApiDocument(drone), lexicon);
    const matchable = (id: string) => views.documents.find((document) => document.id === id)!.fields.flatMap((field) => field.words);
    expect(matchable('fly_home')).toContain('back');
    expect(matchable('get_altitude')).not.toContain('back');
    expect(matchable('get_altitude')).toContain('returns');
    expect(matchable('take_photo')).not.toContain('back');
  });

  describe('mapped', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    }, 120_000);

    it.each(['Come back to where you took off.', 'Fly back to the starting point.', 'Head back to the launch spot.'])('sends "%s" to the function that flies back', async (request) => {
      const mapper = await createApiMapper({ embedder, lexicon, document: drone, selfNoun: 'drone' });
      const result = await mapper.map(request);
      expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result).toEqual(['fly_home']);
    }, 60_000);

    it('still reads the altitude for a question about it', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: drone, selfNoun: 'drone' });
      const result = await mapper.map('How high are you flying right now?');
      expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result).toEqual(['get_altitude']);
    }, 60_000);
  });
});
