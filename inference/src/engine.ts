import type { ErrorCode } from '@meshmind/protocol';

/**
 * The one interface every inference backend implements (llama.cpp in-process, an OpenAI-compatible
 * server, the built-in engine without weights), so agents never need to know which one they hold.
 */
export type InferenceBackend = 'llama' | 'openai' | 'builtin';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface GenerateRequest {
  /** A chat, rendered with the model's own chat template. Give either `messages` or `prompt`. */
  messages?: ChatMessage[];
  /** Raw text to continue. */
  prompt?: string;
  /** Constrain the output to JSON matching this schema. */
  jsonSchema?: Record<string, unknown>;
  /** Constrain the output with a GBNF grammar (llama.cpp syntax). */
  grammar?: string;
  maxTokens?: number;
  /** 0 picks the most likely token every time, so the output is deterministic. */
  temperature?: number;
  stop?: string[];
  seed?: number;
  signal?: AbortSignal;
  /** Deadline for the whole request, queueing included; answers E_TIMEOUT past it. */
  timeoutMs?: number;
  /** Receives the text as it is generated (token streaming). */
  onText?: (text: string) => void;
  /** Who asks: the scheduler shares the engine fairly between clients. */
  clientId?: string;
}

export type FinishReason = 'stop' | 'length';

export interface GenerateResult {
  text: string;
  finishReason: FinishReason;
  usage: { promptTokens: number; completionTokens: number };
  /** Milliseconds from the request to its first generated text; null when nothing was generated. */
  timeToFirstTokenMs: number | null;
  durationMs: number;
}

export interface EmbedRequest {
  texts: string[];
  signal?: AbortSignal;
  timeoutMs?: number;
  clientId?: string;
}

export interface EngineInfo {
  backend: InferenceBackend;
  /** File path, endpoint model name, or "builtin". */
  model: string;
  contextSize: number | null;
  /** How many requests the engine serves at once (parallel sequences of one context). */
  parallel: number;
  canGenerate: boolean;
  canEmbed: boolean;
}

export interface InferenceEngine {
  readonly backend: InferenceBackend;
  start(): Promise<void>;
  stop(): Promise<void>;
  info(): EngineInfo;
  generate(request: GenerateRequest): Promise<GenerateResult>;
  embed(request: EmbedRequest): Promise<number[][]>;
}

/** The codes an engine answers with; every other failure is wrapped as E_INTERNAL. */
export const ENGINE_ERROR_CODES = [
  'E_MODEL_MISSING',
  'E_CONTEXT_OVERFLOW',
  'E_TIMEOUT',
  'E_CANCELLED',
  'E_BACKEND_UNREACHABLE',
  'E_BUSY',
  'E_INVALID_PAYLOAD',
  'E_NOT_SUPPORTED',
] as const satisfies readonly ErrorCode[];
