import { en } from '../languages/en';
import type { RequestLanguageData } from '../languages/language';
import { findNumbers, type NumberMention } from '../numbers';
import { stripAccents, words } from '../tokenize';
import { findFractions, withFractions, type FractionMention } from './fractions';
import { answerKindOf, embeddedAnswerKind, moodOf, type AnswerKind, type Mood } from './mood';

/** A token of a request with where its characters are in the text: [start, end). */
export interface TokenSpan {
  token: string;
  start: number;
  end: number;
}

/**
 * One request (a goal's clause, a subtask's step) read once: what the planner's and the mapper's
 * stages need of its words, so none of them tokenizes the text again. Values that depend on the
 * home or the device (which words name a device, which function a verb means) are not here: those
 * stages read them from these tokens.
 */
export interface RequestReading {
  readonly text: string;
  /** Code of the language it was read in. */
  readonly language: string;
  /**
   * Tokens as reference matching reads them: lower case, letters, digits and %°#'- (a dot only
   * between digits), each with its span in `text`.
   */
  readonly spans: readonly TokenSpan[];
  /** The same tokens without their spans. */
  readonly tokens: readonly string[];
  /** Lower-case words as retrieval reads them: accents kept, a possessive "'s" dropped, symbols left out. */
  readonly words: readonly string[];
  /** Numbers in digits or words, with fractions read as percentages ("three quarters" is 75 %), in the order said. */
  readonly numbers: readonly NumberMention[];
  /** Fractions of a whole ("halfway", "two thirds"), as percentages. */
  readonly fractions: readonly FractionMention[];
  /** Whether it asks for a reading or orders a change. */
  readonly mood: Mood;
  /** What a question asks for by its opening: an amount or names. Undefined for commands and open questions. */
  readonly answerKind: AnswerKind | undefined;
  /** Whether it gives a share of the whole: "50%", "20 percent", "halfway", "a quarter". */
  readonly givesPercentage: boolean;
}

const TOKEN_CHARACTER = /^[a-z0-9%°#'-]$/;
const DIGIT = /^[0-9]$/;

/**
 * Tokens with where each stands in the text, so a phrase found among tokens can be marked in the
 * text itself. A character belongs to a token when, lower-cased and without its accent, it is a
 * letter, a digit or one of %°#'-, or a dot between two digits ("21.5"). Accents go so that a name
 * written "Lucía" or "Heizlüfter" is one word, and the same word when typed without them.
 */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let current: TokenSpan | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const lower = stripAccents(text[index]!.toLowerCase()).replace('’', "'");
    const dotInNumber = lower === '.' && DIGIT.test(text[index - 1] ?? '') && DIGIT.test(text[index + 1] ?? '');
    if (TOKEN_CHARACTER.test(lower) || dotInNumber) {
      if (!current) spans.push((current = { token: '', start: index, end: index }));
      current.token += lower;
      current.end = index + 1;
    } else {
      current = null;
    }
  }
  return spans;
}

/** The tokens of `tokenSpans` alone: for names and labels, which have no stages to share a reading with. */
export function tokenize(text: string): string[] {
  return tokenSpans(text).map((span) => span.token);
}

/**
 * A reading whose parts are worked out when a stage first asks for them and kept: every part is read
 * at most once, and a stage that needs only the mood (the planner needs only the tokens) pays for no more.
 */
class Reading implements RequestReading {
  readonly text: string;
  readonly #language: RequestLanguageData;
  #spans: readonly TokenSpan[] | undefined;
  #tokens: readonly string[] | undefined;
  #words: readonly string[] | undefined;
  #fractions: readonly FractionMention[] | undefined;
  #numbers: readonly NumberMention[] | undefined;
  #mood: Mood | undefined;
  #answerKind: { value: AnswerKind | undefined } | undefined;
  #givesPercentage: boolean | undefined;

  constructor(text: string, language: RequestLanguageData) {
    this.text = text;
    this.#language = language;
  }

  get language(): string {
    return this.#language.code;
  }

  get spans(): readonly TokenSpan[] {
    return (this.#spans ??= tokenSpans(this.text));
  }

  get tokens(): readonly string[] {
    return (this.#tokens ??= this.spans.map((span) => span.token));
  }

  get words(): readonly string[] {
    return (this.#words ??= words(this.text));
  }

  get fractions(): readonly FractionMention[] {
    return (this.#fractions ??= findFractions(this.text, this.#language));
  }

  get numbers(): readonly NumberMention[] {
    return (this.#numbers ??= withFractions(this.text, findNumbers(this.text), this.fractions));
  }

  get mood(): Mood {
    return (this.#mood ??= moodOf(this.text, this.#language));
  }

  get answerKind(): AnswerKind | undefined {
    // A request can ask through a question as its object ("check what products are on shelf 3", "tell me what's on it").
    this.#answerKind ??= { value: (this.mood === 'question' ? answerKindOf(this.text, this.#language) : undefined) ?? embeddedAnswerKind(this.text, this.#language) };
    return this.#answerKind.value;
  }

  get givesPercentage(): boolean {
    return (this.#givesPercentage ??= this.numbers.some((mention) => this.#language.percentWords.has(mention.following)));
  }
}

/** Reads a request once into what every later stage uses of its words. */
export function readRequest(text: string, language: RequestLanguageData = en): RequestReading {
  return new Reading(text, language);
}

/** Reads texts through a memory of the last few: stages that meet the same text again share its reading. */
export type RequestReader = (text: string) => RequestReading;

/**
 * A reader that keeps the readings of the last `kept` texts. Readings depend on the text alone, so
 * a planner keeps one per turn and a device's mapper one for its life.
 */
export function createRequestReader(options: { kept?: number; language?: RequestLanguageData } = {}): RequestReader {
  const kept = options.kept ?? 32;
  const language = options.language ?? en;
  const readings = new Map<string, RequestReading>();
  return (text) => {
    let reading = readings.get(text);
    if (!reading) {
      reading = readRequest(text, language);
      if (readings.size >= kept) readings.delete(readings.keys().next().value!);
      readings.set(text, reading);
    }
    return reading;
  };
}
