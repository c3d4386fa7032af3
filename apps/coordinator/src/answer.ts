import { enPlanning, fillTemplate, formatList } from '@meshmind/language';
import type { SubtaskResult, SubtaskStatus } from '@meshmind/protocol';
import type { PlanStep, QuestionSpec } from './planner/planner';
import { countedItems } from './answer-count';
import { readingMatches } from './planner/questions';
import { membershipAnswer } from './list-membership';
import { stateWordAnswer } from './state-word-answer';

const PLACE_WORDS = new Set(enPlanning.placeWords);
const COPULAS = new Set([...enPlanning.copulas.present, ...enPlanning.copulas.past]);
const SAY = enPlanning.answers.question;

export interface FinishedStep {
  /** The subtask row, where one was dispatched: a late report corrects the step through it. */
  subtaskId?: string;
  step: PlanStep;
  deviceName: string;
  status: SubtaskStatus;
  message: string;
  result?: SubtaskResult;
}

/** Whether a finished query step's reading means the expected state (undefined: cannot tell). */
export function stepMatches(finished: FinishedStep, expect: string): boolean | undefined {
  if (finished.status !== 'done' || !finished.result) return undefined;
  const query = [...finished.result.calls].reverse().find((call) => call.result !== undefined);
  return readingMatches(finished.result.value, expect, query?.function, finished.result.state);
}

function answerQuestion(spec: QuestionSpec, steps: FinishedStep[]): string {
  const answered = steps.filter((finished) => finished.status === 'done');
  const failed = steps.filter((finished) => finished.status !== 'done');
  const failures = failed.length > 0 ? ` ${fillTemplate(SAY.failures, { messages: failed.map((finished) => finished.message).join(' ') })}` : '';
  // "is milk on the shopping list?", "is it raining?": yes or no, from the items or the named readings.
  const member = membershipAnswer(spec, answered) ?? stateWordAnswer(spec, answered);
  if (member) return `${member}${failures}`;
  if (spec.form === 'value' || !spec.expect) return `${unsureOfYesNo(spec, answered)}${answered.map((finished) => finished.message).join(' ')}${failures}`.trim();
  const verdicts = answered.map((finished) => ({ finished, matches: stepMatches(finished, spec.expect!) }));
  const matching = verdicts.filter((verdict) => verdict.matches === true).map((verdict) => verdict.finished.deviceName);
  const notMatching = verdicts.filter((verdict) => verdict.matches === false).map((verdict) => verdict.finished.deviceName);
  const unknown = verdicts.filter((verdict) => verdict.matches === undefined).map((verdict) => verdict.finished.message);
  const unsure = unknown.length > 0 ? ` ${fillTemplate(SAY.unsure, { messages: unknown.join(' ') })}` : '';
  const expected = spec.expect;
  switch (spec.form) {
    case 'yes_no':
      if (verdicts.length === 1 && verdicts[0]!.matches !== undefined) {
        return `${fillTemplate(SAY.verdict, { verdict: verdicts[0]!.matches ? SAY.yes : SAY.no, message: verdicts[0]!.finished.message })}${failures}`;
      }
      return `${matching.length > 0 ? fillTemplate(SAY.yesThese, { devices: formatList(matching) }) : notMatching.length > 0 ? `${SAY.no}.` : ''}${unsure}${failures}`.trim();
    case 'any':
      return `${matching.length > 0 ? fillTemplate(SAY.yesThese, { devices: formatList(matching) }) : fillTemplate(SAY.noneIs, { expected })}${unsure}${failures}`;
    case 'all':
      return `${notMatching.length === 0 && answered.length > 0 ? fillTemplate(SAY.allAre, { count: answered.length, expected }) : fillTemplate(SAY.notAll, { devices: formatList(notMatching), copula: notMatching.length === 1 ? SAY.copulas.one : SAY.copulas.many, expected })}${unsure}${failures}`;
    case 'which':
      return `${matching.length > 0 ? fillTemplate(SAY.these, { devices: formatList(matching) }) : fillTemplate(SAY.whichNone, { expected })}${unsure}${failures}`;
    case 'how_many': {
      // Items of lists are counted where no device was judged to be in the state: "how many things are on the list?".
      const items = matching.length === 0 ? countedItems(answered) : undefined;
      if (items !== undefined) return `${fillTemplate(SAY.howMany, { count: items })} ${answered.map((finished) => finished.message).join(' ')}${failures}`;
      return `${matching.length > 0 ? fillTemplate(SAY.howManyThese, { count: matching.length, devices: formatList(matching) }) : fillTemplate(SAY.howMany, { count: 0 })}${unsure}${failures}`;
    }
  }
}

/**
 * "is the office sensor occupied?" answered by a sensor that only says on or off: a yes-or-no
 * question whose word no reading names cannot be answered yes or no, so the answer says so before
 * the readings rather than passing "on" off as "occupied".
 */
function unsureOfYesNo(spec: QuestionSpec, answered: FinishedStep[]): string {
  const words = spec.text.toLowerCase().match(/[a-z']+/g) ?? [];
  // "... occupied in the office": the place said after the word is not what is asked.
  const place = words.findIndex((word, index) => index > 2 && PLACE_WORDS.has(word));
  const asked = (place > 0 ? words.slice(0, place) : words).at(-1);
  if (!asked || !COPULAS.has(words[0] ?? '') || answered.length === 0) return '';
  const booleans = answered.every((finished) => typeof finished.result?.value === 'boolean');
  const named = answered.some((finished) => finished.message.toLowerCase().includes(asked));
  return booleans && !named ? fillTemplate(SAY.unsureOfWord, { word: asked }) : '';
}

/** One honest paragraph: what was done, answers to questions, then what was not done and why. */
export function composeAnswer(finished: FinishedStep[], unresolved: string[]): string {
  const conditionSteps = new Set(finished.flatMap((entry) => (entry.step.condition ? [entry.step.condition.stepId] : [])));
  const parts: string[] = [];
  const questionGroups = new Map<string, { spec: QuestionSpec; steps: FinishedStep[] }>();
  const done: string[] = [];
  const notDone: string[] = [];
  for (const entry of finished) {
    if (entry.step.question) {
      const group = questionGroups.get(entry.step.question.group) ?? { spec: entry.step.question, steps: [] };
      group.steps.push(entry);
      questionGroups.set(entry.step.question.group, group);
      continue;
    }
    if (conditionSteps.has(entry.step.id) && entry.status === 'done') continue;
    if (entry.status === 'done' || entry.status === 'skipped') done.push(entry.message);
    else notDone.push(entry.message);
  }
  for (const group of questionGroups.values()) parts.push(answerQuestion(group.spec, group.steps));
  if (done.length > 0) parts.push(done.join(' '));
  if (notDone.length > 0) parts.push(done.length > 0 || parts.length > 0 ? fillTemplate(SAY.notEverything, { messages: notDone.join(' ') }) : notDone.join(' '));
  if (unresolved.length > 0) parts.push(fillTemplate(SAY.unresolved, { clauses: unresolved.map((clause) => fillTemplate(SAY.quotedClause, { clause })).join(', ') }));
  if (parts.length === 0) return SAY.nothingToDo;
  return withoutRepeatedReports(parts.join(' '));
}

/**
 * "where is the vacuum? is it docked?" asks one device twice and gets one reading twice: a device's
 * report ("Robot vacuum: status is docked.") is said once. Verdicts ("Yes.", "No.") are not reports.
 */
function withoutRepeatedReports(paragraph: string): string {
  const said = new Set<string>();
  return paragraph
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => {
      if (!sentence.includes(':')) return true;
      if (said.has(sentence)) return false;
      said.add(sentence);
      return true;
    })
    .join(' ');
}

export function goalStatusOf(finished: FinishedStep[], unresolved: string[]): 'done' | 'partial' | 'failed' | 'waiting' {
  if (finished.some((entry) => entry.status === 'needs_confirmation')) return 'waiting';
  const ok = (entry: FinishedStep) => entry.status === 'done' || entry.status === 'skipped';
  const okCount = finished.filter(ok).length;
  if (finished.length > 0 && okCount === finished.length && unresolved.length === 0) return 'done';
  return okCount > 0 ? 'partial' : 'failed';
}
