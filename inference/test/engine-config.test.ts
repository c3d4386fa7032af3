import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHashingEmbedder, createInferenceEngine, defaultThreads, loadEngineConfig, resolveBackend, toGrammarJsonSchema } from '@meshmind/inference';

describe('engine config', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'meshmind-config-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('reads a file and lets MESHMIND_INFERENCE_* variables override it', async () => {
    const file = join(directory, 'engine.json');
    await writeFile(file, JSON.stringify({ backend: 'llama', model: '/models/a.gguf', threads: 2, contextSize: 1024 }));
    const config = await loadEngineConfig({ file, env: { MESHMIND_INFERENCE_THREADS: '1', MESHMIND_INFERENCE_PARALLEL: '4' } });
    expect(config).toEqual({ backend: 'llama', model: '/models/a.gguf', threads: 1, contextSize: 1024, parallel: 4 });
  });

  it.each([
    ['an unknown field', { backend: 'llama', model: 'a.gguf', colour: 'red' }],
    ['threads below one', { threads: 0 }],
    ['llama without a model', { backend: 'llama' }],
    ['openai without an endpoint', { backend: 'openai' }],
  ])('answers E_CONFIG_INVALID for %s', async (_case, content) => {
    const file = join(directory, 'bad.json');
    await writeFile(file, JSON.stringify(content));
    await expect(loadEngineConfig({ file })).rejects.toMatchObject({ code: 'E_CONFIG_INVALID' });
  });

  it('answers E_CONFIG_INVALID for a file that is not JSON or absent', async () => {
    const file = join(directory, 'broken.json');
    await writeFile(file, '{ backend: ');
    await expect(loadEngineConfig({ file })).rejects.toMatchObject({ code: 'E_CONFIG_INVALID' });
    await expect(loadEngineConfig({ file: join(directory, 'absent.json') })).rejects.toMatchObject({ code: 'E_CONFIG_INVALID' });
  });

  it('picks a client with an endpoint, llama with a model, and builtin with neither', () => {
    expect(resolveBackend({ endpoint: 'unix:/run/meshmind.sock' })).toBe('openai');
    expect(resolveBackend({ model: '/models/a.gguf' })).toBe('llama');
    expect(resolveBackend({})).toBe('builtin');
  });

  it('gives the builtin engine when nothing is configured, and it refuses free text with E_NOT_SUPPORTED', async () => {
    const engine = createInferenceEngine({});
    await engine.start();
    expect(engine.info()).toMatchObject({ backend: 'builtin', canGenerate: false, canEmbed: true });
    await expect(engine.generate({ prompt: 'hi' })).rejects.toMatchObject({ code: 'E_NOT_SUPPORTED' });
    const [lamp, lamps, door] = await engine.embed({ texts: ['turn on the lamp', 'switch the lamps on', 'open the garage door'] });
    const cosine = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0);
    expect(cosine(lamp!, lamps!)).toBeGreaterThan(cosine(lamp!, door!));
    await engine.stop();
  });
});

describe('threads and grammar schema', () => {
  it('leaves one core free and uses one thread on two cores', () => {
    expect(defaultThreads(1)).toBe(1);
    expect(defaultThreads(2)).toBe(1);
    expect(defaultThreads(8)).toBe(7);
  });

  it('maps anyOf to oneOf, drops ranges and bounds pattern strings by their pattern', () => {
    const converted = toGrammarJsonSchema({
      anyOf: [{ type: 'integer', minimum: 0, maximum: 9 }, { type: 'string', pattern: '^[a-z][a-zA-Z0-9_]{0,31}$' }, { type: 'string', const: 'x' }],
    });
    expect(converted).toEqual({ oneOf: [{ type: 'integer' }, { type: 'string', maxLength: 32 }, { const: 'x' }] });
  });

  it('embeds the same text to the same vector with the hashing embedder', async () => {
    const embedder = createHashingEmbedder(64);
    const [first, second] = await embedder.embed(['lamp', 'lamp']);
    expect(first).toEqual(second);
    expect(first).toHaveLength(64);
  });
});
