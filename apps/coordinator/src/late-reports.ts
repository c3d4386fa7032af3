import type { Logger } from 'pino';
import { enPlanning, fillTemplate } from '@meshmind/language';
import type { SubtaskResult } from '@meshmind/protocol';
import { composeAnswer, goalStatusOf, type FinishedStep } from './answer';
import type { Dispatcher, UnmatchedReport } from './dispatcher';
import { composeAllocationAnswer, type AllocatedStep } from './planner/allocation';
import type { GoalRow, Store, SubtaskRow } from './store/store';
import { reportOf, stepOf } from './subtask-ledger';

export interface LateReportsOptions {
  store: Store;
  dispatcher: Dispatcher;
  logger: Logger;
  clock: () => number;
  /** Sends the goal's new view to whoever follows it. */
  publish: (goalId: string) => void;
}

/**
 * Reports that come after their subtask was settled as timed out or offline: an agent that
 * finished late, or one that came back after a restart. Matched by subtask id (and the device it
 * was sent to), a report replaces the "did not answer" with what happened, and a finished goal's
 * status and answer are composed again, so the person is not left with a false "not done". A goal
 * still running composes its answer from the corrected rows when it finishes.
 */
export class LateReports {
  private readonly onLate = (late: UnmatchedReport) => this.record(late);

  constructor(private readonly options: LateReportsOptions) {}

  start(): void {
    this.options.dispatcher.on('late', this.onLate);
  }

  stop(): void {
    this.options.dispatcher.off('late', this.onLate);
  }

  private record(late: UnmatchedReport): void {
    const { store, logger, clock } = this.options;
    try {
      const row = store.getSubtask(late.report.id);
      if (!row || row.deviceId !== late.deviceId || !isCorrectable(row) || late.report.status !== 'ok') return;
      const result = late.report.data;
      if (result.outcome === 'needs_confirmation' || result.goalId !== row.goalId) return;
      const now = clock();
      const message = lateMessage(result, now - row.deadline);
      store.updateSubtask(row.id, { status: result.outcome, message, result, finishedAt: now });
      store.appendEvent({ at: now, kind: 'subtask.late', goalId: row.goalId, deviceId: row.deviceId, data: { id: row.id, status: result.outcome, message, lateByMs: now - row.deadline } });
      const goal = store.getGoal(row.goalId);
      if (goal && goal.finishedAt !== null) this.recompose(goal);
      this.options.publish(row.goalId);
    } catch (error) {
      logger.error({ err: error, subtaskId: late.report.id }, 'a late report could not be recorded');
    }
  }

  private recompose(goal: GoalRow): void {
    const { store, clock } = this.options;
    const finished = finishedFromRows(store.listSubtasks(goal.id));
    const unresolved = goal.unresolved ?? [];
    const waiting = finished.some((entry) => entry.status === 'needs_confirmation');
    const status = finished.length === 0 && unresolved.length === 0 ? 'failed' : goalStatusOf(finished, unresolved);
    const answer = (composeAllocationAnswer(finished) ?? composeAnswer(finished, unresolved)) + (waiting ? ` ${enPlanning.answers.question.shallI}` : '');
    store.updateGoal(goal.id, { status, answer });
    store.appendEvent({ at: clock(), kind: 'goal.corrected', goalId: goal.id, data: { status, answer } });
  }
}

/**
 * A subtask settled without its agent's word (timed out, or its device went offline and did not
 * come back in time) may still be finished by that agent: such a row takes a late report. One that
 * was never sent, or that has its report already, does not.
 */
export function isCorrectable(row: SubtaskRow): boolean {
  if (row.status === 'timeout') return true;
  const result = row.result;
  const neverSent = !!result && 'dispatched' in result && result.dispatched === false;
  return row.status === 'failed' && result?.error?.code === 'E_AGENT_OFFLINE' && !neverSent;
}

/** "Living room TV: set volume to 30% (done, 3 s late)." */
export function lateMessage(result: SubtaskResult, lateByMs: number): string {
  const seconds = Math.max(1, Math.round(lateByMs / 1000));
  const note = fillTemplate(enPlanning.answers.late.note, { note: fillTemplate(result.outcome === 'done' ? enPlanning.answers.late.done : enPlanning.answers.late.reported, { seconds }) });
  // After the first sentence, which says what was done; a message without a full stop gets it at the end.
  const end = /[.!?](\s|$)/.exec(result.message);
  if (!end) return `${result.message}${note}.`;
  return `${result.message.slice(0, end.index)}${note}${result.message.slice(end.index)}`;
}

/**
 * The finished steps of a goal from its stored rows, for composing its answer again. A step that
 * stand-ins took over (`s1`, `s1.2`, `s1.3`) is one entry: the row that got it done (a late report
 * can make it an earlier one), else the last, with the others as hand-overs.
 */
export function finishedFromRows(rows: SubtaskRow[]): AllocatedStep[] {
  const groups = new Map<string, SubtaskRow[]>();
  for (const row of rows) {
    const base = stepOf(row).id.split('.')[0]!;
    groups.set(base, [...(groups.get(base) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const chosen = group.find((row) => row.status === 'done') ?? group.at(-1)!;
    const report = reportOf(chosen);
    const entry: FinishedStep = {
      subtaskId: chosen.id,
      step: { ...stepOf(group[0]!) },
      deviceName: chosen.deviceName,
      status: chosen.status,
      message: chosen.message ?? '',
      ...(report ? { result: report } : {}),
    };
    const handovers = group.filter((row) => row !== chosen && row.status !== 'done').map((row) => ({ deviceName: row.deviceName, message: row.message ?? '' }));
    return handovers.length > 0 ? { ...entry, handovers } : entry;
  });
}
