import { MeshmindError, type DeviceDescription, type Embedder, type ProgramGenerator } from '@meshmind/protocol';
import { BuiltinEngine } from './builtin-engine';
import { BuiltinProgramGenerator } from './builtin-program-generator';
import type { InferenceEngine } from './engine';
import { resolveBackend, type EngineConfig } from './engine-config';
import { LlamaEngine } from './llama-engine';
import { ModelProgramGenerator } from './model-program-generator';
import { OpenAiEngine } from './openai-engine';
import { ScheduledEngine } from './scheduled-engine';

/**
 * The engine a config asks for, behind the fair queue. Nothing loads until `start()`. With an
 * `endpoint` this is a client of a shared server; without, the engine lives in this process.
 */
export function createInferenceEngine(config: EngineConfig, dependencies: { embedder?: Embedder; clientId?: string } = {}): ScheduledEngine {
  const backend = resolveBackend(config);
  let inner: InferenceEngine;
  if (backend === 'openai') {
    inner = new OpenAiEngine({
      endpoint: config.endpoint ?? '',
      ...(config.apiKey === undefined ? {} : { apiKey: config.apiKey }),
      ...(config.model === undefined ? {} : { model: config.model }),
      ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
      ...(config.retries === undefined ? {} : { retries: config.retries }),
      ...(config.parallel === undefined ? {} : { parallel: config.parallel }),
      ...(config.contextSize === undefined ? {} : { contextSize: config.contextSize }),
      ...(dependencies.clientId === undefined ? {} : { clientId: dependencies.clientId }),
    });
  } else if (backend === 'llama') {
    inner = new LlamaEngine({
      modelPath: config.model ?? '',
      ...(config.threads === undefined ? {} : { threads: config.threads }),
      ...(config.contextSize === undefined ? {} : { contextSize: config.contextSize }),
      ...(config.batchSize === undefined ? {} : { batchSize: config.batchSize }),
      ...(config.parallel === undefined ? {} : { parallel: config.parallel }),
    });
  } else {
    inner = new BuiltinEngine(dependencies.embedder ? { embedder: dependencies.embedder } : {});
  }
  return new ScheduledEngine(inner, config.maxQueued === undefined ? {} : { maxQueued: config.maxQueued });
}

/**
 * The program generator that fits the engine: model-backed when it can generate, the built-in
 * templates otherwise. Agents call this and never branch on the backend themselves.
 */
export function createProgramGenerator(engine: InferenceEngine, options: { description: DeviceDescription; topK?: number; clientId?: string }): ProgramGenerator {
  const builtin = new BuiltinProgramGenerator({ description: options.description });
  if (!engine.info().canGenerate) return builtin;
  const model = new ModelProgramGenerator({
    engine,
    ...(options.topK === undefined ? {} : { topK: options.topK }),
    ...(options.clientId === undefined ? {} : { clientId: options.clientId }),
  });
  return {
    async generate(request, signal) {
      // After the model has failed once, the built-in template is the safer second try.
      if (request.previousAttempts.some((attempt) => attempt.error.code === 'E_INVALID_MODEL_OUTPUT')) return builtin.generate(request);
      try {
        return await model.generate(request, signal);
      } catch (error) {
        // A coded error (the model's output refused, the backend unreachable, an abort) keeps its code.
        throw error instanceof Error && 'code' in error ? error : new MeshmindError('E_INVALID_MODEL_OUTPUT', String(error), { cause: error });
      }
    },
  };
}
