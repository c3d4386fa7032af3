import type { AnswerKind, Mood, RequestReading } from '@meshmind/language';
import type { HybridHit } from '../search/hybrid-index';
import type { requestWords } from './evidence';
import type { Candidate } from './api-mapper-options';

/** A ranked hit as the mapper reports it, its score and confidence to three places. */
export const toCandidate = (hit: HybridHit): Candidate => ({ function: hit.id, score: Math.round(hit.score * 1000) / 1000, confidence: Math.round(hit.confidence * 1000) / 1000 });

/** One step of a request, read once: everything ranking and argument reading need from its words. */
export interface ReadStep {
  text: string;
  reading: RequestReading;
  mood: Mood;
  /** "what is on shelf 3" wants names of things, "how many ..." an amount: the return types say which function gives that. */
  wanted: AnswerKind | undefined;
  words: ReturnType<typeof requestWords>;
  unanchored: Set<string>;
  /** The text the index searches, and the same without numbers for the lexical side. */
  query: string;
  queryWithoutNumbers: string;
}

export interface SearchedStep {
  read: ReadStep;
  joined?: 'and' | 'sequence';
  hits: HybridHit[];
}
