import { en } from '../languages/en';
import type { RequestLanguageData } from '../languages/language';
import { escapeRegExp } from '../tokenize';

/** Whether a request asks for a reading or orders a change: "is the light on?" vs "turn the light on". */
export type Mood = 'question' | 'command' | 'neutral';

/** What a question asks for, as far as its opening says: an amount ("how many"), or things by name ("what is on the shelf"). */
export type AnswerKind = 'amount' | 'names';

interface MoodPatterns {
  courtesy: RegExp;
  opener: RegExp;
  filler: RegExp;
  polite: RegExp;
  question: RegExp;
  command: RegExp;
  bareState: RegExp;
  amount: RegExp;
  namesInPlace: RegExp;
  namesOfThings: RegExp;
}

const compiled = new WeakMap<RequestLanguageData, MoodPatterns>();
const anyOf = (words: readonly string[]) => words.map(escapeRegExp).join('|');

// The language's word lists as patterns over a request's opening, built once per language.
function patternsOf(language: RequestLanguageData): MoodPatterns {
  let patterns = compiled.get(language);
  if (!patterns) {
    const { mood, answerKinds } = language;
    patterns = {
      courtesy: new RegExp(`^\\s*(?:${anyOf(language.goalCourtesy)})\\b[\\s,]*`, 'i'),
      // One or more openers, each closed by a comma: "ok so, hold on, pause it"; one may take a span of time ("hold on a minute,", "wait a sec,": the closed class of time units).
      opener: new RegExp(`^\\s*(?:(?:${anyOf(language.discourseOpeners)})(?:\\s+(?:a|one)\\s+(?:${anyOf(Object.keys(language.durationUnits ?? {}))})s?)?\\s*,\\s*)+`, 'i'),
      filler: new RegExp(`^(${anyOf(mood.leadingFillers)})[, ]+`, 'i'),
      polite: new RegExp(`^(${anyOf(mood.politeAsks)}) (${anyOf(mood.politeAddressees)})( ${escapeRegExp(mood.politeWord)})?\\s+`, 'i'),
      question: new RegExp(`^(${anyOf(mood.questionOpeners)})\\b`, 'i'),
      command: new RegExp(`^(${anyOf(mood.commandOpeners)})\\b`, 'i'),
      // "floodlights on please", "fans off, please": a courtesy word after the state leaves it a command.
      bareState: new RegExp(`^[\\p{L}\\p{N}' -]+\\s(${anyOf(mood.bareStates)})(?:[\\s,]+(?:${anyOf(language.goalCourtesy)}))?[.!]?$`, 'u'),
      amount: new RegExp(`^(${anyOf(answerKinds.amountOpeners)})\\b`, 'i'),
      // "what's stored on shelf 2", "what is sitting in bay 4": one word of how the things are there may come before the place.
      namesInPlace: new RegExp(`^(?:${anyOf(answerKinds.namesAskers)})\\s+(?:(?:${anyOf(answerKinds.namesLinking)})\\s+)?(?:(?!(?:${anyOf([...language.functionWords])})\\b)[a-z]+\\s+)?(?:${anyOf(answerKinds.namesPlaces)})\\b`, 'i'),
      namesOfThings: new RegExp(`^(?:${anyOf(answerKinds.thingAskers)})\\s+(?:${anyOf(answerKinds.things)})\\b`, 'i'),
    };
    compiled.set(language, patterns);
  }
  return patterns;
}

/** Whether a request asks for a reading or orders a change: "is the light on?" vs "turn the light on". */
export function moodOf(text: string, language: RequestLanguageData = en): Mood {
  const patterns = patternsOf(language);
  const trimmed = text.trim().replace(patterns.filler, '');
  // "Can you turn on the light?" is a request phrased as a question: judge what follows the courtesy.
  const polite = patterns.polite.exec(trimmed);
  if (polite) {
    const rest = trimmed.slice(polite[0].length).replace(/\?\s*$/, '');
    return patterns.command.test(rest) ? 'command' : moodOf(rest, language);
  }
  if (patterns.question.test(trimmed)) return 'question';
  // "It's too dark in here, can you give me some light?": a statement, then the request said politely.
  const lastClause = trimmed.split(/[,;]\s*/).at(-1)!;
  if (lastClause !== trimmed && patterns.polite.test(lastClause)) {
    const asked = moodOf(lastClause, language);
    return asked === 'neutral' && patterns.command.test(trimmed) ? 'command' : asked;
  }
  if (/\?\s*$/.test(trimmed)) return 'question';
  if (patterns.command.test(trimmed)) return 'command';
  // "fans on", "kitchen lights off": a thing and the state wanted, said without a verb, is a command.
  if (patterns.bareState.test(trimmed) && trimmed.split(/\s+/).length <= 5) return 'command';
  return 'neutral';
}

/**
 * "how many free slots", "how much battery": an amount. "what is on shelf 3", "what's in the
 * fridge", "which items ...": the names of things. Other questions do not say.
 */
export function answerKindOf(text: string, language: RequestLanguageData = en): AnswerKind | undefined {
  const patterns = patternsOf(language);
  const trimmed = text.trim().replace(patterns.filler, '');
  if (patterns.amount.test(trimmed)) return 'amount';
  if (patterns.namesInPlace.test(trimmed) || patterns.namesOfThings.test(trimmed)) return 'names';
  return undefined;
}

/**
 * What a command asks to be told where its object is a question of its own: "check what products
 * are sitting on shelf 3", "have a look at what's on shelf 10", "tell me how many slots are free".
 * The clause from its question word is read as answerKindOf reads a question; undefined where the
 * command holds no such clause.
 */
export function embeddedAnswerKind(text: string, language: RequestLanguageData = en): AnswerKind | undefined {
  const { answerKinds } = language;
  const opener = new RegExp(`\\b(?:${anyOf([...answerKinds.amountOpeners, ...answerKinds.namesAskers, ...answerKinds.thingAskers])})\\b`, 'i').exec(text);
  return opener && opener.index > 0 ? answerKindOf(text.slice(opener.index), language) : undefined;
}

/** A goal without the courtesy it opens with: "please turn on the fan" -> "turn on the fan". */
export function withoutCourtesy(text: string, language: RequestLanguageData = en): string {
  return text.replace(patternsOf(language).courtesy, '');
}

/**
 * A request without the discourse openers said before it and set off by a comma: "hold on, pause
 * the music" -> "pause the music". "hold on" there is no command to the player; without its comma
 * ("hold on to the rail") the words stay, as they may be the request itself.
 */
export function withoutDiscourseOpener(text: string, language: RequestLanguageData = en): string {
  const rest = text.replace(patternsOf(language).opener, '');
  return rest.trim() === '' ? text : rest;
}
