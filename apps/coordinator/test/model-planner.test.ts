import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { LlamaEngine, type EngineInfo, type GenerateRequest, type GenerateResult, type InferenceEngine } from '@meshmind/inference';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import { ModelPlanner } from '../src/planner/model-planner';
import type { PlannerDevice } from '../src/planner/planner';

const logger = pino({ level: 'silent' });
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const MODEL = process.env.MESHMIND_TEST_MODEL ?? resolve(repositoryRoot, '../shared/models/stories260K.gguf');
if (!existsSync(MODEL)) console.warn(`model planner GGUF test skipped: ${MODEL} is absent (set MESHMIND_TEST_MODEL)`);

const kitchen = { id: 'kitchen', name: 'Kitchen', aliases: [], floor: null };
const DEVICES: PlannerDevice[] = [
  { id: 'kitchen_light', type: 'light', name: 'Kitchen light', aliases: [], nouns: ['light'], area: kitchen, online: true, capabilities: [{ function: 'turn_on', description: 'Turn on.', kind: 'action', parameters: [], sensitive: false }] },
  { id: 'kettle', type: 'switch', name: 'Kettle', aliases: [], nouns: ['switch'], area: kitchen, online: true, capabilities: [{ function: 'turn_on', description: 'Turn on.', kind: 'action', parameters: [], sensitive: false }] },
];

/** A fake that implements the engine interface and answers with a fixed text, recording the request. */
class ScriptedEngine implements InferenceEngine {
  readonly backend = 'openai' as const;
  requests: GenerateRequest[] = [];
  constructor(private readonly answer: string) {}
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  info(): EngineInfo {
    return { backend: 'openai', model: 'scripted', contextSize: 4096, parallel: 1, canGenerate: true, canEmbed: false };
  }
  async generate(request: GenerateRequest): Promise<GenerateResult> {
    this.requests.push(request);
    return { text: this.answer, finishReason: 'stop', usage: { promptTokens: 1, completionTokens: 1 }, timeToFirstTokenMs: 1, durationMs: 1 };
  }
  async embed(): Promise<number[][]> {
    return [];
  }
}

const fallback = new BuiltinPlanner();

describe('ModelPlanner', () => {
  it('turns a valid model plan into steps with dependencies by id', async () => {
    const engine = new ScriptedEngine(JSON.stringify({ steps: [{ device: 'kettle', text: 'Boil the water.', after: [] }, { device: 'kitchen_light', text: 'Turn on the light.', after: [1] }] }));
    const plan = await new ModelPlanner({ engine, fallback, logger }).plan('boil water then light the kitchen', DEVICES, {});
    expect(plan).toEqual({
      kind: 'steps',
      steps: [
        { id: 's1', deviceId: 'kettle', text: 'Boil the water.', after: [] },
        { id: 's2', deviceId: 'kitchen_light', text: 'Turn on the light.', after: ['s1'] },
      ],
      unresolved: [],
    });
  });

  it('constrains the model with a schema that admits only known device ids', async () => {
    const engine = new ScriptedEngine('{"steps":[]}');
    await new ModelPlanner({ engine, fallback, logger }).plan('turn on the kettle', DEVICES, {});
    const schema = JSON.stringify(engine.requests[0]!.jsonSchema);
    expect(schema).toContain('"kettle"');
    expect(schema).toContain('"kitchen_light"');
  });

  it.each([
    ['malformed JSON', '{"steps": [ {"device": '],
    ['an invented device', JSON.stringify({ steps: [{ device: 'toaster', text: 'Toast.', after: [] }] })],
    ['an empty plan', JSON.stringify({ steps: [] })],
  ])('falls back to the built-in planner on %s', async (_label, answer) => {
    const plan = await new ModelPlanner({ engine: new ScriptedEngine(answer), fallback, logger }).plan('turn on the kettle', DEVICES, {});
    expect(plan).toEqual({ kind: 'steps', steps: [{ id: 's1', deviceId: 'kettle', text: 'Turn on the kettle.', after: [] }], unresolved: [] });
  });

  describe.skipIf(!existsSync(MODEL))('with the real tiny GGUF', () => {
    const engine = new LlamaEngine({ modelPath: MODEL, threads: 1, contextSize: 2048 });
    afterAll(async () => {
      await engine.stop();
    });

    it('yields a plan over known devices only: grammar-constrained output, or the fallback', async () => {
      await engine.start();
      const plan = await new ModelPlanner({ engine, fallback, logger, maxTokens: 160 }).plan('turn on the kettle', DEVICES, {});
      expect(plan.kind).toBe('steps');
      if (plan.kind === 'steps') {
        expect(plan.steps.length).toBeGreaterThan(0);
        for (const step of plan.steps) expect(DEVICES.map((device) => device.id)).toContain(step.deviceId);
      }
      // Loading the model and 160 tokens on one thread: past 30 s on a 2-core machine at load 20.
    }, 120_000);
  });
});
