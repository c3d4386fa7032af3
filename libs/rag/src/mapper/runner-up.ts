import { DEFAULT_WEIGHTS } from '../search/hybrid-index';
import type { FunctionProfile } from './evidence';

/**
 * Evidence that a near call is a guess between two functions, for a calibrated abstention
 * (test/eval/rag-calibrate.ts). The lead alone is no such evidence: on eval:rag it declined about one
 * right call per wrong one. These say why the lead is small.
 */
export interface PairEvidence {
  /** The embedding and the word match rank the two functions in opposite orders. */
  rankingsDisagree: boolean;
  /**
   * The request says a word that only the runner-up's own words have (its name or opening verb) and
   * none that only the chosen function's have: "scan shelf 3 for free slots" says "scan", the
   * runner-up's, where the vacancy check won on "free".
   */
  runnerUpNamed: boolean;
  /**
   * How far the chosen function leads on each view: the embedding, the word match and the evidence
   * terms (the score beyond the hybrid blend at the default weights). A call that wins on one view
   * alone looked like a guess; measured on eval:rag it is not (BENCHMARKS.md, h/ragwrong).
   */
  views: { semantic: number; lexical: number; evidence: number };
}

interface Scored {
  score: number;
  semantic: number;
  lexical: number;
}

const blended = (hit: Scored) => hit.score - DEFAULT_WEIGHTS.semantic * hit.semantic - DEFAULT_WEIGHTS.lexical * hit.lexical;
const rounded = (value: number) => Math.round(value * 1000) / 1000;

export function pairEvidence(requestStems: ReadonlySet<string>, chosen: Scored, chosenProfile: FunctionProfile, runnerUp: Scored, runnerUpProfile: FunctionProfile): PairEvidence {
  const semanticOrder = Math.sign(chosen.semantic - runnerUp.semantic);
  const lexicalOrder = Math.sign(chosen.lexical - runnerUp.lexical);
  const only = (own: ReadonlySet<string>, other: ReadonlySet<string>) => [...own].filter((key) => !other.has(key));
  const saysRunnerUp = only(runnerUpProfile.actionStems, chosenProfile.actionStems).some((key) => requestStems.has(key));
  const saysChosen = only(chosenProfile.actionStems, runnerUpProfile.actionStems).some((key) => requestStems.has(key));
  const views = { semantic: rounded(chosen.semantic - runnerUp.semantic), lexical: rounded(chosen.lexical - runnerUp.lexical), evidence: rounded(blended(chosen) - blended(runnerUp)) };
  return { rankingsDisagree: semanticOrder * lexicalOrder < 0, runnerUpNamed: saysRunnerUp && !saysChosen, views };
}
