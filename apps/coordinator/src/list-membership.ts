import { en, enPlanning, fillTemplate, tokenize } from '@meshmind/language';
import type { FinishedStep } from './answer';
import type { QuestionSpec } from './planner/planner';

/**
 * "is milk on the shopping list?" (issue #17, lists): a yes-or-no question whose one answer is a
 * list of items. The answer is yes when an item is said in the question, no when the question asks
 * about something else ("is cheese on it?"), and not given (undefined) when the question names
 * nothing but the list ("is there anything on the list?"): then the items alone answer it.
 */

const COPULAS = new Set([...enPlanning.copulas.present, ...enPlanning.copulas.past]);
const SAY = enPlanning.answers.question;
/** Words around what is asked, and those that ask whether a list holds anything at all ("anything", "everything"). */
const IGNORED = new Set([...en.questionStopwords, ...en.plannerStopwords, ...enPlanning.questions.any.quantifiers, ...enPlanning.questions.all.quantifiers]);

function itemsOf(finished: FinishedStep): string[] | undefined {
  const value = finished.result?.value;
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
}

/** Whether the words of `item` occur one after another among `words`. */
function saysItem(words: readonly string[], item: string): boolean {
  const itemWords = tokenize(item);
  if (itemWords.length === 0) return false;
  return words.some((_word, start) => itemWords.every((word, offset) => words[start + offset] === word));
}

export function membershipAnswer(spec: QuestionSpec, answered: readonly FinishedStep[]): string | undefined {
  if (spec.form !== 'value' || answered.length !== 1) return undefined;
  const finished = answered[0]!;
  const items = itemsOf(finished);
  const words = tokenize(spec.text);
  if (!items || !COPULAS.has(words[0] ?? '')) return undefined;
  if (items.some((item) => saysItem(words, item))) return fillTemplate(SAY.verdict, { verdict: SAY.yes, message: finished.message });
  // What the question names besides the list itself: without it, nothing was asked of one item.
  const nameWords = new Set(tokenize(finished.deviceName));
  const asked = words.filter((word) => !IGNORED.has(word) && !nameWords.has(word) && !COPULAS.has(word));
  return asked.length > 0 ? fillTemplate(SAY.verdict, { verdict: SAY.no, message: finished.message }) : undefined;
}
