import { enMapping, isFunctionWord, isStopword, splitIdentifier, stem, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * A question whose opening says what kind of answer it wants, put to a query whose declared return
 * type cannot be that answer (issue #17). "How much power is the plug drawing?" to a plug that only
 * reports whether it is on, "how many times was the garage opened today?" to a door that reports
 * open or closed, "who unlocked the door last?" to a lock that reports locked or unlocked: the
 * nearest query answered each, and a yes, a no or a state word is no amount and no person. The
 * honest answer is that the device cannot tell.
 *
 * The opening decides, read from the language's closed class (`enMapping.answerOpeners`):
 *  - an amount or a degree: "how much", "how many", or "how" before a word WordNet reads as an
 *    adjective ("how long", "how old", "how dusty"). A true/false or one-of-several answer cannot
 *    be one, unless the adjective is a word of the query itself: "how open is the door?" to a query
 *    that "reports whether the door is open, closed ..." asks its state in other words.
 *  - a person ("who", "whose"): only a text can name one.
 *  - a time ("when"): a number (minutes left) or a text can say one; a true/false or a state cannot.
 *
 * Only a declared return type is read (the catalog's `returns.type`): a document that does not say
 * what its query returns is not judged.
 */

type Wanted = 'amount' | 'person' | 'time';

/** The return types that cannot be each kind of answer. */
const CANNOT_BE: Readonly<Record<Wanted, ReadonlySet<string>>> = {
  amount: new Set(['boolean', 'enum']),
  person: new Set(['boolean', 'enum', 'integer', 'number']),
  time: new Set(['boolean', 'enum']),
};

const OPENERS = enMapping.answerOpeners;
const AMOUNT_WORDS: ReadonlySet<string> = new Set(OPENERS.amountWords);
const DEGREE_ASKERS: ReadonlySet<string> = new Set(OPENERS.degree);
const PERSON_ASKERS: ReadonlySet<string> = new Set(OPENERS.person);
const TIME_ASKERS: ReadonlySet<string> = new Set(OPENERS.time);

/** What the question's opening asks for, with the words that say it; undefined where the opening does not say. */
function wantedBy(words: readonly string[], wordNet: WordNet): { wanted: Wanted; asked: string[] } | undefined {
  const [first, second] = words;
  if (first === undefined) return undefined;
  if (PERSON_ASKERS.has(first)) return { wanted: 'person', asked: [first] };
  if (TIME_ASKERS.has(first)) return { wanted: 'time', asked: [first] };
  if (!DEGREE_ASKERS.has(first) || second === undefined) return undefined;
  if (AMOUNT_WORDS.has(second)) return { wanted: 'amount', asked: [first, second] };
  // "how long", "how dusty": a degree ("long" is mostly a verb to WordNet, not after "how"); "how is it", "how about" are not.
  if (isStopword(second) || isFunctionWord(second, 'en') || !wordNet.canBe(second, 'adj')) return undefined;
  return { wanted: 'amount', asked: [first, second] };
}

/** The stems of what a query says of itself: its name, description and what it returns. */
function ownStems(fn: NormalisedFunction): Set<string> {
  const text = `${splitIdentifier(fn.name).join(' ')} ${fn.description ?? ''} ${fn.returns ?? ''}`;
  return new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word !== '').map(stem));
}

/**
 * The words of the question's opening ("how much", "who") where every call made is a query whose
 * declared return type cannot answer it, or undefined.
 */
export function answerTypeUnmet(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood !== 'question') return undefined;
  const asking = wantedBy(reading.words.map((word) => word.toLowerCase()), wordNet);
  if (!asking) return undefined;
  const queries = result.calls.map((call) => byName.get(call.function));
  const unanswered = (fn: NormalisedFunction | undefined) => {
    if (fn?.kind !== 'query' || fn.returnType === undefined || !CANNOT_BE[asking.wanted].has(fn.returnType)) return false;
    // "how open is the door?": the query's own word, asked by degree, is its state asked in other words.
    return !(asking.asked.length === 2 && !AMOUNT_WORDS.has(asking.asked[1]!) && ownStems(fn).has(stem(asking.asked[1]!)));
  };
  return queries.length > 0 && queries.every(unanswered) ? asking.asked.join(' ') : undefined;
}
