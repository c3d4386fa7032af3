import type { ErrorBody } from './errors';
import type { JsonValue } from './json';
import type { ApiFunctionSpec } from './schemas/device-description';
import type { SubtaskRequest } from './schemas/messages';

/**
 * The task contract: what passes between the stages of one subtask inside a device agent.
 * Retrieval (libs/rag) answers a subtask with a MappingResult, a ProgramGenerator (inference)
 * turns a GenerationRequest into a GeneratedProgram, and the task machine (libs/fsm) consumes
 * both. Declared here, and only here, because rag and inference may depend on libs/protocol alone:
 * the consumer's interface lives where every side of it can import it without a cycle.
 * Types only; nothing here crosses the wire.
 */

/** A device's state as its driver reports it: key -> value. */
export type DeviceStateValues = Record<string, JsonValue>;

/** Turns texts into vectors. `id` names the model and its settings exactly: persisted indexes are keyed by it. */
export interface Embedder {
  readonly id: string;
  readonly dimensions: number;
  /** Unit-length vectors, one per text, in order. */
  embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]>;
}

/** One API call that retrieval proposes for a subtask. */
export interface MappedCall {
  function: string;
  arguments: Record<string, unknown>;
  confidence: number;
  /** How far the chosen function led the next one that could also have been called (retrieval's certainty). */
  margin?: number;
}

/** Retrieval found the call(s); `candidates` names the closest functions, best first. */
export type CallMapping = { kind: 'call'; calls: MappedCall[]; candidates: string[] };
/** Retrieval found nothing this device can do, and says why. */
export type NotExecutableMapping = { kind: 'not_executable'; reason: string; candidates: string[] };
/** What retrieval gives for a subtask. */
export type MappingResult = CallMapping | NotExecutableMapping;

/** Retrieval for one device: a subtask in words to calls of the device's own API. */
export interface SubtaskMapper {
  map(subtask: SubtaskRequest, signal: AbortSignal): Promise<MappingResult>;
}

/** An earlier try at this subtask and why it failed: fed back to the generator. */
export interface PreviousAttempt {
  program?: unknown;
  source?: string;
  error: ErrorBody;
}

export interface GenerationRequest {
  subtask: SubtaskRequest;
  mapping: CallMapping;
  /** The mapped functions first, then the other candidates, as API-doc entries. */
  functions: ApiFunctionSpec[];
  state: DeviceStateValues;
  previousAttempts: PreviousAttempt[];
}

/**
 * Generator output is untrusted until the task machine has checked it: a Program as JSON
 * (preferred), or JavaScript source written directly by a model. When both are present the
 * Program wins and the source is ignored.
 */
export interface GeneratedProgram {
  program?: unknown;
  /** JavaScript source of the program. */
  source?: string;
  /** Which generator wrote it: a language model or the built-in templates. */
  generator?: 'model' | 'builtin';
  /** The model's own text, for logs. */
  raw?: string;
}

/** How an agent turns a mapped subtask into a program; a model-backed and a built-in one implement it. */
export interface ProgramGenerator {
  generate(request: GenerationRequest, signal: AbortSignal): Promise<GeneratedProgram>;
}

/** What a task machine needs for one device's API: retrieval and program generation. */
export interface TaskPipeline {
  mapper: SubtaskMapper;
  generator: ProgramGenerator;
}
