import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMeshmindError, type ApiFunctionSpec } from '@meshmind/protocol';
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
  type ProgramExtraction,
  type ProgramExtractor,
  type RetrievedFunction,
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
const functions: RetrievedFunction[] = [
  { function: setBrightness, score: 0.9 },
  { function: turnOff, score: 0.5 },
  { function: readPower, score: 0.2 },
];
const state = { on: true, brightness: 80 };

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

class ScriptedExtractor implements ProgramExtractor {
  constructor(private readonly extraction: ProgramExtraction) {}
  async extract(): Promise<ProgramExtraction> {
    return this.extraction;
  }
}


describe('ModelProgramGenerator', () => {
  it('returns the model program when it parses and validates', async () => {
    const engine = new ScriptedEngine('{"steps":[{"op":"call","function":"set_brightness","args":{"level":30}}]}');
    const generated = await new ModelProgramGenerator({ engine }).generateProgram({ subtask: 'dim the lamp to 30%', functions, state });
    expect(generated).toMatchObject({ source: 'model', program: { steps: [{ op: 'call', function: 'set_brightness', args: { level: 30 } }] } });
  });

  it('prompts with the subtask, the top-k functions, the state and earlier failures', async () => {
    const engine = new ScriptedEngine('{"steps":[{"op":"call","function":"turn_off","args":{}}]}');
    await new ModelProgramGenerator({ engine, topK: 2 }).generateProgram({
      subtask: 'switch the lamp off',
      functions,
      state,
      previousAttempts: [{ raw: '{"steps":[]}', error: { code: 'E_INVALID_MODEL_OUTPUT', message: 'steps is empty' } }],
    });
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
    await new ModelProgramGenerator({ engine, topK: 2 }).generateProgram({ subtask: 'off', functions, state });
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
    expect(await codeOf(generator.generateProgram({ subtask: 'dim', functions, state }))).toBe('E_INVALID_MODEL_OUTPUT');
  });
});

describe('BuiltinProgramGenerator', () => {
  it('builds delay, repeat and condition from the extraction templates', async () => {
    const extractor = new ScriptedExtractor({
      calls: [{ function: 'set_brightness', args: { level: 10 } }],
      delaySeconds: 60,
      repeat: { times: 3, intervalSeconds: 1 },
      condition: { left: { state: 'on' }, operator: '==', right: { value: true } },
    });
    const generated = await new BuiltinProgramGenerator({ extractor }).generateProgram({ subtask: 'in a minute blink low three times if on', functions, state });
    expect(generated).toEqual({
      source: 'builtin',
      program: {
        steps: [
          { op: 'wait', seconds: 60 },
          {
            op: 'if',
            condition: { left: { state: 'on' }, operator: '==', right: { value: true } },
            then: [{ op: 'repeat', times: 3, steps: [{ op: 'call', function: 'set_brightness', args: { level: 10 } }, { op: 'wait', seconds: 1 }] }],
          },
        ],
      },
    });
  });

  it('returns the reading of a query call', async () => {
    const extractor = new ScriptedExtractor({ calls: [{ function: 'read_power', args: {} }] });
    const generated = await new BuiltinProgramGenerator({ extractor }).generateProgram({ subtask: 'how much power?', functions, state });
    expect(generated.program).toEqual({ steps: [{ op: 'call', function: 'read_power', args: {}, saveAs: 'result' }], returns: 'result' });
  });

  it('answers E_NOT_EXECUTABLE when the extractor finds no call', async () => {
    const generator = new BuiltinProgramGenerator({ extractor: new ScriptedExtractor({ calls: [] }) });
    expect(await codeOf(generator.generateProgram({ subtask: 'make coffee', functions, state }))).toBe('E_NOT_EXECUTABLE');
  });

  it('is what createProgramGenerator picks for an engine that cannot generate', async () => {
    const generator = createProgramGenerator(new BuiltinEngine(), { extractor: new ScriptedExtractor({ calls: [{ function: 'turn_off', args: {} }] }) });
    expect((await generator.generateProgram({ subtask: 'off', functions, state })).source).toBe('builtin');
  });
});

describe.skipIf(!HAS_TEST_MODEL)('ModelProgramGenerator with stories260K', () => {
  const engine = new LlamaEngine({ modelPath: TEST_MODEL_PATH, threads: 1, contextSize: 2048 });
  beforeAll(() => engine.start());
  afterAll(() => engine.stop());

  it('gets grammar-constrained output that is a valid program or a coded error, never anything else', async () => {
    const generator = createProgramGenerator(engine, { extractor: new ScriptedExtractor({ calls: [] }) });
    try {
      const generated = await generator.generateProgram({ subtask: 'dim the lamp to 30%', functions, state });
      expect(generated.source).toBe('model');
      expect(generated.program.steps.length).toBeGreaterThan(0);
    } catch (error) {
      expect(isMeshmindError(error) && error.code).toBe('E_INVALID_MODEL_OUTPUT');
    }
  });
});
