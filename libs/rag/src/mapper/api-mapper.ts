import { MeshmindError, toMeshmindError, type ParameterSpec } from '@meshmind/protocol';
import { join } from 'node:path';
import { normaliseApiDocument, type NormalisedDocument, type NormalisedFunction } from '../api-document';
import { extractArguments, type DeviceStateValues } from '../arguments/argument-extractor';
import { splitItems, takesOneItem } from '../arguments/list-items';
import { givesPercentage, takesPercentage } from '../arguments/fractions';
import { isSecretParameter, quotedStrings } from '../arguments/string-values';
import type { Embedder } from '../embedders/embedder';
import { createHybridIndex, type HybridHit, type HybridIndex, type HybridWeights } from '../index/hybrid-index';
import type { Lexicon } from '../text/lexicon';
import { functionViews, type FunctionViews } from './function-views';
import { functionProfile, readRequest, markOppositions, requestEvidence, unanchoredPolarWords, type FunctionProfile } from './evidence';
import { answerKindOf, functionKind, moodOf, returnKindOf } from './mood';
import { readSteps, withAntecedent } from './split-steps';
import { functionPath, nounWords, requestPath, type Path } from './path';
import { retrievalText, withoutNumbers } from './retrieval-text';
import { withoutSelfReferences, type SelfReferences } from './self-references';

export const DEFAULT_RAG_CACHE_DIR = '.meshmind/cache/rag';
/** Below this hybrid score the subtask is "not executable" (calibrated on the dev split). */
export const DEFAULT_MATCH_THRESHOLD = 0.22;
/**
 * See ApiMapperOptions.minimumMargin. Learned on eval:rag's dev split (test/eval/rag-calibrate.ts):
 * below 0.01 the declined calls were more often wrong than right (30 to 26); from there on every
 * further band cost about as many right calls as it saved wrong ones, so the lead is no better
 * evidence than a coin. Held out: 9 wrong and 11 right calls declined.
 */
export const DEFAULT_MINIMUM_MARGIN = 0.01;
/** How far below the best candidate a function may score and still win by having its arguments. */
const FEASIBILITY_MARGIN = 0.08;
/**
 * How far a sensitive function (unlock, release an emergency stop) must lead every other plausible
 * function to be chosen. A near tie means retrieval cannot tell them apart ("stop" meets both the
 * emergency stop and its release); then the person should not be asked to confirm a guess.
 */
const SENSITIVE_LEAD = 0.05;
/** Larger than any score: an action can only answer a question when the device has no reading at all. */
const QUESTION_ACTION_PENALTY = 1;
const CONFIDENCE_TEMPERATURE = 0.03;
/** Functions reranked on evidence: every function of a device, the best of a large index. */
const RERANK_DEPTH = 24;
/**
 * Weights of the evidence next to the hybrid score (0..1), tuned on the dev split: a value the
 * request names that only one function can take outweighs a similar-sounding neighbour, and an
 * opposite polar word (off for on) outweighs a shared object noun.
 */
const EVIDENCE_WEIGHTS = { path: 0.08, mood: 0.08, polarity: 0.12, direction: 0.08, argumentFit: 0.12, missing: 0.1, unused: 0.1, answerKind: 0.06 };

export interface MappedCall {
  function: string;
  arguments: Record<string, unknown>;
  confidence: number;
  score: number;
  /** How far the chosen function leads the next function that could also have been called. */
  margin: number;
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
  topK?: number;
  weights?: Partial<HybridWeights>;
  /**
   * What the device is called ("robot"): a request that says "you" is read as about it. Defaults to
   * the document's first noun; an LLMind-style document has none, so its agent passes its kind.
   */
  selfNoun?: string;
}

/**
 * One call per item where a function takes one free-text item and the request coordinates several
 * ("add tea and honey"): the device adds one item at a time. A quoted value is one item as written.
 */
function itemCalls(fn: NormalisedFunction, values: Record<string, unknown>, step: string): Array<Record<string, unknown>> {
  const parameter = fn.parameters[0];
  const isNameOrSecret = (name: string) => isSecretParameter(name) || /(ssid|name|network|netz|reseau)/i.test(name);
  if (!parameter || !takesOneItem(fn.parameters, isNameOrSecret) || quotedStrings(step).length > 0) return [values];
  const value = values[parameter.name];
  if (typeof value !== 'string') return [values];
  return splitItems(value).map((item) => ({ ...values, [parameter.name]: item }));
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
  const normalised = normaliseApiDocument(options.document);
  const build = async () => {
    const views = functionViews(normalised, options.lexicon);
    const index = await createHybridIndex(views.documents, {
      embedder: options.embedder,
      ...(options.lexicon ? { lexicon: options.lexicon } : {}),
      ...(options.cacheDir ? { cacheDir: join(options.cacheDir, 'functions') } : {}),
      ...(options.weights ? { weights: options.weights } : {}),
    });
    return { document: normalised, views, index };
  };
  const cacheKey = `${options.embedder.id}|${normalised.hash}|${options.lexicon ? options.lexicon.missing.join(',') : 'no-lexicon'}|${JSON.stringify(options.weights ?? {})}`;
  let built = options.indexCache?.entries.get(cacheKey);
  if (!built) {
    built = build();
    options.indexCache?.entries.set(cacheKey, built);
    built.catch(() => options.indexCache?.entries.delete(cacheKey));
  }
  const { document, views, index } = await built;
  const byName = new Map<string, NormalisedFunction>(document.functions.map((fn) => [fn.name, fn]));
  const profiles = new Map<string, FunctionProfile>(
    document.functions.map((fn, position) => [fn.name, functionProfile(fn, views.documents[position]?.fields[0]?.words ?? [], views.language)]),
  );
  markOppositions([...profiles.values()], options.lexicon);
  const selfNoun = options.selfNoun ?? document.nouns[0];
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  // Onto the device or off it: weighed only where the document's functions differ in that path.
  const deviceNouns = nounWords([...document.nouns, ...(selfNoun ? [selfNoun] : [])]);
  const paths = new Map(document.functions.map((fn) => [fn.name, functionPath(fn.description, deviceNouns)]));
  const pathsDiffer = [...paths.values()].includes(1) && [...paths.values()].includes(-1);
  const minimumMargin = options.minimumMargin ?? DEFAULT_MINIMUM_MARGIN;
  // A device none of whose functions takes a share ("halfway", "30%") cannot do a request that gives
  // one: opening a valve fully for "open it halfway" would be a wrong action, so the request is declined.
  const wordNet = options.lexicon?.wordNet;
  const isVerb = wordNet ? (word: string) => wordNet.isVerb(word) : undefined;
  const acceptsPercentage = document.functions.some((fn) => fn.parameters.some(takesPercentage));
  const topK = options.topK ?? 3;

  // The hybrid score says what the request is about; the evidence says which of the functions about
  // it fits: questions ask for readings and commands for changes, opposite polar words exclude each
  // other, and a value only one function can take points at that function.
  async function rank(step: string, k: number, state: DeviceStateValues = {}, carried: Readonly<Record<string, unknown>> = {}, saidPath: Path = 0): Promise<HybridHit[]> {
    const mood = moodOf(step);
    // "what is on shelf 3" wants names of things, "how many ..." an amount: the return types say which function gives that.
    const wanted = mood === 'question' ? answerKindOf(step) : undefined;
    const request = readRequest(step, options.lexicon);
    const unanchored = unanchoredPolarWords(request, profiles.values());
    // Where the device's name was read out with its preposition ("pop it onto the list" -> "pop it"), the words as said give the path.
    const path = pathsDiffer ? requestPath(step, deviceNouns) || saidPath : 0;
    const read = retrievalText(step, selfNoun);
    const hits = (await index.search(read, Math.max(k, RERANK_DEPTH), withoutNumbers(read))).map((hit) => {
      const fn = byName.get(hit.id)!;
      const kind = functionKind(fn);
      const moodSign = mood === 'question' ? (kind === 'query' ? 1 : -1) : mood === 'command' && kind === 'query' ? -1 : 0;
      const hasCurrent = (parameter: ParameterSpec) => typeof state[fn.effects?.find((effect) => effect.parameter === parameter.name)?.key ?? parameter.name] === 'number';
      const evidence = requestEvidence(request, profiles.get(hit.id)!, options.lexicon, hasCurrent, (parameter) => carried[parameter.name] !== undefined, unanchored);
      const given = wanted ? returnKindOf(fn) : undefined;
      const answerSign = wanted && given ? (wanted === given ? 1 : -1) : 0;
      const adjustment =
        EVIDENCE_WEIGHTS.path * path * paths.get(hit.id)! +
        EVIDENCE_WEIGHTS.mood * moodSign +
        EVIDENCE_WEIGHTS.answerKind * answerSign +
        // Which end of an opposition a request names picks between the ends; it does not make a function relevant.
        (evidence.polarityByPole && hit.score < threshold ? 0 : EVIDENCE_WEIGHTS.polarity * evidence.polarity) +
        EVIDENCE_WEIGHTS.direction * evidence.direction +
        EVIDENCE_WEIGHTS.argumentFit * evidence.argumentFit -
        EVIDENCE_WEIGHTS.unused * Math.min(1, evidence.unused) -
        EVIDENCE_WEIGHTS.missing * Math.min(1, evidence.missing);
      // A question never changes the device: "is the door unlocked?" must read the lock, not unlock it.
      // Only where the API document declares its kinds: a guessed kind ("scan" takes a shelf) is no ground for a veto.
      const questionAction = mood === 'question' && fn.kind === 'action' ? QUESTION_ACTION_PENALTY : 0;
      return { ...hit, score: hit.score + adjustment - questionAction };
    });
    hits.sort((left, right) => right.score - left.score);
    const top = hits[0]?.score ?? 0;
    const exponentials = hits.map((hit) => Math.exp((hit.score - top) / CONFIDENCE_TEMPERATURE));
    const total = exponentials.reduce((sum, value) => sum + value, 0);
    return hits.map((hit, position) => ({ ...hit, confidence: exponentials[position]! / total }));
  }

  async function candidates(text: string, k = topK): Promise<Candidate[]> {
    return (await rank(text, k)).slice(0, k).map(toCandidate);
  }

  async function map(said: string, state: DeviceStateValues = {}, mapOptions: MapOptions = {}): Promise<MapResult> {
    const text = mapOptions.references ? withoutSelfReferences(said, mapOptions.references) : said;
    const result = await mapText(text, state, text !== said && pathsDiffer ? requestPath(said, deviceNouns) : 0);
    // Read without its references, a short request can fall below the threshold ("deactivate the
    // lights in the home" -> "deactivate in the home"): then the words as said decide.
    // When neither reading fits, the answer quotes the person's own words.
    if (result.kind === 'not_executable' && text !== said) return mapText(said, state);
    return result;
  }

  async function mapText(text: string, state: DeviceStateValues, saidPath: Path = 0): Promise<MapResult> {
    try {
      // A question may compare a reading with a share ("is the humidity above 70%?"): only a command is declined.
      if (!acceptsPercentage && moodOf(text) !== 'question' && givesPercentage(text)) {
        const shown = (await rank(text, topK, state)).slice(0, topK).map(toCandidate);
        return { kind: 'not_executable', reason: `${selfNoun ? `the ${selfNoun}` : 'this device'} cannot be set part of the way or to a percentage; it can only do what its functions do in full`, candidates: shown };
      }
      const steps = readSteps(text, options.lexicon);
      const searched: Array<{ step: string; joined?: 'and' | 'sequence'; hits: HybridHit[] }> = [];
      for (const { text: said, joined } of steps) {
        const previous = searched.at(-1);
        const step = withAntecedent(said, previous?.step);
        const hits = await rank(step, topK, state, {}, saidPath);
        // A trailing clause that matches nothing well ("... and tell me what it holds") belongs to the step before.
        if (previous && (hits[0]?.score ?? 0) < threshold) {
          previous.step = `${previous.step} and ${said}`;
          continue;
        }
        searched.push({ step, ...(joined ? { joined } : {}), hits });
      }
      const allCandidates = searched[0]?.hits.slice(0, topK).map(toCandidate) ?? [];
      const calls: MappedCall[] = [];
      let carried: Record<string, unknown> = {};
      for (const searchedStep of searched) {
        const { step, joined } = searchedStep;
        // A later step is ranked again with the values of the steps before it ("... and then check it").
        const hits = Object.keys(carried).length > 0 ? await rank(step, topK, state, carried, saidPath) : searchedStep.hits;
        const top = hits[0];
        const shown = hits.slice(0, topK).map(toCandidate);
        // A step joined by a plain "and" that the call before it also answers is that call's
        // consequence, not a second call: "return to the docking station and charge up" docks once,
        // to charge. Steps in sequence ("and then", "after that") are always calls of their own.
        const previousCall = calls.at(-1);
        if (joined === 'and' && previousCall && top && hits.some((hit) => hit.id === previousCall.function && hit.score >= top.score - FEASIBILITY_MARGIN)) continue;
        if (!top || top.score < threshold) {
          return { kind: 'not_executable', reason: `no function of this device matches "${step}" well enough`, candidates: shown };
        }
        // Close candidates compete on their arguments: "switch the lamp on" is not set_color_temperature
        // when no temperature is given. If none can be filled, the best one's reason is reported.
        let chosen: { hit: HybridHit; arguments: Record<string, unknown> } | undefined;
        let firstFailure: string | undefined;
        const unfit = new Set<string>();
        for (const hit of hits) {
          if (hit.score < threshold || hit.score < top.score - FEASIBILITY_MARGIN) break;
          if (byName.get(hit.id)!.sensitive && hits.some((other) => other !== hit && !byName.get(other.id)!.sensitive && other.score >= Math.max(threshold, hit.score - SENSITIVE_LEAD))) {
            firstFailure ??= `${hit.id} is sensitive and the request fits another function almost as well`;
            unfit.add(hit.id);
            continue;
          }
          const extraction = extractArguments(step, byName.get(hit.id)!, state, carried, isVerb);
          if (extraction.ok) {
            chosen = { hit, arguments: extraction.arguments };
            break;
          }
          firstFailure ??= extraction.reason;
          unfit.add(hit.id);
        }
        if (!chosen) return { kind: 'not_executable', reason: firstFailure ?? 'no candidate fits', candidates: shown };
        const best = chosen.hit;
        const fn = byName.get(best.id)!;
        const runnerUp = hits.find((hit) => hit.id !== best.id && !unfit.has(hit.id));
        const margin = best.score - (runnerUp?.score ?? 0);
        if (margin < minimumMargin) {
          return { kind: 'not_executable', reason: `the request fits ${best.id} and ${runnerUp?.id ?? 'another function'} about equally`, candidates: shown };
        }
        const extraction = { arguments: chosen.arguments };
        const last = calls.at(-1);
        if (last && last.function === fn.name && JSON.stringify(last.arguments) === JSON.stringify(extraction.arguments)) continue;
        for (const each of itemCalls(fn, extraction.arguments, step)) {
          calls.push({ function: fn.name, arguments: each, confidence: toCandidate(best).confidence, score: toCandidate(best).score, margin: Math.round(margin * 1000) / 1000 });
        }
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
