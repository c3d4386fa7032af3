import { en, words, type Lexicon, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { onlyUnaskedReadings } from './reading-for-command';
import { statesExcess } from './stated-excess';
import { statedNeedPath } from './stated-need';

const NEGATORS: ReadonlySet<string> = en.verbNegators;
const negates = (word: string) => NEGATORS.has(word) || /n['’]t$/.test(word);

/**
 * A verb said negated ("i can't hear the radio", "we cannot see the bench", "the fan doesn't
 * work"): a statement of something not met. The negation is a closed-class word (or a verb's "n't");
 * the word after it, or after its "not" ("can not see"), is a verb.
 */
function negatedVerb(said: readonly string[], lexicon: Lexicon): string | undefined {
  const wordNet = lexicon.wordNet!;
  for (let index = 0; index < said.length - 1; index += 1) {
    const word = said[index]!;
    if (!negates(word)) continue;
    const next = negates(said[index + 1]!) ? said[index + 2] : said[index + 1];
    if (next !== undefined && wordNet.isVerb(next) && !wordNet.canBe(next, 'adj')) return next;
  }
  return undefined;
}

/**
 * A statement of need is not answered by a reading (issue #17): "i can't hear the radio" read the
 * volume, "it's too bright in here" said to a light that is off read its brightness; neither asked
 * to be told anything. Where the request is neither a question nor a command (its mood, and no verb
 * of knowing or clause that asks: mapper/knowing-verb.ts, mapper/indirect-question.ts), states a need
 * (a quality past or short of what is wanted: mapper/stated-excess.ts; a verb of lacking:
 * mapper/stated-need.ts; a verb said negated) and every call the mapper would make only reads, the
 * device has nothing to do for it: the word that said the need is returned for the reason, else
 * undefined. What could meet the need (a louder volume, closing the blinds) is for the planner or
 * a reading of the wish (mapper/stated-excess.ts) to find; a wrong reading is worse than saying so.
 */
export function readingForStatement(result: MapResult, reading: RequestReading, said: string, functions: ReadonlyMap<string, NormalisedFunction>, lexicon: Lexicon | undefined): string | undefined {
  const wordNet = lexicon?.wordNet;
  if (!wordNet || !onlyUnaskedReadings(result, reading, 'neutral', said, functions, lexicon)) return undefined;
  const lower = words(said).map((word) => word.toLowerCase());
  const negated = negatedVerb(lower, lexicon);
  if (negated) return negated;
  if (statesExcess(said, wordNet) || statedNeedPath(said, wordNet) !== 0) return lower.find((word) => wordNet.canBe(word, 'adj') || wordNet.isVerb(word)) ?? lower[0];
  return undefined;
}
