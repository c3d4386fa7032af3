import { MeshmindError, type GoalStatus, type GoalView, type SubtaskResult } from '@meshmind/protocol';
import type { FinishedStep } from './answer';
import type { Logger } from 'pino';
import type { DeviceRegistry } from './device-registry';
import type { StoredStep, StoredSubtaskResult } from './store/records';
import type { GoalRow, Store, SubtaskRow } from './store/store';

/** What answering a goal wrote on its row. */
export type GoalAnswer = Pick<GoalRow, 'status' | 'answer' | 'finishedAt'>;

export interface SubtaskLedgerOptions {
  store: Store;
  registry: DeviceRegistry;
  subtaskTimeoutMs: number;
  clock: () => number;
  newId: () => string;
  /** Sends the goal's new view to whoever follows it. */
  publish: (goalId: string) => void;
  /** Where a stage that could not be written is said (it is news, never the record). */
  logger?: Pick<Logger, 'warn'>;
  /** How long a stage may wait for its subtask's next write before it is written on its own; default STAGE_WRITE_DELAY_MS. */
  stageWriteDelayMs?: number;
}

/**
 * How long an agent's stage waits to be written with its subtask's report. An agent's task that
 * runs in one go takes about 10 ms on a quiet machine, and its stages came in one or two messages
 * just ahead of its report: each was a commit of its own (and a new view for the goal's
 * followers) in front of the report. Held this long, they go into the report's commit instead;
 * a task that takes longer shows its stage this much later. Nothing waits for it: an answer, a
 * report or a dispatch never does.
 */
export const STAGE_WRITE_DELAY_MS = 100;

/** What changes on a subtask row in one step of its life. */
export type SubtaskChange = Parameters<Store['updateSubtask']>[1];

/** An event of the log, recorded with the change that caused it. */
export interface LedgerEvent {
  kind: string;
  data: Record<string, unknown>;
}

type SubtaskRef = Pick<SubtaskRow, 'id' | 'goalId' | 'deviceId'>;

/** A subtask change taken with its waiting stage and sent mark, and the time of its event. */
interface WaitingChange {
  row: SubtaskRef;
  change: SubtaskChange;
  at: number;
  event?: LedgerEvent;
  stage?: { goalId: string; stage: string };
}

/**
 * The record of goals and their subtasks: every change updates the row, appends its event to the
 * log and tells the goal's followers, in one call, so no path forgets one of the three.
 */
export class SubtaskLedger {
  /** Stages heard this turn of the event loop and not written yet: the latest per subtask. */
  private readonly unwrittenStages = new Map<string, { goalId: string; stage: string }>();
  private writeStagesLater: NodeJS.Timeout | null = null;
  /** Goals with a stage heard that their followers have not been shown yet: see recordStage. */
  private readonly stageNews = new Set<string>();
  private stageNewsQueued: NodeJS.Immediate | undefined;
  /** When the broker took each subtask (its PUBACK), not written yet: see recordSent. */
  private readonly unwrittenSends = new Map<string, number>();
  /** Settlings not committed yet, in order: see settle. */
  private readonly unwrittenSettles: WaitingChange[] = [];
  private settlesQueued = false;

  constructor(private readonly options: SubtaskLedgerOptions) {}

  /** Writes the settlings, stages and sent marks still waiting (the store must still be open). */
  stop(): void {
    clearImmediate(this.stageNewsQueued);
    this.stageNewsQueued = undefined;
    this.stageNews.clear();
    this.writeSettles();
    this.writeStages();
  }

  /**
   * The broker took a subtask over. The mark rides with the subtask's next write (its first stage,
   * or its settling) instead of a commit of its own: that commit came in the same turn as the
   * PUBACK, in front of the agent reading its subtask in a stack that runs its agents in this
   * process. Nothing decides by it (it tells a request never handed over from one that was); a
   * crash before it is written is one before the PUBACK: the subtask goes out again, and the agent
   * answers the copy from its record of finished subtasks.
   */
  recordSent(subtaskId: string, sentAt: number): void {
    this.unwrittenSends.set(subtaskId, sentAt);
  }

  /** New rows for plan steps, pending, each with the full subtask time from now. */
  insert(goalId: string, steps: StoredStep[]): SubtaskRow[] {
    const now = this.options.clock();
    const rows: SubtaskRow[] = steps.map((step) => ({
      id: this.options.newId(),
      goalId,
      deviceId: step.deviceId,
      deviceName: this.options.registry.get(step.deviceId)?.profile.name ?? step.deviceId,
      text: step.text,
      status: 'pending',
      stage: null,
      message: null,
      result: null,
      deadline: now + this.options.subtaskTimeoutMs,
      createdAt: now,
      finishedAt: null,
      step,
      notBefore: null,
      sentAt: null,
    }));
    this.withSettles(() => this.options.store.insertSubtasks(rows));
    return rows;
  }

  /** Updates a subtask, appends the event that says so (if any) in the same transaction, and publishes its goal. */
  update(row: SubtaskRef, change: SubtaskChange, event?: LedgerEvent): void {
    const taken = this.take(row, change, event);
    const settled = this.withSettles((held) => this.commit(taken, held));
    for (const goalId of new Set([...settled, row.goalId])) this.options.publish(goalId);
  }

  /**
   * Runs `write` after the settlings still waiting, in one transaction with them when there are
   * any (they were made first, and go to disk first or together); the goals they changed. `write`
   * is told whether a transaction holds it already.
   */
  private withSettles(write: (held: boolean) => void): string[] {
    if (this.unwrittenSettles.length === 0) {
      write(false);
      return [];
    }
    const settles = this.unwrittenSettles.splice(0);
    try {
      this.options.store.transaction(() => {
        for (const settle of settles) this.commit(settle, true);
        write(true);
      });
    } catch (error) {
      // Not written: they wait for the next write, which tries again, as a settling written at once would have.
      this.unwrittenSettles.unshift(...settles);
      throw error;
    }
    return settles.map((settle) => settle.row.goalId);
  }

  /**
   * A change with what waits for it: the subtask's waiting stage goes first, in the same commit (the
   * row ends with the last stage its agent reached, as before, without a commit of its own in front
   * of the report), and its sent mark. Taken when the change is made, written now or later.
   */
  private take(row: SubtaskRef, change: SubtaskChange, event?: LedgerEvent): WaitingChange {
    const stage = this.unwrittenStages.get(row.id);
    // A stage that rides in this change's commit is never a view of its own: shown first, so a
    // follower sees "running (stage)" of a task whose stages came just ahead of its report.
    if (stage && this.stageNews.delete(stage.goalId)) this.options.publish(stage.goalId);
    this.unwrittenStages.delete(row.id);
    if (this.unwrittenStages.size === 0 && this.writeStagesLater) {
      // Nothing left for the timer: left running, it would write a later subtask's sent mark in a
      // commit of its own (the mark waits for that subtask's next write).
      clearTimeout(this.writeStagesLater);
      this.writeStagesLater = null;
    }
    const sentAt = this.unwrittenSends.get(row.id);
    this.unwrittenSends.delete(row.id);
    return { row, change: sentAt === undefined ? change : { ...change, sentAt }, at: this.options.clock(), ...(event ? { event } : {}), ...(stage ? { stage } : {}) };
  }

  /** Writes a change taken, in one transaction: `held`, the caller's; otherwise its own when it is more than one statement. */
  private commit({ row, change, at, event, stage }: WaitingChange, held: boolean): void {
    const { store } = this.options;
    const writeAll = () => {
      // The stage first, then the change: one UPDATE where it can be (store/staged-updates.ts).
      if (stage) store.updateSubtaskAfterStage(row.id, change, stage.goalId, stage.stage);
      else store.updateSubtask(row.id, change);
      if (event) store.appendEvent({ at, kind: event.kind, goalId: row.goalId, deviceId: row.deviceId, data: event.data });
    };
    if (!held && (event || stage)) store.transaction(writeAll);
    else writeAll();
  }

  /**
   * An agent's progress on an open subtask of this goal: it is running, at this stage. Ignored for
   * anything else. An agent's stages arrive together, just ahead of its report on the same
   * connection (its task runs in one go when it shares this process): each written on its own was
   * a commit in front of the report. The latest stage of each subtask is written with the
   * subtask's next change (its report, most often) in that change's commit, or on its own after
   * STAGE_WRITE_DELAY_MS, the stages of every subtask then in one transaction. A stage is news for
   * the console, never the record; the coordinator's own reads of a stage (get) write it first.
   */
  recordStage(subtaskId: string, goalId: string, stage: string): void {
    this.unwrittenStages.set(subtaskId, { goalId, stage });
    // Followers see it once this turn's messages are read, from the view (which shows a stage still
    // waiting to be written), or just before its subtask's next change takes it (take).
    this.stageNews.add(goalId);
    this.stageNewsQueued ??= setImmediate(() => this.tellStageNews());
    if (this.writeStagesLater) return;
    this.writeStagesLater = setTimeout(() => this.writeStages(), this.options.stageWriteDelayMs ?? STAGE_WRITE_DELAY_MS);
    // Console news must not keep a process alive that has nothing else to do.
    this.writeStagesLater.unref();
  }

  private tellStageNews(): void {
    this.stageNewsQueued = undefined;
    const goals = [...this.stageNews];
    this.stageNews.clear();
    try {
      for (const goalId of goals) this.options.publish(goalId);
    } catch (error) {
      // News only (a store closed under it, most likely): no process ends over a view not shown.
      this.options.logger?.warn({ err: error }, 'could not show the stages agents reported');
    }
  }

  private writeStages(): void {
    if (this.writeStagesLater) clearTimeout(this.writeStagesLater);
    this.writeStagesLater = null;
    if (this.unwrittenStages.size === 0 && this.unwrittenSends.size === 0) return;
    const stages = [...this.unwrittenStages];
    this.unwrittenStages.clear();
    const sends = [...this.unwrittenSends];
    this.unwrittenSends.clear();
    const { store } = this.options;
    // No view to publish: each stage was one when it came (recordStage).
    try {
      store.transaction(() => {
        for (const [subtaskId, sentAt] of sends) store.updateSubtask(subtaskId, { sentAt });
        for (const [subtaskId, { goalId, stage }] of stages) store.recordSubtaskStage(subtaskId, goalId, stage);
      });
    } catch (error) {
      this.options.logger?.warn({ err: error }, 'could not record the stages agents reported');
    }
  }

  /**
   * Settles a subtask with its status and message (and result). Written with the ledger's next
   * write, in its transaction, or when this turn's work is done (the next tick after the promise
   * jobs that follow this call), whichever comes first. The goal whose last step this is gets its
   * answer in those promise jobs: settling and answer were two commits, now one. No write moves
   * after what depends on it: the answer, a dependent step's dispatch, a stand-in's row and the
   * coordinator's own reads (get, corrected, view) all take the settling first, and nothing outside
   * runs before the tick (an HTTP request, a timer, another MQTT message). A process that ends
   * before the tick ends before anything acted on the settling: the goal resumes with the subtask
   * dispatched and sends it again, and the agent answers the copy from its record (the agent's
   * report was acknowledged before the settling, as before).
   */
  settle(row: SubtaskRow, settled: { status: SubtaskRow['status']; message: string; result?: StoredSubtaskResult | null }, event?: LedgerEvent): void {
    this.unwrittenSettles.push(this.take(row, { ...settled, finishedAt: this.options.clock() }, event));
    if (this.settlesQueued) return;
    this.settlesQueued = true;
    process.nextTick(() => {
      this.settlesQueued = false;
      try {
        this.writeSettles();
      } catch (error) {
        // Kept: the next write of the ledger tries them again and fails where a caller sees it.
        this.options.logger?.warn({ err: error }, 'could not record a settled subtask yet');
      }
    });
  }

  /** Commits the settlings still waiting, alone, and tells their goals' followers. */
  private writeSettles(): void {
    for (const goalId of new Set(this.withSettles(() => undefined))) this.options.publish(goalId);
  }

  /** A stored subtask row as it stands once its waiting settling (if any) is written. */
  private current(subtaskId: string): SubtaskRow | undefined {
    const row = this.options.store.getSubtask(subtaskId);
    const waiting = this.unwrittenSettles.findLast((settle) => settle.row.id === subtaskId);
    return row && waiting ? { ...row, ...waiting.change } : row;
  }

  /** A delayed step waits for its time: its row says when, and the log says it was scheduled. */
  schedule(row: SubtaskRow, notBefore: number): void {
    row.notBefore = notBefore;
    this.options.store.setSubtaskNotBefore(row.id, notBefore);
    this.update(row, { status: 'waiting' }, { kind: 'subtask.scheduled', data: { id: row.id, notBefore } });
  }

  get(subtaskId: string): SubtaskRow | undefined {
    // The stage it reached decides what a timeout says ("still at work"): one still waiting is written first.
    if (this.unwrittenStages.has(subtaskId)) this.writeStages();
    return this.current(subtaskId);
  }

  /** The goal has its plan and runs; nothing of it is answered yet. */
  startGoal(goalId: string, unresolved: string[]): void {
    const settled = this.withSettles(() => this.options.store.updateGoal(goalId, { status: 'running', unresolved }));
    for (const changed of new Set([...settled, goalId])) this.options.publish(changed);
  }

  /**
   * Answers a goal; `alongside` writes what else goes with the answer (the conversation's next turn),
   * in the same commit. Returns what it wrote on the goal's row.
   */
  finishGoal(goalId: string, status: GoalStatus, answer: string, alongside?: () => void): GoalAnswer {
    const now = this.options.clock();
    const { store } = this.options;
    // The settlings still waiting (this goal's last step's, most often) go into the answer's commit.
    const answerGoal = () => {
      alongside?.();
      store.updateGoal(goalId, { status, answer, finishedAt: now });
      store.appendEvent({ at: now, kind: 'goal.finished', goalId, data: { status, answer } });
    };
    const settled = this.withSettles((held) => (held ? answerGoal() : store.transaction(answerGoal)));
    for (const changed of new Set([...settled, goalId])) this.options.publish(changed);
    return { status, answer, finishedAt: now };
  }

  /**
   * The step as its stored row now says, after a late report corrected it. Only a step settled
   * without its agent's word (timed out, failed) takes a late report (late-reports.ts): any other
   * is as its entry says, with no read of its row on the way to the goal's answer.
   */
  corrected(entry: FinishedStep): FinishedStep {
    if (!entry.subtaskId || (entry.status !== 'timeout' && entry.status !== 'failed')) return entry;
    const row = this.current(entry.subtaskId);
    if (!row || row.status === entry.status || !isFinal(row.status)) return entry;
    const report = reportOf(row);
    return { ...entry, status: row.status, message: row.message ?? entry.message, ...(report ? { result: report } : {}) };
  }

  view(goalId: string): GoalView | undefined {
    if (this.unwrittenSettles.some((settle) => settle.row.goalId === goalId)) this.writeSettles();
    const goal = this.options.store.getGoal(goalId);
    return goal ? this.viewOf(goal) : undefined;
  }

  /**
   * The view of a goal whose row the caller holds as the store has it now, with its subtasks read:
   * a goal this process just answered (finishGoal's return, and what it inserted) is not read back
   * from the store to be shown (issue #18: the reply to `wait: true` read the row it had written).
   */
  viewOf(goal: Pick<GoalRow, 'id' | 'conversationId' | 'text' | 'status' | 'answer' | 'createdAt' | 'finishedAt'>): GoalView {
    const goalId = goal.id;
    if (this.unwrittenSettles.some((settle) => settle.row.goalId === goalId)) this.writeSettles();
    return {
      id: goal.id,
      conversationId: goal.conversationId,
      text: goal.text,
      status: goal.status,
      answer: goal.answer,
      createdAt: goal.createdAt,
      finishedAt: goal.finishedAt,
      subtasks: this.options.store.listSubtasks(goalId).map((row) => {
        // A stage not written yet shows as the store will hold it (recordSubtaskStage's guard).
        const waiting = row.finishedAt === null ? this.unwrittenStages.get(row.id) : undefined;
        const reached = waiting?.goalId === goalId ? waiting.stage : undefined;
        return {
          id: row.id,
          deviceId: row.deviceId,
          deviceName: row.deviceName,
          text: row.text,
          status: reached === undefined ? row.status : 'running',
          stage: reached ?? row.stage,
          message: row.message,
          ...(row.result && 'value' in row.result ? { value: row.result.value } : {}),
        };
      }),
    };
  }
}

export function isFinal(status: SubtaskRow['status']): boolean {
  return !['pending', 'waiting', 'dispatched', 'running'].includes(status);
}

/** The plan step behind a subtask row; rows from before plan steps were stored have none, and cannot be run again. */
export function stepOf(row: SubtaskRow): StoredStep {
  if (!row.step) throw new MeshmindError('E_INTERNAL', `subtask ${row.id} has no stored plan step`);
  return row.step;
}

/** The agent's report a row holds, if its result is one (not the coordinator's own account). */
export function reportOf(row: SubtaskRow): SubtaskResult | undefined {
  return row.result && 'outcome' in row.result ? row.result : undefined;
}
