import { en, enMapping, findNumbers, moodOf, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { withRemedyOption } from './remedy-option';
import { withStatedExcess } from './stated-excess';

const { statedDegree } = enMapping;
const EXCESS = new Set(statedDegree.excess);
const SUFFICIENCY = new Set(statedDegree.sufficiency);
const NEGATIONS = new Set(enMapping.negation.words.filter((word) => !en.verbParticles.has(word)));
const DIRECTION_WORDS = new Set([...en.relativeDirection.up, ...en.relativeDirection.down]);
const CLAUSE = /[^,;.!?]+/g;

/** The words of a clause, lower case, apostrophes kept ("fan's"). */
const wordsOf = (clause: string) => clause.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}']+/gu) ?? [];

/**
 * The quality a clause says is past what is wanted, or at what is wanted: "too strong", "way too
 * noisy" (any adjective after a word of excess, on a listed scale or not), "warm enough" (a
 * sufficiency not negated: the state is as wished). Undefined where the clause says neither.
 */
export function statedQuality(clause: string, wordNet: WordNet): string | undefined {
  const said = wordsOf(clause);
  for (let index = 0; index < said.length - 1; index += 1) {
    if (EXCESS.has(said[index]!) && wordNet.canBe(said[index + 1]!, 'adj')) return said[index + 1];
  }
  for (let index = 1; index < said.length; index += 1) {
    if (!SUFFICIENCY.has(said[index]!) || !wordNet.canBe(said[index - 1]!, 'adj')) continue;
    const negated = said.slice(Math.max(0, index - 3), index - 1).some((word) => NEGATIONS.has(word) || /n't$/.test(word));
    // "it isn't warm enough" is a lack: stated-excess.ts reads it where the device speaks of its scale, and
    // where it does not ("not strong enough" to a fan) it is as unread as "too strong".
    return negated ? `not ${said[index - 1]!}` : said[index - 1];
  }
  return undefined;
}

/**
 * A statement that a quality is too much, or enough, that no reading turns into a change of this
 * device, with nothing else said to do, is declined with a question (issue #17: a wrong action is
 * worse than a question). "the fan's too strong", "that fan's too noisy": the fan's document speaks
 * of no strength or noise, so stated-excess.ts could not say the wish as a comparative of its
 * scale, and read literally the sentence switched the fan on; "it's warm enough now" switched a
 * thermostat to cooling. Where stated-excess.ts does rewrite the request ("it's too dark in here"
 * to a light: "make it brighter"), where another clause gives an order, a direction or a number
 * ("it's too cold, heating to 22", "a degree warmer, it's too cold"), and in a question ("is it
 * warm enough?"), the request is left to the mapper.
 */
export function unreadExcess(asked: string, document: NormalisedDocument, state: Readonly<Record<string, unknown>>, selfNoun: string | undefined, wordNet: WordNet | undefined): MapResult | undefined {
  if (!wordNet || asked.includes('?') || moodOf(asked) === 'question' || findNumbers(asked).length > 0) return undefined;
  const clauses = [...asked.matchAll(CLAUSE)].map((match) => match[0]);
  const stating = clauses.find((clause) => statedQuality(clause, wordNet) !== undefined);
  if (stating === undefined || withStatedExcess(asked, wordNet, document) !== asked || withRemedyOption(asked, document, state, wordNet) !== asked) return undefined;
  const ordering = (clause: string) => moodOf(clause) !== 'neutral' || wordsOf(clause).some((word) => DIRECTION_WORDS.has(word));
  if (clauses.some(ordering)) return undefined;
  const quality = statedQuality(stating, wordNet)!;
  return {
    kind: 'not_executable',
    reason: `you said something is ${wordsOf(stating).some((word) => SUFFICIENCY.has(word)) ? `${quality} enough` : `too ${quality}`}, but nothing the ${selfNoun ?? 'device'} does is said to change that: what should I do?`,
    candidates: [],
    ranking: [],
  };
}
