import { createSeededRandom, type SeededRandom } from '@meshmind/devices';

/**
 * Surface transforms for the metamorphic eval (surface-eval.ts): each rewrites a request in a form
 * a person could have typed it in without changing what is asked (case, politeness, punctuation,
 * contractions, a slip of one letter). Each is a pure function of the text and a seeded generator;
 * it returns undefined where it has nothing to change, so that a transform is counted only on the
 * sentences it applies to.
 */
export interface SurfaceTransform {
  name: string;
  apply(text: string, random: SeededRandom): string | undefined;
}

function changed(text: string, result: string): string | undefined {
  return result === text ? undefined : result;
}

/** "turn on the light" -> "Turn on the light". */
export function capitalised(text: string): string | undefined {
  return changed(text, text.charAt(0).toUpperCase() + text.slice(1));
}

/** "turn on the light" -> "TURN ON THE LIGHT". */
export function allCaps(text: string): string | undefined {
  return changed(text, text.toUpperCase());
}

/** "Turn on the TV" -> "turn on the tv". */
export function allLowerCase(text: string): string | undefined {
  return changed(text, text.toLowerCase());
}

const END_PUNCTUATION = /[.!?]+$/;

/** The request said with a closing "please": "turn on the light" -> "turn on the light please"; a final mark stays last. */
export function trailingPlease(text: string): string | undefined {
  if (/\bplease\b/i.test(text)) return undefined;
  const mark = text.match(END_PUNCTUATION)?.[0] ?? '';
  return `${text.slice(0, text.length - mark.length).trimEnd()} please${mark}`;
}

/**
 * The request asked with "could you": only a command is asked so, never a question or a statement
 * ("is the door locked", "we need milk"); the caller tells a command that opens with its verb,
 * since this module reads no lexicon.
 */
export function leadingCouldYou(text: string, opensWithVerb: (text: string) => boolean): string | undefined {
  if (!opensWithVerb(text) || /^(could|can|would|will|please)\b/i.test(text)) return undefined;
  const body = text.replace(END_PUNCTUATION, '').trimEnd();
  return `could you ${body.charAt(0).toLowerCase()}${body.slice(1)}?`;
}

/** A greeting set off by a comma: "turn on the light" -> "hey, turn on the light". */
export function leadingHey(text: string): string | undefined {
  if (/^(hey|hi|hello)\b/i.test(text)) return undefined;
  return `hey, ${text}`;
}

/** The closing mark taken off: "is the door locked?" -> "is the door locked". */
export function punctuationRemoved(text: string): string | undefined {
  return changed(text, text.replace(END_PUNCTUATION, '').trimEnd());
}

/** A closing mark added where none is: "?" after a question word, "!" or "." otherwise (chosen by the seed). */
export function punctuationAdded(text: string, random: SeededRandom): string | undefined {
  if (END_PUNCTUATION.test(text)) return undefined;
  const asks = /^(is|are|was|were|do|does|did|what|what's|which|who|how|when|where|why|can|could|would|will|has|have)\b/i.test(text);
  return `${text}${asks ? '?' : random.pick(['!', '.'])}`;
}

/**
 * English contractions of auxiliaries and negation: a closed grammatical class, listed whole
 * here. Each pair is (contracted, expanded); "'s" is read as "is", the reading of every request
 * it opens ("what's", "it's", "that's").
 */
const CONTRACTIONS: readonly (readonly [string, string])[] = [
  ["don't", 'do not'], ["doesn't", 'does not'], ["didn't", 'did not'], ["isn't", 'is not'], ["aren't", 'are not'],
  ["wasn't", 'was not'], ["weren't", 'were not'], ["can't", 'cannot'], ["couldn't", 'could not'], ["won't", 'will not'],
  ["wouldn't", 'would not'], ["shouldn't", 'should not'], ["haven't", 'have not'], ["hasn't", 'has not'],
  ["what's", 'what is'], ["it's", 'it is'], ["that's", 'that is'], ["there's", 'there is'], ["where's", 'where is'],
  ["how's", 'how is'], ["who's", 'who is'], ["let's", 'let us'], ["i'm", 'i am'], ["you're", 'you are'], ["we're", 'we are'],
  ["they're", 'they are'], ["i'd", 'i would'], ["we'd", 'we would'], ["i'll", 'i will'], ["we'll", 'we will'],
  ["i've", 'i have'], ["we've", 'we have'], ["you've", 'you have'], ["they've", 'they have'],
];

function keepCase(model: string, replacement: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return replacement.toUpperCase();
  if (model.charAt(0) === model.charAt(0).toUpperCase() && model.charAt(0) !== model.charAt(0).toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every contraction spelled out: "don't" -> "do not", "what's" -> "what is" (either apostrophe). */
export function contractionsExpanded(text: string): string | undefined {
  let result = text;
  for (const [short, long] of CONTRACTIONS) {
    const pattern = new RegExp(`\\b${escaped(short).replace("'", "['’]")}(?![\\w'’])`, 'gi');
    result = result.replace(pattern, (found) => keepCase(found, long));
  }
  return changed(text, result);
}

/** Every spelled-out pair that has a contraction contracted: "do not" -> "don't", "what is" -> "what's". */
export function contractionsContracted(text: string): string | undefined {
  let result = text;
  for (const [short, long] of CONTRACTIONS) {
    // "let us" is also "allow us" ("let us in"): only the "let's" of a suggestion would contract, which no rule here tells apart.
    if (long === 'let us') continue;
    const pattern = new RegExp(`\\b${escaped(long).replace(' ', '\\s+')}\\b`, 'gi');
    result = result.replace(pattern, (found) => keepCase(found, short));
  }
  return changed(text, result);
}

const QUOTED = /(^|\s)(['"“‘])(.+?)(['"”’])(?=$|[\s,.!?;:])/g;

/**
 * Words a slip is made in: content words of four letters or more, told by the caller (a lexicon
 * knows function words). A name, a password or an item said word for word is left alone: a slip
 * there changes what is named (a word in quotes, one joined to another by "_", "-" or digits, or
 * capitalised inside a sentence).
 */
function slipCandidates(text: string, isContentWord: (word: string) => boolean): { start: number; word: string }[] {
  const quoted = [...text.matchAll(QUOTED)].map((match) => [match.index!, match.index! + match[0].length] as const);
  return [...text.matchAll(/[A-Za-z]{4,}/g)]
    .filter((match) => {
      const start = match.index!, end = start + match[0].length;
      if (quoted.some(([from, to]) => start >= from && end <= to) || /[\w-]/.test(text[start - 1] ?? '') || /[\w-]/.test(text[end] ?? '')) return false;
      return (start === 0 || match[0][0] === match[0][0]!.toLowerCase()) && isContentWord(match[0].toLowerCase());
    })
    .map((match) => ({ start: match.index!, word: match[0] }));
}

type Slip = (word: string, random: SeededRandom) => string;

/** One letter dropped (not the first: a slip keeps the word's start). */
const deletion: Slip = (word, random) => {
  const at = 1 + random.integer(word.length - 1);
  return word.slice(0, at) + word.slice(at + 1);
};
/** Two neighbouring letters swapped, where they differ. */
const swap: Slip = (word, random) => {
  const places = [...Array(word.length - 1).keys()].filter((index) => index > 0 && word[index] !== word[index + 1]);
  if (places.length === 0) return word;
  const at = random.pick(places);
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
};
/** One letter typed twice. */
const doubling: Slip = (word, random) => {
  const at = 1 + random.integer(word.length - 1);
  return word.slice(0, at) + word[at] + word.slice(at);
};

function withSlip(slip: Slip): (text: string, random: SeededRandom, isContentWord: (word: string) => boolean) => string | undefined {
  return (text, random, isContentWord) => {
    const candidates = slipCandidates(text, isContentWord);
    if (candidates.length === 0) return undefined;
    const { start, word } = random.pick(candidates);
    return changed(text, text.slice(0, start) + slip(word, random) + text.slice(start + word.length));
  };
}

/** A one-letter slip in one content word: a letter dropped ("thermostat" -> "thermosat"). */
export const typoDeletion = withSlip(deletion);
/** Two neighbouring letters swapped ("networks" -> "netowrks"). */
export const typoSwap = withSlip(swap);
/** A letter doubled ("lights" -> "lightts"). */
export const typoDoubling = withSlip(doubling);

/** A seeded generator per sentence and transform: the same run always makes the same slips, whatever order the cases run in. */
export function randomFor(text: string, transform: string): SeededRandom {
  let hash = 2166136261;
  for (const character of `${transform}\u0000${text}`) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619) >>> 0;
  return createSeededRandom(hash);
}

/** What the transforms that read words need from a lexicon. */
export interface WordKinds {
  /** Whether the request is a command that opens with its verb ("turn on the fan", not "fans on" or "is it on"). */
  opensWithVerb(text: string): boolean;
  isContentWord(word: string): boolean;
}

/** The transforms of the eval, in the order they are reported. */
export function surfaceTransforms(words: WordKinds): SurfaceTransform[] {
  return [
    { name: 'capitalised', apply: capitalised },
    { name: 'all caps', apply: allCaps },
    { name: 'all lower case', apply: allLowerCase },
    { name: 'trailing please', apply: trailingPlease },
    { name: 'leading could you', apply: (text) => leadingCouldYou(text, words.opensWithVerb) },
    { name: 'leading hey,', apply: leadingHey },
    { name: 'punctuation added', apply: punctuationAdded },
    { name: 'punctuation removed', apply: punctuationRemoved },
    { name: 'contractions expanded', apply: contractionsExpanded },
    { name: 'contractions contracted', apply: contractionsContracted },
    { name: 'typo: deletion', apply: (text, random) => typoDeletion(text, random, words.isContentWord) },
    { name: 'typo: swap', apply: (text, random) => typoSwap(text, random, words.isContentWord) },
    { name: 'typo: doubling', apply: (text, random) => typoDoubling(text, random, words.isContentWord) },
  ];
}
