import { en, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import { adjectiveVerbDirection } from '../arguments/adjective-verbs';

/**
 * A request for more or less of something, with no level said: "make the ceiling light brighter",
 * "turn up the heating", "dim the lamp". Such a request is a change of a level by a step: a function
 * that steps it (volume_up) or that sets a level the device reports (set_brightness, read from the
 * brightness it is at). Switching the device on, or reading its level, is something else: "dim the
 * patio heater" to a plug that only switches has nothing to dim, and "I cannot" is the answer.
 */
export interface DegreeRequest {
  direction: 1 | -1;
  /** Stems of the single words that said it ("brighter", "dim", "lower"): a function whose notes use one does it. */
  stems: ReadonlySet<string>;
}

interface DirectionEntry {
  direction: 1 | -1;
  words: readonly string[];
}

const ENTRIES: readonly DirectionEntry[] = [
  ...en.relativeDirection.up.map((entry) => ({ direction: 1 as const, words: entry.split(' ') })),
  ...en.relativeDirection.down.map((entry) => ({ direction: -1 as const, words: entry.split(' ') })),
];

/**
 * Whether a single direction word names a degree: a verb ("dim", "raise", "increase") or a
 * comparative ("brighter", "colder"). A bare particle ("up" in "fire up", "warm up") does not, nor a
 * quantifier ("more songs"): those read as degrees only inside a phrasal entry ("turn ... up").
 */
function namesDegree(word: string, wordNet: WordNet): boolean {
  if (en.verbParticles.has(word)) return false;
  return wordNet.isVerb(word) || (word.endsWith('er') && wordNet.canBe(word, 'adj'));
}

/** The degree a command asks for, or undefined: a question, a number or a share said, or both directions said. */
export function readDegree(reading: RequestReading, wordNet: WordNet | undefined): DegreeRequest | undefined {
  if (!wordNet || reading.mood === 'question' || reading.numbers.length > 0 || reading.givesPercentage) return undefined;
  const all = reading.words;
  const directions = new Set<1 | -1>();
  const stems = new Set<string>();
  for (const entry of ENTRIES) {
    const [first, second] = entry.words;
    if (first === undefined) continue;
    if (second === undefined) {
      // The word as listed: "warm" is not "warmer", and "warm up the car" asks for no degree.
      const at = all.indexOf(first);
      if (at < 0 || !namesDegree(first, wordNet)) continue;
      stems.add(stem(first));
    } else {
      // "turn up the heating", "turn the heating up": the verb, then its particle anywhere after it.
      const at = all.indexOf(first);
      if (at < 0 || all.indexOf(second, at + 1) < 0) continue;
    }
    directions.add(entry.direction);
  }
  // "brighten", "darken": a verb made of an adjective whose comparative is listed (arguments/adjective-verbs.ts).
  for (const word of all) {
    const direction = adjectiveVerbDirection(word, wordNet);
    if (direction === 0) continue;
    directions.add(direction);
    stems.add(stem(word));
  }
  if (directions.size !== 1) return undefined;
  return { direction: [...directions][0]!, stems };
}

const isNumeric = (parameter: ParameterSpec) => parameter.type === 'integer' || parameter.type === 'number';
const isText = (parameter: ParameterSpec) => parameter.type === 'string' || parameter.type === 'string_list';

/**
 * How a function answers a degree request: 1 where it makes the change (it steps that way, sets a
 * level the device reports so the step has a start, or its notes use the word said: "Closes the
 * door; it is lowered"), -1 where it does something else (it reads, switches, or steps the other
 * way), 0 where a free-text value may hold the words ("add more milk").
 */
export function degreeFit(
  fn: NormalisedFunction,
  functionDirection: 1 | -1 | 0,
  degree: DegreeRequest,
  hasCurrent: (parameter: ParameterSpec) => boolean,
  isStep: (parameter: ParameterSpec) => boolean,
): -1 | 0 | 1 {
  if (functionDirection !== 0) return functionDirection === degree.direction ? 1 : -1;
  if (fn.kind === 'query') return -1;
  if (fn.parameters.some((parameter) => isNumeric(parameter) && !isStep(parameter) && hasCurrent(parameter))) return 1;
  if (words(fn.description).some((word) => degree.stems.has(stem(word.toLowerCase())))) return 1;
  if (fn.parameters.some(isText)) return 0;
  return -1;
}
