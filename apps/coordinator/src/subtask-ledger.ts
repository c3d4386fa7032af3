import { MeshmindError, type GoalStatus, type GoalView, type SubtaskResult } from '@meshmind/protocol';
import type { FinishedStep } from './answer';
import type { Logger } from 'pino';
import type { DeviceRegistry } from './device-registry';
import type { StoredStep, StoredSubtaskResult } from './store/records';
import type { Store, SubtaskRow } from './store/store';

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

/**
 * The record of goals and their subtasks: every change updates the row, appends its event to the
 * log and tells the goal's followers, in one call, so no path forgets one of the three.
 */
export class SubtaskLedger {
  /** Stages heard this turn of the event loop and not written yet: the latest per subtask. */
  private readonly unwrittenStages = new Map<string, { goalId: string; stage: string }>();
  private writeStagesLater: NodeJS.Timeout | null = null;
  /** When the broker took each subtask (its PUBACK), not written yet: see recordSent. */
  private readonly unwrittenSends = new Map<string, number>();

  constructor(private readonly options: SubtaskLedgerOptions) {}

  /** Writes the stages and sent marks still waiting (the store must still be open). */
  stop(): void {
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
    this.options.store.insertSubtasks(rows);
    return rows;
  }

  /** Updates a subtask, appends the event that says so (if any) in the same transaction, and publishes its goal. */
  update(row: Pick<SubtaskRow, 'id' | 'goalId' | 'deviceId'>, change: SubtaskChange, event?: LedgerEvent): void {
    const { store } = this.options;
    // A stage still waiting goes first, in the same commit: the row ends with the last stage its
    // agent reached, as before, without a commit of its own in front of the report.
    const stage = this.unwrittenStages.get(row.id);
    this.unwrittenStages.delete(row.id);
    if (this.unwrittenStages.size === 0 && this.writeStagesLater) {
      // Nothing left for the timer: left running, it would write a later subtask's sent mark in a
      // commit of its own (the mark waits for that subtask's next write).
      clearTimeout(this.writeStagesLater);
      this.writeStagesLater = null;
    }
    const sentAt = this.unwrittenSends.get(row.id);
    this.unwrittenSends.delete(row.id);
    const write = () => {
      if (stage) store.recordSubtaskStage(row.id, stage.goalId, stage.stage);
      store.updateSubtask(row.id, sentAt === undefined ? change : { ...change, sentAt });
      if (event) store.appendEvent({ at: this.options.clock(), kind: event.kind, goalId: row.goalId, deviceId: row.deviceId, data: event.data });
    };
    if (event || stage) store.transaction(write);
    else write();
    this.options.publish(row.goalId);
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
    if (this.writeStagesLater) return;
    this.writeStagesLater = setTimeout(() => this.writeStages(), this.options.stageWriteDelayMs ?? STAGE_WRITE_DELAY_MS);
    // Console news must not keep a process alive that has nothing else to do.
    this.writeStagesLater.unref();
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
    const changedGoals = new Set<string>();
    try {
      store.transaction(() => {
        for (const [subtaskId, sentAt] of sends) store.updateSubtask(subtaskId, { sentAt });
        for (const [subtaskId, { goalId, stage }] of stages) if (store.recordSubtaskStage(subtaskId, goalId, stage)) changedGoals.add(goalId);
      });
    } catch (error) {
      this.options.logger?.warn({ err: error }, 'could not record the stages agents reported');
      return;
    }
    for (const goalId of changedGoals) this.options.publish(goalId);
  }

  /** Settles a subtask with its status and message (and result), now. */
  settle(row: SubtaskRow, settled: { status: SubtaskRow['status']; message: string; result?: StoredSubtaskResult | null }, event?: LedgerEvent): void {
    this.update(row, { ...settled, finishedAt: this.options.clock() }, event);
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
    return this.options.store.getSubtask(subtaskId);
  }

  /** The goal has its plan and runs; nothing of it is answered yet. */
  startGoal(goalId: string, unresolved: string[]): void {
    this.options.store.updateGoal(goalId, { status: 'running', unresolved });
    this.options.publish(goalId);
  }

  /** Answers a goal; `alongside` writes what else goes with the answer (the conversation's next turn), in the same commit. */
  finishGoal(goalId: string, status: GoalStatus, answer: string, alongside?: () => void): void {
    const now = this.options.clock();
    const { store } = this.options;
    store.transaction(() => {
      alongside?.();
      store.updateGoal(goalId, { status, answer, finishedAt: now });
      store.appendEvent({ at: now, kind: 'goal.finished', goalId, data: { status, answer } });
    });
    this.options.publish(goalId);
  }

  /** The step as its stored row now says, after a late report corrected it. */
  corrected(entry: FinishedStep): FinishedStep {
    if (!entry.subtaskId) return entry;
    const row = this.options.store.getSubtask(entry.subtaskId);
    if (!row || row.status === entry.status || !isFinal(row.status)) return entry;
    const report = reportOf(row);
    return { ...entry, status: row.status, message: row.message ?? entry.message, ...(report ? { result: report } : {}) };
  }

  view(goalId: string): GoalView | undefined {
    const goal = this.options.store.getGoal(goalId);
    if (!goal) return undefined;
    return {
      id: goal.id,
      conversationId: goal.conversationId,
      text: goal.text,
      status: goal.status,
      answer: goal.answer,
      createdAt: goal.createdAt,
      finishedAt: goal.finishedAt,
      subtasks: this.options.store.listSubtasks(goalId).map((row) => ({
        id: row.id,
        deviceId: row.deviceId,
        deviceName: row.deviceName,
        text: row.text,
        status: row.status,
        stage: row.stage,
        message: row.message,
        ...(row.result && 'value' in row.result ? { value: row.result.value } : {}),
      })),
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
