/** What an API mapper is given and what it answers: its options, defaults and results (api-mapper.ts builds one). */
import type { DeviceStateValues, Embedder, MappingResult } from '@meshmind/protocol';
import type { Lexicon } from '@meshmind/language';
import type { NormalisedDocument, ParameterRanges } from '../api-document';
import type { HybridIndex, HybridWeights } from '../search/hybrid-index';
import type { FunctionViews } from './function-views';
import type { PairEvidence } from './runner-up';
import type { ScopeSignal, ScopeThresholds } from './scope';
import type { SelfReferences } from './self-references';

/** Below this hybrid score the subtask is "not executable" (calibrated on the dev split). */
export const DEFAULT_MATCH_THRESHOLD = 0.22;
/**
 * See ApiMapperOptions.minimumMargin. Off by default. On eval:rag's dev split
 * (test/eval/rag-calibrate.ts) a margin of 0.01 declined 30 wrong calls and 26 right ones, and held
 * out 9 wrong and 11 right: no better than a coin. Worse, the declined right calls included a whole
 * vendor's "check shelf N for free space" and "stop" in the example warehouse, whose robots then
 * gave no reading or did not stop. A lead is not evidence enough to refuse; better ranking is the way.
 */
export const DEFAULT_MINIMUM_MARGIN = 0;
/**
 * See ApiMapperOptions.disagreementMargin: a lead this small, won against a runner-up that more of
 * the request's words name, is declined (calibrated with test/eval/rag-calibrate.ts).
 */
export const DEFAULT_DISAGREEMENT_MARGIN = 0;
export { DEFAULT_DOUBT_MARGIN } from './doubtful-call';
/** A function retrieval considered, with its hybrid score and its share of the confidence. */
export interface Candidate {
  function: string;
  score: number;
  confidence: number;
}

/**
 * The task contract's MappingResult (what the task machine consumes, candidates by name) with the
 * scored ranking behind it, for evaluations and logs.
 */
export type MapResult = MappingResult & { ranking: Candidate[]; leads?: Lead[]; scope?: ScopeSignal; grounds?: CallGrounds };

/** What grounds a call in the request's words, for calibrating abstention (mapper/unsure-call.ts). */
export interface CallGrounds {
  /** The request's content words (mapper/scope.ts): not stop words, courtesy, numbers or the device's own names. */
  content: number;
  /** Of those, the ones that meet no word of the document. */
  unmet: number;
  /** Per call, how many of the content words the called function's own words explain. */
  explained: number[];
  /** The most content words any one function of the document explains. */
  most: number;
  /** The request's mood as read: a command, a question or neither. */
  mood?: string;
  /** Per call, the called function's kind. */
  kinds?: ('action' | 'query' | undefined)[];
  /** Per call of a request of several steps: its step's content words and how many of them the called function explains. */
  steps?: { content: number; explained: number }[];
}

/** How one call won, for calibrating abstention: its lead over the next feasible function, and whether more request words name that one. */
export interface Lead {
  function: string;
  margin: number;
  wordsDisagree: boolean;
  /** Why the lead is small, where there is a runner-up (mapper/runner-up.ts). */
  pair?: PairEvidence;
  /** The next feasible function, the one the lead is over. */
  runnerUp?: string;
  /** How many of the request's content words each of the two explains (mapper/doubtful-call.ts). */
  support?: { chosen: number; runnerUp: number; named: boolean };
  /** The chosen function's scores: the hybrid score, the embedding's cosine and the word match (mapper/unsure-call.ts weighs them). */
  hit?: { score: number; semantic: number; lexical: number };
  /** The step of a request of several that made the call, as read (mapper/lone-steps.ts). */
  step?: string;
}

export interface ApiMapper {
  readonly document: NormalisedDocument;
  readonly language: string;
  readonly warnings: readonly string[];
  readonly index: HybridIndex;
  /** Top-k functions for one step of text (no argument extraction). */
  candidates(text: string, k?: number): Promise<Candidate[]>;
  map(text: string, state?: DeviceStateValues, options?: MapOptions): Promise<MapResult>;
}

export interface MapOptions {
  /**
   * Words that name this device and its place (its name, aliases, kind nouns, area): they are read
   * out of the request, since they say which device, not which function ("add milk to the list").
   */
  references?: SelfReferences;
}

/**
 * Built indexes shared by the agents of one host process: 200 agents of the same device type
 * hold one index, not 200. Create one per process next to the embedder pool and pass it to every agent.
 */
export interface MapperIndexCache {
  readonly entries: Map<string, Promise<{ document: NormalisedDocument; views: FunctionViews; index: HybridIndex }>>;
}

export function createMapperIndexCache(): MapperIndexCache {
  return { entries: new Map() };
}

export interface ApiMapperOptions {
  indexCache?: MapperIndexCache;
  embedder: Embedder;
  /** A DeviceDescription or an LLMind-style JSON array. */
  document: unknown;
  lexicon?: Lexicon;
  /** Persisted indexes go to <cacheDir>/<key>; omit for in-memory only. */
  cacheDir?: string;
  threshold?: number;
  /**
   * A call whose function leads the next feasible one by less than this is not made: the request
   * fits two functions about equally, and a question is better than a guess (calibrated on the dev split).
   */
  minimumMargin?: number;
  /**
   * A call whose function leads by less than this, where the runner-up is the one more of the
   * request's words name (the lead comes from the embedding alone), is not made: the two kinds of
   * evidence disagree on a near tie, and a question is better than a guess.
   */
  disagreementMargin?: number;
  /**
   * A single call that leads the runner-up by less than this, where the request's words explain no
   * more of it than of the runner-up, is not made: the person is asked which of the two was meant
   * (mapper/doubtful-call.ts). 0 turns it off; defaults to DEFAULT_DOUBT_MARGIN.
   */
  doubtMargin?: number;
  /**
   * A request of several steps one of whose calls its step's words do not explain at all, scoring
   * under this, is not made (mapper/unsure-call.ts). 0 turns it off; defaults to STEP_GUESS_BELOW.
   */
  stepGuessBelow?: number;
  /**
   * How much close candidates that take the same numbered object are reordered by the words that tell
   * them apart (mapper/shared-object.ts); 0 turns it off. Default DEFAULT_CONTRAST_WEIGHT.
   */
  sharedObjectContrast?: number;
  /**
   * A request none of whose words meets the document and whose meaning is far from every function
   * is "not executable" ("water the plants" to a warehouse robot); false turns the check off.
   * Defaults to DEFAULT_SCOPE_THRESHOLDS (see mapper/scope.ts).
   */
  scope?: ScopeThresholds | false;
  topK?: number;
  weights?: Partial<HybridWeights>;
  /**
   * What the device is called ("robot"): a request that says "you" is read as about it. Defaults to
   * the document's first noun; an LLMind-style document has none, so its agent passes its kind.
   */
  selfNoun?: string;
  /**
   * The ranges the device itself says its parameters take, where its API document does not say them
   * (api-document.ts ParameterRanges): a value said outside one is declined with its range as the reason.
   */
  parameterRanges?: ParameterRanges;
}
