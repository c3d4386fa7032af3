import { MeshmindError, toMeshmindError } from '@meshmind/protocol';
import { join } from 'node:path';
import { normaliseApiDocument, type NormalisedDocument, type NormalisedFunction } from '../api-document';
import { extractArguments, type DeviceStateValues } from '../arguments/argument-extractor';
import type { Embedder } from '../embedders/embedder';
import { createHybridIndex, type HybridHit, type HybridIndex, type HybridWeights } from '../index/hybrid-index';
import type { Lexicon } from '../text/lexicon';
import { functionViews } from './function-views';
import { splitSteps } from './split-steps';

export const DEFAULT_RAG_CACHE_DIR = '.meshmind/cache/rag';
/** Below this hybrid score the subtask is "not executable" (calibrated on the dev split). */
export const DEFAULT_MATCH_THRESHOLD = 0.3;

export interface MappedCall {
  function: string;
  arguments: Record<string, unknown>;
  confidence: number;
  score: number;
}

export interface Candidate {
  function: string;
  score: number;
  confidence: number;
}

export type MapResult =
  | { kind: 'call'; calls: MappedCall[]; candidates: Candidate[] }
  | { kind: 'not_executable'; reason: string; candidates: Candidate[] };

export interface ApiMapper {
  readonly document: NormalisedDocument;
  readonly language: string;
  readonly warnings: readonly string[];
  readonly index: HybridIndex;
  /** Top-k functions for one step of text (no argument extraction). */
  candidates(text: string, k?: number): Promise<Candidate[]>;
  map(text: string, state?: DeviceStateValues): Promise<MapResult>;
}

export interface ApiMapperOptions {
  embedder: Embedder;
  /** A DeviceDescription or an LLMind-style JSON array. */
  document: unknown;
  lexicon?: Lexicon;
  /** Persisted indexes go to <cacheDir>/<key>; omit for in-memory only. */
  cacheDir?: string;
  threshold?: number;
  topK?: number;
  weights?: Partial<HybridWeights>;
}

function toCandidate(hit: HybridHit): Candidate {
  return { function: hit.id, score: Math.round(hit.score * 1000) / 1000, confidence: Math.round(hit.confidence * 1000) / 1000 };
}

/**
 * The device agent's retrieval: subtask text -> the chosen function(s) of its own API document and
 * their arguments. Below the threshold, or with a required value missing, it answers
 * "not executable" with the closest candidates instead of guessing.
 */
export async function createApiMapper(options: ApiMapperOptions): Promise<ApiMapper> {
  const document = normaliseApiDocument(options.document);
  const views = functionViews(document, options.lexicon);
  const index = await createHybridIndex(views.documents, {
    embedder: options.embedder,
    ...(options.lexicon ? { lexicon: options.lexicon } : {}),
    ...(options.cacheDir ? { cacheDir: join(options.cacheDir, 'functions') } : {}),
    ...(options.weights ? { weights: options.weights } : {}),
  });
  const byName = new Map<string, NormalisedFunction>(document.functions.map((fn) => [fn.name, fn]));
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const topK = options.topK ?? 3;

  async function candidates(text: string, k = topK): Promise<Candidate[]> {
    return (await index.search(text, k)).map(toCandidate);
  }

  async function map(text: string, state: DeviceStateValues = {}): Promise<MapResult> {
    try {
      const steps = splitSteps(text, options.lexicon);
      const searched: Array<{ step: string; hits: HybridHit[] }> = [];
      for (const step of steps) {
        const hits = await index.search(step, topK);
        const previous = searched.at(-1);
        // A trailing clause that matches nothing well ("... and tell me what it holds") belongs to the step before.
        if (previous && (hits[0]?.score ?? 0) < threshold) {
          previous.step = `${previous.step} and ${step}`;
          continue;
        }
        searched.push({ step, hits });
      }
      const allCandidates = searched[0]?.hits.map(toCandidate) ?? [];
      const calls: MappedCall[] = [];
      let carried: Record<string, unknown> = {};
      for (const { step, hits } of searched) {
        const best = hits[0];
        if (!best || best.score < threshold) {
          return { kind: 'not_executable', reason: `no function of this device matches "${step}" well enough`, candidates: hits.map(toCandidate) };
        }
        const fn = byName.get(best.id)!;
        const extraction = extractArguments(step, fn, state, carried);
        if (!extraction.ok) return { kind: 'not_executable', reason: extraction.reason, candidates: hits.map(toCandidate) };
        const last = calls.at(-1);
        if (last && last.function === fn.name && JSON.stringify(last.arguments) === JSON.stringify(extraction.arguments)) continue;
        calls.push({ function: fn.name, arguments: extraction.arguments, confidence: toCandidate(best).confidence, score: toCandidate(best).score });
        carried = { ...carried, ...extraction.arguments };
      }
      if (calls.length === 0) return { kind: 'not_executable', reason: 'the request is empty', candidates: allCandidates };
      return { kind: 'call', calls, candidates: allCandidates };
    } catch (error) {
      throw toMeshmindError(error);
    }
  }

  if (document.functions.length === 0) throw new MeshmindError('E_INVALID_PAYLOAD', 'the API document has no functions');
  return { document, language: views.language, warnings: views.warnings, index, candidates, map };
}
