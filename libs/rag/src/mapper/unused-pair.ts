import { en, isStopword, words, type NumberMention, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';

/** A pair of numbers at least: "go to 5, 7", "x 1 and y 18". One bare number may name a robot or count photos. */
const PAIR = 2;

/** Which numbers the document's functions take: a pair (a point's x and y), or one bare integer (a thing's number: a shelf). */
export interface DocumentNumbers {
  pair: boolean;
  label: boolean;
}

const isNumeric = (parameter: ParameterSpec) => parameter.type === 'integer' || parameter.type === 'number';

/** What numbers the document's functions take, read once per document. */
export function documentNumbers(parameterLists: ReadonlyArray<readonly ParameterSpec[]>): DocumentNumbers {
  return {
    pair: parameterLists.some((parameters) => parameters.filter(isNumeric).length >= PAIR),
    label: parameterLists.some((parameters) => parameters.some((parameter) => parameter.type === 'integer' && (parameter.unit ?? '') === '')),
  };
}

/**
 * How many of a request's bare numbers a function that takes no number leaves unused, at half weight
 * each as for a function that takes fewer than said. Where the document has a function that takes a
 * pair, "go to 5, 7" drops both numbers on a function named "go_charge" (python-zh-nav's dock, whose
 * "go" the request shares): its name is no reason to throw the point away. Where it has one that
 * takes a thing's number, "proceed to rack 6" drops the rack's (`labelsEveryNumber`) where the
 * thing is where the request goes: "pick up the box on shelf 4" names where the box is, and a call
 * that takes no number may still be what is asked (or declined). A single number said otherwise
 * ("take 2 photos", "robot 3, dock"), or a document that takes neither, counts nothing.
 */
export function unusedByNumberless(bare: number, taken: DocumentNumbers | undefined, text: string, mentions: readonly NumberMention[], wordNet: WordNet | undefined): number {
  if (taken?.pair === true && bare >= PAIR) return 0.5 * bare;
  return taken?.label === true && bare > 0 && bare === mentions.length && mentions.every((mention) => isGoal(text, mention)) && labelsEveryNumber(text, mentions, wordNet) ? 0.5 * bare : 0;
}

/**
 * A function that takes as many numbers as the request says bare, two or more, fits it as surely as a
 * number with its unit fits a setter: "get over to 14, 9" is a point whatever the words around it.
 */
export function numberPairFit(numericParameters: number, bare: number): number {
  return numericParameters >= PAIR && bare === numericParameters ? 1 : 0;
}

/** How well a measure fits a number that labels a thing: below a bare number's 0.5, above nothing. */
const LABEL_FIT = 0.2;
/**
 * The prepositions of where a motion ends, "at" left out: "take a photo at shelf 3" says where the
 * photo is taken, not where to go (a closed class of English, as destination.ts reads it).
 */
const GOALS = new Set([...en.motionGoals].filter((word) => word !== 'at'));

/** Whether the thing a number labels is the goal of a motion: "to rack 6", "towards the bay 3". */
function isGoal(text: string, mention: NumberMention): boolean {
  const before = words(text.slice(0, mention.start).toLowerCase()).slice(0, -1).filter((word) => !en.determiners.has(word));
  return GOALS.has(before.at(-1) ?? '');
}

/** What a number right after a noun of these kinds labels: "rack 6", "aisle 2" (not "angle 20": WordNet files an angle under location). */
const LABELLED_KINDS = ['artifact', 'structure'];

/**
 * Whether every number of the request comes right after a noun whose commonest sense is a made thing
 * ("proceed to rack 6", "aisle 2"): a number said so names which one, like a house number,
 * and measures nothing. WordNet's hierarchy tells the thing ("rack": a framework, an artifact) from a
 * quantity ("speed 1.2", "tilt 30", "angle 20": attributes, which the number measures).
 */
export function labelsEveryNumber(text: string, mentions: readonly NumberMention[], wordNet: WordNet | undefined): boolean {
  if (!wordNet || mentions.length === 0) return false;
  return mentions.every((mention) => {
    const before = /([a-z]+)\s*$/i.exec(text.slice(0, mention.start))?.[1]?.toLowerCase();
    if (before === undefined || isStopword(before) || !wordNet.canBe(before, 'noun')) return false;
    const ancestors = wordNet.nounAncestors(before, 'first');
    return LABELLED_KINDS.some((kind) => ancestors.has(kind));
  });
}

/**
 * The argument fit of a function's numbers beyond each parameter's own: a pair said fits a pair taken
 * (`numberPairFit`), and numbers that only label things fit a measure (a speed, an angle: a parameter
 * with a unit) weakly: python-zh-nav read "proceed to rack 6" as a camera tilt of 6 degrees, and
 * matlab-zh as a speed of 6 m/s, where the shelf function takes a bare integer.
 */
export function numberFit(fit: number, numeric: readonly ParameterSpec[], bare: number, text: string, mentions: readonly NumberMention[], wordNet: WordNet | undefined): number {
  const paired = Math.max(fit, numberPairFit(numeric.length, bare));
  const measures = numeric.length > 0 && numeric.every((parameter) => (parameter.unit ?? '') !== '');
  return measures && bare === mentions.length && labelsEveryNumber(text, mentions, wordNet) ? Math.min(paired, LABEL_FIT) : paired;
}

/**
 * "Go to 5, 7", "drive to (3,8)": two bare numbers said side by side, with only a comma, semicolon,
 * slash or space between them, name one point. "Lights 1 and 2" are two things, not a point.
 */
export function saysNumberPair(text: string, bare: readonly NumberMention[]): boolean {
  return bare.some((mention, at) => at > 0 && /^\s*[,;/]?\s*$/.test(text.slice(bare[at - 1]!.end, mention.start)));
}

/**
 * A pair said side by side counted against a function (1) or not (0): one that takes no number and
 * leaves none unused by `unusedByNumberless` (which already weighs a pair where the document takes
 * pairs), or one that takes a single whole number (a shelf's), which cannot hold a point. The weight
 * comes on top of the half weight each number a function does not take counts (evidence.ts).
 */
export function pairDropped(numeric: readonly ParameterSpec[], numberless: number, text: string, bare: readonly NumberMention[]): number {
  const drops = numeric.length === 0 ? numberless === 0 : numeric.length === 1 && numeric[0]!.type === 'integer';
  return drops && saysNumberPair(text, bare) ? 1 : 0;
}
