import { enPlanning, fillTemplate, tokenize } from '@meshmind/language';
import type { FinishedStep } from './answer';
import type { QuestionSpec } from './planner/planner';

/**
 * "is it raining?" to a rain sensor that reads true or false and says in its state what the two
 * readings are called ("raining" / "dry"): a yes-or-no question that says one of those words is
 * answered yes or no from the reading (issue #17, quantities), not "I could not tell whether that
 * means raining". Undefined where the question says neither word, or the reading is no boolean.
 */
const COPULAS = new Set([...enPlanning.copulas.present, ...enPlanning.copulas.past]);
const SAY = enPlanning.answers.question;

export function stateWordAnswer(spec: QuestionSpec, answered: readonly FinishedStep[]): string | undefined {
  if (spec.form !== 'value' || answered.length !== 1) return undefined;
  const finished = answered[0]!;
  const reading = finished.result?.value;
  const state = finished.result?.state ?? {};
  const words = tokenize(spec.text);
  if (typeof reading !== 'boolean' || !COPULAS.has(words[0] ?? '') || typeof state.on_word !== 'string' || typeof state.off_word !== 'string') return undefined;
  const onWord = state.on_word.toLowerCase();
  const offWord = state.off_word.toLowerCase();
  const asksOn = words.includes(onWord);
  if (asksOn === words.includes(offWord)) return undefined;
  const yes = asksOn ? reading : !reading;
  return fillTemplate(SAY.verdict, { verdict: yes ? SAY.yes : SAY.no, message: finished.message });
}
