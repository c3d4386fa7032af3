export { ENGINE_ERROR_CODES } from './engine';
export type {
  InferenceBackend,
  ChatMessage,
  GenerateRequest,
  GenerateResult,
  FinishReason,
  EmbedRequest,
  EngineInfo,
  InferenceEngine,
} from './engine';
export { defaultThreads } from './threads';
export { toGrammarJsonSchema } from './grammar-schema';
export { FairScheduler } from './fair-scheduler';
export type { FairSchedulerOptions, SchedulerStats } from './fair-scheduler';
export { InferenceMetrics } from './inference-metrics';
export type { MetricsSnapshot } from './inference-metrics';
export { ScheduledEngine } from './scheduled-engine';
export type { ScheduledEngineOptions } from './scheduled-engine';
export { LlamaEngine } from './llama-engine';
export type { LlamaEngineOptions } from './llama-engine';
export { OpenAiEngine } from './openai-engine';
export type { OpenAiEngineOptions } from './openai-engine';
export { BuiltinEngine, createHashingEmbedder } from './builtin-engine';
export { buildInferenceServer, listenInferenceServer } from './inference-server';
export type { InferenceServerOptions, ListenTarget } from './inference-server';
export { CLIENT_ID_HEADER } from './openai-wire';
export { EngineConfigSchema, parseEngineConfig, loadEngineConfig, resolveBackend } from './engine-config';
export type { EngineConfig } from './engine-config';
export { createInferenceEngine, createProgramGenerator } from './create-engine';
export { checkModel, formatModelReport } from './model-check';
export type { ModelReport } from './model-check';
export { checkProgram, programConstraint } from './program-generator';
export type { ProgramConstraint } from './program-generator';
export { buildProgramMessages, describeFunction } from './program-prompt';
export { ModelProgramGenerator } from './model-program-generator';
export type { ModelProgramGeneratorOptions } from './model-program-generator';
export { BuiltinProgramGenerator, programFromCalls } from './builtin-program-generator';
export { ensureClientToken, readClientToken, revokeClientToken, listClients, createClientTokenVerifier } from './client-tokens';
