import type { Lexicon } from '@meshmind/language';
import { MeshmindError, type Embedder } from '@meshmind/protocol';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';
import { cosine } from '../embedders/embedder';
import { LexicalScorer, type LexicalField } from './lexical-scorer';

export interface HybridDocument {
  id: string;
  /** Texts embedded for this document; the first is the main view, later ones weigh less. */
  views: readonly string[];
  fields: readonly LexicalField[];
}

export interface HybridWeights {
  semantic: number;
  lexical: number;
  /** Share of the main view within the semantic score. */
  mainView: number;
}

export interface HybridIndexOptions {
  embedder: Embedder;
  lexicon?: Lexicon;
  /** Where the HNSW index and vectors persist; omitted, the index lives in memory only. */
  cacheDir?: string;
  weights?: Partial<HybridWeights>;
  /** Candidates the HNSW and lexical stages each pass to exact rescoring. */
  candidates?: number;
  /** Softmax temperature that turns score gaps into a confidence. */
  temperature?: number;
}

export interface HybridHit {
  id: string;
  score: number;
  semantic: number;
  lexical: number;
  /** Probability-like share of this hit among the candidates (softmax of the scores). */
  confidence: number;
}

export interface HybridIndex {
  readonly size: number;
  /** Key of the persisted files: embedder id + document views. */
  readonly key: string;
  /** True when the vectors came from the cache directory instead of the embedder. */
  readonly loadedFromCache: boolean;
  /**
   * `meaning` is the text to embed when it differs from the words to match: the agent embeds a
   * request with its numbers left out, so that shelf 21 and shelf 22 rank alike.
   */
  search(query: string, k?: number, meaning?: string): Promise<HybridHit[]>;
}

export const DEFAULT_WEIGHTS: HybridWeights = { semantic: 0.45, lexical: 0.55, mainView: 0.8 };
const DEFAULT_CANDIDATES = 32;
const DEFAULT_TEMPERATURE = 0.03;
const { HierarchicalNSW } = hnswlib;

function indexKey(embedder: Embedder, documents: readonly HybridDocument[]): string {
  const hash = createHash('sha256').update(embedder.id);
  for (const document of documents) hash.update('\u0000').update(document.id).update('\u0001').update(document.views.join('\u0002'));
  return hash.digest('hex').slice(0, 24);
}

function writeAtomically(path: string, data: Buffer | string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/**
 * A hybrid index over any documents: HNSW (cosine) for semantic candidates, a lexical scorer for
 * exact and WordNet-related words, both rescored exactly and blended. Agents index API functions
 * with it; the coordinator indexes device profiles.
 */
export async function createHybridIndex(documents: readonly HybridDocument[], options: HybridIndexOptions): Promise<HybridIndex> {
  if (documents.length === 0) throw new MeshmindError('E_INVALID_PAYLOAD', 'a hybrid index needs at least one document');
  const { embedder } = options;
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const viewCount = Math.max(...documents.map((document) => document.views.length));
  const key = indexKey(embedder, documents);
  const vectorsPath = options.cacheDir ? join(options.cacheDir, `${key}.vectors`) : undefined;
  const hnswPath = options.cacheDir ? join(options.cacheDir, `${key}.hnsw`) : undefined;

  let vectors: Float32Array[][] | undefined;
  let loadedFromCache = false;
  if (vectorsPath && hnswPath && existsSync(vectorsPath) && existsSync(hnswPath)) {
    const raw = readFileSync(vectorsPath);
    const flat = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
    const dimensions = flat.length / (documents.length * viewCount);
    if (Number.isInteger(dimensions) && dimensions > 0) {
      vectors = documents.map((_, documentIndex) =>
        Array.from({ length: viewCount }, (__, view) => flat.slice((documentIndex * viewCount + view) * dimensions, (documentIndex * viewCount + view + 1) * dimensions)),
      );
      loadedFromCache = true;
    }
  }
  if (!vectors) {
    const texts = documents.flatMap((document) => Array.from({ length: viewCount }, (_, view) => document.views[view] ?? document.views[0] ?? ''));
    const embedded = await embedder.embed(texts);
    vectors = documents.map((_, documentIndex) => embedded.slice(documentIndex * viewCount, (documentIndex + 1) * viewCount));
  }
  const dimensions = vectors[0]![0]!.length;

  const hnsw = new HierarchicalNSW('cosine', dimensions);
  if (loadedFromCache && hnswPath) {
    hnsw.readIndexSync(hnswPath);
  } else {
    hnsw.initIndex(documents.length, 16, 200, 100);
    vectors.forEach((views, label) => hnsw.addPoint(Array.from(views[0]!), label));
    if (options.cacheDir && vectorsPath && hnswPath) {
      mkdirSync(options.cacheDir, { recursive: true });
      const flat = new Float32Array(documents.length * viewCount * dimensions);
      vectors.forEach((views, documentIndex) => views.forEach((vector, view) => flat.set(vector, (documentIndex * viewCount + view) * dimensions)));
      writeAtomically(vectorsPath, Buffer.from(flat.buffer));
      hnsw.writeIndexSync(`${hnswPath}.${process.pid}.tmp`);
      renameSync(`${hnswPath}.${process.pid}.tmp`, hnswPath);
    }
  }
  const candidateCount = Math.min(documents.length, options.candidates ?? DEFAULT_CANDIDATES);
  hnsw.setEf(Math.max(64, candidateCount * 2));
  const lexical = new LexicalScorer(
    documents.map((document) => document.fields),
    options.lexicon,
  );
  const temperature = options.temperature ?? DEFAULT_TEMPERATURE;
  const finalVectors = vectors;

  return {
    size: documents.length,
    key,
    loadedFromCache,
    async search(query, k = 5, meaning = query) {
      const [queryVector] = await embedder.embed([meaning]);
      const lexicalScores = lexical.score(query);
      const candidates = new Set<number>(hnsw.searchKnn(Array.from(queryVector!), candidateCount).neighbors);
      lexicalScores
        .map((score, index) => ({ score, index }))
        .sort((left, right) => right.score - left.score)
        .slice(0, candidateCount)
        .forEach(({ index }) => candidates.add(index));
      const hits = [...candidates].map((index) => {
        const views = finalVectors[index]!;
        const main = cosine(queryVector!, views[0]!);
        const others = views.slice(1).map((vector) => cosine(queryVector!, vector));
        const semantic = others.length === 0 ? main : weights.mainView * main + (1 - weights.mainView) * Math.max(...others);
        const lexicalScore = lexicalScores[index]!;
        return { id: documents[index]!.id, semantic, lexical: lexicalScore, score: weights.semantic * semantic + weights.lexical * lexicalScore, confidence: 0 };
      });
      hits.sort((left, right) => right.score - left.score);
      const top = hits[0]?.score ?? 0;
      const exponentials = hits.map((hit) => Math.exp((hit.score - top) / temperature));
      const total = exponentials.reduce((sum, value) => sum + value, 0);
      hits.forEach((hit, index) => (hit.confidence = exponentials[index]! / total));
      return hits.slice(0, k);
    },
  };
}
