import { en, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { addresseeQuestion, addresseeWhQuestion } from './addressee-question';
import type { ScopeReading } from './scope';
import type { NormalisedFunction } from '../api-document';
import { readsPlace } from './place-question';

/**
 * "Are you busy?", "are you stuck?", "are you carrying anything?", "are you able to climb stairs?"
 * said to a warehouse robot (issue #17, a wrong answer is worse than a question): a yes/no question
 * whose subject is the device asks whether it is in a state, and its words name that state.
 * Retrieval met "are you" with the robot's position query ("estimates where the robot currently
 * is"), whose answer (a point on the map) says nothing of being busy: the robot read out its
 * coordinates. A query that hands back a place (mapper/place-question.ts `readsPlace`) answers such
 * a question only where a place is said ("are you at shelf 4?", "are you near the dock?") or a word
 * of the question meets that query's own words (its name and notes, glossed to English for another
 * language's notes, with their WordNet synonyms, derivations and opposites: mapper/scope.ts
 * `explained`): "are you still on the map?". Where neither, the question is declined, saying what
 * the query tells instead.
 *
 * Only a place: a query of an amount (a battery's percentage) may answer a quality said of the
 * device as its degree ("are you running low?", mapper/polar-answer.ts reads it so), and is left to
 * the ranking. An action asked of as a state is mapper/state-asked.ts's.
 */
/** Prepositions that say what a thing is of or for, or a source: no place a position tells ("out of power", "ready for work"). Closed. */
const NO_PLACE: ReadonlySet<string> = new Set(['of', 'for', 'from']);

/** Prepositions of where beside the language's place prepositions ("are you near the dock?", "by shelf 2"): closed. */
const WHERE: ReadonlySet<string> = new Set(['near', 'nearby', 'beside', 'behind', 'by', 'next', 'around', 'past', 'outside', 'under', 'between']);

/** Whether the word at `at` opens a place: a place preposition, "to" only before a noun ("close to shelf 4", not "able to climb"). */
function placeSaid(after: readonly string[], at: number, wordNet: WordNet): boolean {
  const word = after[at]!;
  if (WHERE.has(word)) return true;
  if (!en.placePrepositions.has(word) || NO_PLACE.has(word)) return false;
  const next = after[at + 1];
  return word !== 'to' || next === undefined || !wordNet.mostlyVerb(next);
}

export function addresseeStateUnmet(result: MapResult, reading: RequestReading, asked: ScopeReading | undefined, byName: ReadonlyMap<string, NormalisedFunction>, kindOf: (name: string) => 'action' | 'query' | undefined, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet) return undefined;
  if (result.kind !== 'call' || result.calls.length === 0 || !asked?.explained) return undefined;
  const doing = addresseeDoingUnmet(result, reading, asked, kindOf, selfNoun, wordNet);
  if (doing) return doing;
  const after = addresseeQuestion(reading);
  if (!after || after.some((word, at) => word === 'or' || placeSaid(after, at, wordNet))) return undefined;
  // One question alone: "are you lost? where are you?" asks the place in its second sentence.
  if (/[.!?]\s*\S/.test(reading.text.trim())) return undefined;
  const names = [...new Set(result.calls.map((call) => call.function))];
  if (!names.every((name) => kindOf(name) === 'query' && readsPlace(byName.get(name)!, wordNet))) return undefined;
  if (names.some((name) => (asked.explained!.get(name)?.size ?? 0) > 0)) return undefined;
  const state = after.join(' ');
  return `the ${selfNoun ?? 'device'} can tell where it is (${names.join(', ')}), not whether it is so: "${state}" is no place and meets none of its words`;
}

/** Whether a word is a verb said in a form of its own: an -ing or -ed form, or one WordNet reads as a verb whose lemmas do not hold it ("told", "gone"). */
function inflectedVerb(word: string, wordNet: WordNet): boolean {
  if (!wordNet.isVerb(word)) return false;
  if (/(?:ing|ed)$/.test(word)) return true;
  const lemmas = wordNet.verbSenses(word).flatMap((sense) => sense.lemmas);
  return lemmas.length > 0 && !lemmas.includes(word);
}

/** Whether a verb's first sense is a journey (WordNet's motion verbs: "go", "head", "drive"), whose "where" is its end. */
function journey(word: string, wordNet: WordNet): boolean {
  return wordNet.verbSenses(word)[0]?.category === 'motion';
}

/**
 * "What are you doing?", "what are you waiting for?", "why are you beeping?", "what were you told
 * to do?", "where are you headed?" said to a warehouse robot (issue #17, a wrong answer is worse than
 * a question): a wh-question whose subject is the device and whose verb says a deed of its own asks
 * what it is doing, why, or where a journey under way ends. Retrieval met "are you" with the
 * robot's position query, and it read out its coordinates (or its battery). A query answers such a
 * question only where a word of it meets that query's own words (mapper/scope.ts `explained`:
 * "what networks are you picking up?" meets the hotspot list); where none does, it is declined.
 * "What" and "why" questions need a verb in a form of its own after "you" ("what coordinates are
 * you at?" asks a place by its noun); "where" questions only a journey in the present ("where are
 * you going?", "where are you off to?"), since "where are you standing?", "where have you got to?"
 * ask where the device is now.
 */
function addresseeDoingUnmet(result: MapResult, reading: RequestReading, asked: ScopeReading, kindOf: (name: string) => 'action' | 'query' | undefined, selfNoun: string | undefined, wordNet: WordNet): string | undefined {
  const question = addresseeWhQuestion(reading);
  if (result.kind !== 'call' || !question || /[.!?]\s*\S/.test(reading.text.trim())) return undefined;
  const { asks, auxiliary, after } = question;
  const deed =
    asks === 'where'
      ? auxiliary === 'are' && (after.at(-1) === 'to' || after.some((word) => /(?:ing|ed)$/.test(word) && inflectedVerb(word, wordNet) && journey(word, wordNet)))
      : after.some((word) => inflectedVerb(word, wordNet));
  if (!deed) return undefined;
  const names = [...new Set(result.calls.map((call) => call.function))];
  if (!names.every((name) => kindOf(name) === 'query')) return undefined;
  // The question word is no word of the deed: "where" meets a query that "works out where the cart is", not a journey's end.
  if (names.some((name) => [...(asked.explained!.get(name) ?? [])].some((at) => asked.content[at] !== asks))) return undefined;
  const what = asks === 'where' ? 'where' : 'what';
  return `"${reading.text.trim()}" asks ${what} the ${selfNoun ?? 'device'} is ${asks === 'where' ? 'going' : 'doing'}, which none of its readings (${names.join(', ')}) tells`;
}
