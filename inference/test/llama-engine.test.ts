import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Type from 'typebox';
import { createValidator } from '@meshmind/protocol';
import { LlamaEngine } from '@meshmind/inference';
import { HAS_TEST_MODEL, TEST_MODEL_PATH } from './test-model';
import { codeOf } from './coded';


describe.skipIf(!HAS_TEST_MODEL)('LlamaEngine with stories260K', () => {
  const engine = new LlamaEngine({ modelPath: TEST_MODEL_PATH, threads: 1, contextSize: 512, parallel: 2 });
  beforeAll(() => engine.start());
  afterAll(() => engine.stop());

  it('continues a prompt deterministically at temperature 0', async () => {
    const first = await engine.generate({ prompt: 'Once upon a time', maxTokens: 10, temperature: 0 });
    const second = await engine.generate({ prompt: 'Once upon a time', maxTokens: 10, temperature: 0 });
    expect(first.text.startsWith(', there was a little girl named Lily')).toBe(true);
    expect(second.text).toBe(first.text);
    expect(first.finishReason).toBe('length');
    expect(first.usage.completionTokens).toBe(10);
  });

  it('streams the text in chunks that add up to the answer', async () => {
    const chunks: string[] = [];
    const result = await engine.generate({ prompt: 'Once upon a time', maxTokens: 12, onText: (text) => chunks.push(text) });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(result.text);
    expect(result.timeToFirstTokenMs).not.toBeNull();
  });

  it('constrains output to a JSON schema, so the text parses and validates', async () => {
    const schema = Type.Object(
      { name: Type.String({ maxLength: 20 }), happy: Type.Boolean(), mood: Type.Union([Type.Literal('glad'), Type.Literal('sad')]) },
      { additionalProperties: false },
    );
    const jsonSchema = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
    const result = await engine.generate({ prompt: 'Lily is', jsonSchema, maxTokens: 80 });
    const parsed = createValidator(schema).parse(result.text);
    expect(parsed.ok).toBe(true);
  });

  it('constrains output to a GBNF grammar', async () => {
    const result = await engine.generate({ prompt: 'The answer is', grammar: 'root ::= ("yes" | "no")', maxTokens: 5 });
    expect(['yes', 'no']).toContain(result.text);
  });

  it('renders chat messages with the model chat wrapper', async () => {
    const result = await engine.generate({ messages: [{ role: 'user', content: 'Tell me a story.' }], maxTokens: 8 });
    expect(result.usage.promptTokens).toBeGreaterThan(3);
    expect(result.usage.completionTokens).toBeGreaterThan(0);
  });

  it('answers E_CANCELLED when the caller aborts mid-generation', async () => {
    const controller = new AbortController();
    const pending = engine.generate({
      prompt: 'Once upon a time',
      maxTokens: 400,
      signal: controller.signal,
      onText: () => controller.abort(),
    });
    expect(await codeOf(pending)).toBe('E_CANCELLED');
    const after = await engine.generate({ prompt: 'Once upon a time', maxTokens: 3 });
    expect(after.usage.completionTokens).toBe(3);
  });

  it('answers E_TIMEOUT past the deadline', async () => {
    expect(await codeOf(engine.generate({ prompt: 'Once upon a time', maxTokens: 400, timeoutMs: 1 }))).toBe('E_TIMEOUT');
  });

  it('answers E_CONTEXT_OVERFLOW for a prompt longer than the context', async () => {
    const prompt = 'Lily went to the park and played. '.repeat(200);
    expect(await codeOf(engine.generate({ prompt, maxTokens: 4 }))).toBe('E_CONTEXT_OVERFLOW');
  });

  it('answers E_INVALID_PAYLOAD for a grammar that does not parse', async () => {
    expect(await codeOf(engine.generate({ prompt: 'x', grammar: 'root ::= (', maxTokens: 2 }))).toBe('E_INVALID_PAYLOAD');
  });

  it('embeds texts into vectors of one length', async () => {
    const vectors = await engine.embed({ texts: ['a cat', 'a dog'] });
    expect(vectors).toHaveLength(2);
    expect(vectors[0]!.length).toBeGreaterThan(0);
    expect(vectors[1]!.length).toBe(vectors[0]!.length);
  });
});

describe('LlamaEngine with a bad model path', () => {
  it('answers E_MODEL_MISSING for a file that does not exist', async () => {
    const engine = new LlamaEngine({ modelPath: '/nonexistent/model.gguf', threads: 1 });
    expect(await codeOf(engine.start())).toBe('E_MODEL_MISSING');
  });

  it('answers E_MODEL_MISSING for a file that is not a GGUF', async () => {
    const engine = new LlamaEngine({ modelPath: new URL(import.meta.url).pathname, threads: 1 });
    expect(await codeOf(engine.start())).toBe('E_MODEL_MISSING');
  });
});
