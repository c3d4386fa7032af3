import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMeshmindError, type ApiFunctionSpec, type DeviceDescription, type GenerationRequest, type MappedCall, type PreviousAttempt } from '@meshmind/protocol';
import {
  BuiltinEngine,
  BuiltinProgramGenerator,
  LlamaEngine,
  ModelProgramGenerator,
  createProgramGenerator,
  type EmbedRequest,
  type EngineInfo,
  type GenerateRequest,
  type GenerateResult,
  type InferenceEngine,
} from '@meshmind/inference';
import { HAS_TEST_MODEL, TEST_MODEL_PATH } from './test-model';
import { codeOf } from './coded';

const setBrightness: ApiFunctionSpec = {
  name: 'set_brightness',
  description: 'Set the lamp brightness',
  kind: 'action',
  parameters: [{ name: 'level', type: 'integer', description: 'Brightness', unit: '%', minimum: 0, maximum: 100 }],
};
const turnOff: ApiFunctionSpec = { name: 'turn_off', description: 'Switch the lamp off', kind: 'action', parameters: [] };
const readPower: ApiFunctionSpec = { name: 'read_power', description: 'Read the power draw', kind: 'query', parameters: [], returns: { type: 'number', description: 'Power', unit: 'W' } };
const functions: ApiFunctionSpec[] = [setBrightness, turnOff, readPower];
const state = { on: true, brightness: 80 };
const lamp: DeviceDescription = { type: 'lamp', title: 'Lamp', description: 'A dimmable lamp', domain: 'home', version: '1', nouns: ['lamp'], state: {}, functions };

/** A request as the task machine makes it: the mapped calls, the offered functions best first, the state. */
function requestFor(text: string, calls: MappedCall[] = [], previousAttempts: PreviousAttempt[] = []): GenerationRequest {
  return {
    subtask: { id: 'subtask-1', goalId: 'goal-1', text, deadline: 0, issuedAt: 0 },
    mapping: { kind: 'call', calls, candidates: functions.map((fn) => fn.name) },
    functions,
    state,
    previousAttempts,
  };
}
const signal = new AbortController().signal;

/** An engine that answers canned text and remembers what it was asked. */
class ScriptedEngine implements InferenceEngine {
  readonly backend = 'openai' as const;
  readonly requests: GenerateRequest[] = [];
  constructor(private readonly answer: string) {}
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  info(): EngineInfo {
    return { backend: 'openai', model: 'scripted', contextSize: 2048, parallel: 1, canGenerate: true, canEmbed: false };
  }
  async generate(request: GenerateRequest): Promise<GenerateResult> {
    this.requests.push(request);
    return { text: this.answer, finishReason: 'stop', usage: { promptTokens: 1, completionTokens: 1 }, timeToFirstTokenMs: 1, durationMs: 1 };
  }
  async embed(_request: EmbedRequest): Promise<number[][]> {
    return [];
  }
}



describe('ModelProgramGenerator', () => {
  it('returns the model program when it parses and validates', async () => {
    const engine = new ScriptedEngine('{"steps":[{"op":"call","function":"set_brightness","args":{"level":30}}]}');
    const generated = await new ModelProgramGenerator({ engine }).generate(requestFor('dim the lamp to 30%'), signal);
    expect(generated).toMatchObject({ generator: 'model', program: { steps: [{ op: 'call', function: 'set_brightness', args: { level: 30 } }] } });
  });

  it('prompts with the subtask, the top-k functions, the state and earlier failures', async () => {
    const engine = new ScriptedEngine('{"steps":[{"op":"call","function":"turn_off","args":{}}]}');
    await new ModelProgramGenerator({ engine, topK: 2 }).generate(
      requestFor('switch the lamp off', [], [{ source: 'await device.turn_off({});', error: { code: 'E_PROGRAM_REJECTED', message: 'steps is empty' } }]),
      signal,
    );
    const prompt = engine.requests[0]!.messages!.map((message) => message.content).join('\n');
    expect(prompt).toContain('Task: switch the lamp off');
    expect(prompt).toContain('set_brightness(level: integer 0..100 %)');
    expect(prompt).toContain('turn_off()');
    expect(prompt).not.toContain('read_power');
    expect(prompt).toContain('"brightness":80');
    expect(prompt).toContain('steps is empty');
  });

  it('constrains the output to calls of the offered functions and reads of the known state keys', async () => {
    const engine = new ScriptedEngine('{"steps":[{"op":"call","function":"turn_off","args":{}}]}');
    await new ModelProgramGenerator({ engine, topK: 2 }).generate(requestFor('off'), signal);
    const schema = JSON.stringify(engine.requests[0]!.jsonSchema);
    expect(schema).toContain('"const":"set_brightness"');
    expect(schema).toContain('"const":"turn_off"');
    expect(schema).not.toContain('read_power');
    expect(schema).toContain('"const":"brightness"');
  });

  it.each([
    ['text that is not JSON', 'the lamp is dimmed'],
    ['a function that was not offered', '{"steps":[{"op":"call","function":"unlock","args":{}}]}'],
    ['an argument outside its range', '{"steps":[{"op":"call","function":"set_brightness","args":{"level":300}}]}'],
    ['a return of a variable no call saves', '{"steps":[{"op":"call","function":"turn_off","args":{}}],"returns":"power"}'],
  ])('answers E_INVALID_MODEL_OUTPUT for %s', async (_case, answer) => {
    const generator = new ModelProgramGenerator({ engine: new ScriptedEngine(answer) });
    expect(await codeOf(generator.generate(requestFor('dim'), signal))).toBe('E_INVALID_MODEL_OUTPUT');
  });
});

describe('BuiltinProgramGenerator', () => {
  it('runs the mapped calls in order', async () => {
    const calls = [
      { function: 'set_brightness', arguments: { level: 10 }, confidence: 0.9 },
      { function: 'turn_off', arguments: {}, confidence: 0.8 },
    ];
    const generated = await new BuiltinProgramGenerator({ description: lamp }).generate(requestFor('dim, then off', calls));
    expect(generated).toEqual({
      generator: 'builtin',
      program: { steps: [{ op: 'call', function: 'set_brightness', args: { level: 10 } }, { op: 'call', function: 'turn_off', args: {} }] },
    });
  });

  it('returns the reading of a query call', async () => {
    const generated = await new BuiltinProgramGenerator({ description: lamp }).generate(requestFor('how much power?', [{ function: 'read_power', arguments: {}, confidence: 1 }]));
    expect(generated.program).toEqual({ steps: [{ op: 'call', function: 'read_power', args: {}, saveAs: 'result' }], returns: 'result' });
  });
});

describe('createProgramGenerator', () => {
  const off = [{ function: 'turn_off', arguments: {}, confidence: 1 }];

  it('picks the built-in templates for an engine that cannot generate', async () => {
    const generator = createProgramGenerator(new BuiltinEngine(), { description: lamp });
    expect((await generator.generate(requestFor('off', off), signal)).generator).toBe('builtin');
  });

  it('asks the model first and the built-in templates after the model has failed once', async () => {
    const engine = new ScriptedEngine('{"steps":[{"op":"call","function":"turn_off","args":{}}]}');
    const generator = createProgramGenerator(engine, { description: lamp });
    expect((await generator.generate(requestFor('off', off), signal)).generator).toBe('model');
    const failed: PreviousAttempt[] = [{ program: { steps: [] }, error: { code: 'E_INVALID_MODEL_OUTPUT', message: 'steps is empty' } }];
    expect((await generator.generate(requestFor('off', off, failed), signal)).generator).toBe('builtin');
    expect(engine.requests).toHaveLength(1);
  });
});

describe.skipIf(!HAS_TEST_MODEL)('ModelProgramGenerator with stories260K', () => {
  const engine = new LlamaEngine({ modelPath: TEST_MODEL_PATH, threads: 1, contextSize: 2048 });
  beforeAll(() => engine.start());
  afterAll(() => engine.stop());

  it('gets grammar-constrained output that is a valid program or a coded error, never anything else', async () => {
    const generator = createProgramGenerator(engine, { description: lamp });
    try {
      const generated = await generator.generate(requestFor('dim the lamp to 30%'), signal);
      expect(generated.generator).toBe('model');
      expect((generated.program as { steps: unknown[] }).steps.length).toBeGreaterThan(0);
    } catch (error) {
      expect(isMeshmindError(error) && error.code).toBe('E_INVALID_MODEL_OUTPUT');
    }
  });
});
