import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import {
  MeshmindError,
  apiDocHash,
  toMeshmindError,
  type TaskPipeline,
  type SubtaskProgress,
  type SubtaskRequest,
  type SubtaskResult,
} from '@meshmind/protocol';
import { systemClock, type Clock } from './clock';
import type { TaskDatabase } from './database';
import { ExperienceCache, experienceKey } from './experience-cache';
import { Sandbox, type SandboxLimits } from './sandbox';
import { JournalSweeper } from './journal-sweeper';
import { cleanGenerated, provideTaskActors } from './task-actors';
import { TASK_MACHINE_VERSION, type TaskContext, type TaskMachine, type TaskStateName } from './task-machine';
import { STAGE_BY_STATE, buildSubtaskResult, recoveryNotes, stageDetail } from './task-result';
import { TaskStore } from './task-store';
import { ReadyTaskActor } from './ready-task-actor';
import { StoredTaskIds } from './stored-task-ids';
import { FINISHED_TASK_RETENTION_MS, FinishedTaskRetention, assertRetention } from './finished-task-retention';
import type { TaskDeviceDriver } from './types';

/** `mapper`: retrieval, subtask text to API calls (libs/rag); `generator`: mapped calls to a Program or JavaScript source (inference). */
export interface TaskRunnerOptions extends TaskPipeline {
  deviceId: string;
  driver: TaskDeviceDriver;
  /** Snapshots, call journals and the experience cache live here; without it nothing survives a restart. */
  database?: TaskDatabase;
  /** Reuse verified programs for equivalent subtasks (needs `database`). Default true. */
  experienceCache?: boolean;
  clock?: Clock;
  sandbox?: Sandbox;
  limits?: Partial<SandboxLimits>;
  maxAttempts?: number;
  verification?: { checks?: number; intervalMs?: number };
  onProgress?: (progress: SubtaskProgress) => void;
  /**
   * Every result: needs_confirmation when a task starts waiting, then its final result. `details`
   * carries sentences the person should hear besides the outcome (a call found already done after
   * a restart), for reporters that phrase the result themselves.
   */
  onResult?: (result: SubtaskResult, subtask: SubtaskRequest, details: TaskResultDetails) => void;
  /**
   * How long after its deadline (and its end) a finished subtask's record is kept to answer copies
   * of it. Default FINISHED_TASK_RETENTION_MS (finished-task-retention.ts); never less than the horizon of subtask copies.
   */
  finishedRetentionMs?: number;
}

export interface TaskResultDetails {
  notes: string[];
  /** Positions in the result's calls of actions not sent because the device already was as asked: the answer says "already". */
  alreadyCalls?: number[];
}

interface RunningTask {
  subtask: SubtaskRequest;
  actor: Actor<TaskMachine>;
  settled: Promise<SubtaskResult>;
  resolve: (result: SubtaskResult) => void;
  reject: (error: unknown) => void;
  cancelDeadline: () => void;
  unsubscribe: () => void;
  lastProgressKey: string;
  resumed: boolean;
  askedConfirmation: boolean;
  /** Whether "the deadline passed, still executing" went out. */
  toldOverrun: boolean;
  /** The monotonic clock at the task's first stage in this run: each progress's `elapsed` counts from it. */
  firstStageAt: number | undefined;
  /** The first snapshot ('received') of a new task, not saved yet: see submit. */
  firstSaveHeld: boolean;
}

/**
 * Runs one device's subtasks, one at a time, each in a task machine: the queue/supersede policy,
 * cancellation, deadlines, confirmation, progress events, persistence and resumption after a
 * restart, and the experience cache. The device agent makes one per device.
 *
 * Each device action is written down before it is sent (a CallIntent with the state before it and
 * the absolute form of a relative change) and journaled after it completes; a run resumed after a
 * crash replays journaled calls and, for a call recorded but not journaled, reads the device to
 * decide whether it went through. Every call carries an idempotency key, `<task>:<attempt>:<index>`.
 */
export class TaskRunner {
  private readonly clock: Clock;
  private readonly sandbox: Sandbox;
  private readonly store: TaskStore | undefined;
  private readonly cache: ExperienceCache | undefined;
  private readonly docHash: string;
  private readonly machine: TaskMachine;
  private readonly tasks = new Map<string, RunningTask>();
  private running = false;
  /** Which tasks have a stored snapshot, so that a new subtask's arrival reads no database. */
  private readonly storedTaskIds: StoredTaskIds;
  private readonly retention: FinishedTaskRetention | undefined;
  private readonly journals: JournalSweeper | undefined;
  private readonly ready: ReadyTaskActor;

  constructor(private readonly options: TaskRunnerOptions) {
    this.clock = options.clock ?? systemClock;
    this.sandbox = options.sandbox ?? new Sandbox();
    this.store = options.database ? new TaskStore(options.database) : undefined;
    const retentionMs = options.finishedRetentionMs ?? FINISHED_TASK_RETENTION_MS;
    assertRetention(retentionMs);
    this.storedTaskIds = new StoredTaskIds(this.store, options.deviceId);
    this.retention = this.store ? new FinishedTaskRetention({ store: this.store, deviceId: options.deviceId, clock: this.clock, retentionMs }) : undefined;
    this.journals = this.store && new JournalSweeper(this.store, () => this.pruneFinished(false));
    this.cache = options.database && options.experienceCache !== false ? new ExperienceCache(options.database) : undefined;
    this.docHash = apiDocHash(options.driver.description);
    this.machine = provideTaskActors({ ...options, clock: this.clock, sandbox: this.sandbox, store: this.store, cache: this.cache, docHash: this.docHash });
    this.ready = new ReadyTaskActor(this.machine, { deviceId: options.deviceId, ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }) });
  }

  /** Resumes the device's unfinished tasks from the database, in their original order. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const description = this.options.driver.description;
    this.cache?.invalidateOtherVersions(description.type, this.docHash);
    this.store?.clearFinishedJournals(this.options.deviceId);
    this.pruneFinished(true);
    this.storedTaskIds.load();
    for (const stored of this.store?.loadActive(this.options.deviceId) ?? []) {
      const subtask = (stored.snapshot as { context?: Partial<TaskContext> } | undefined)?.context?.subtask;
      try {
        if (stored.machineVersion !== TASK_MACHINE_VERSION) throw new MeshmindError('E_INTERNAL', `snapshot of machine version ${stored.machineVersion}, this agent runs ${TASK_MACHINE_VERSION}`);
        if (!subtask) throw new MeshmindError('E_INTERNAL', 'the stored snapshot is unreadable');
        this.track(subtask, stored.snapshot as SnapshotFrom<TaskMachine>);
      } catch (error) {
        this.abandonStored(stored.taskId, subtask, toMeshmindError(error));
      }
    }
    this.pump();
    this.ready.prepare();
  }

  /**
   * Takes a subtask. With policy 'supersede' every unfinished task of the device is cancelled
   * first; otherwise ('queue', the default) it waits its turn. Resolves with the final result.
   * A repeated id is the same task: with `confirmed: true` it confirms a task that is waiting.
   */
  submit(subtask: SubtaskRequest): Promise<SubtaskResult> {
    const existing = this.tasks.get(subtask.id);
    if (existing) {
      if (subtask.confirmed === true) this.confirm(subtask.id, true);
      return existing.settled;
    }
    const earlier = this.finishedEarlier(subtask);
    if (earlier) {
      // A copy of a task an earlier run of this agent finished (its report may have been lost with
      // the process or a broker's session): answered from the record, never run twice.
      this.options.onResult?.(earlier.result, subtask, { notes: earlier.notes });
      return Promise.resolve(earlier.result);
    }
    if (subtask.policy === 'supersede') {
      for (const task of [...this.tasks.values()]) task.actor.send({ type: 'task.cancelled', reason: `superseded by subtask ${subtask.id}` });
    }
    // One that starts at once leaves 'received' in this call, and that snapshot replaces the first (one
    // row a task), written only if it waits. A kill before both is before the ack: the subtask comes again.
    const task = this.track(subtask, undefined, true);
    this.pump();
    if (task.firstSaveHeld) this.save(task, false);
    return task.settled;
  }

  /** The result of a task with this id that reached its end before, from its stored final snapshot. */
  private finishedEarlier(subtask: SubtaskRequest): { result: SubtaskResult; notes: string[] } | undefined {
    if (!this.storedTaskIds.mayHave(subtask.id)) return undefined;
    const stored = this.store?.load(subtask.id);
    if (!stored || stored.deviceId !== this.options.deviceId) return undefined;
    const snapshot = stored.snapshot as { status?: unknown; value?: unknown; context?: TaskContext; abandoned?: unknown } | undefined;
    const state = this.options.driver.getState();
    if (typeof snapshot?.abandoned === 'string') {
      return { result: this.failedResult(subtask.goalId, `The agent restarted and could not resume this subtask: ${snapshot.abandoned}.`, snapshot.abandoned), notes: [] };
    }
    if (snapshot?.status !== 'done' || typeof snapshot.value !== 'string' || !snapshot.context) return undefined;
    const stateName = snapshot.value as TaskStateName;
    const result = buildSubtaskResult(stateName, snapshot.context, this.options.driver.description, state);
    return { result, notes: stateName === 'done' ? recoveryNotes(snapshot.context) : [] };
  }

  /** The person's answer for a task waiting on a sensitive action; false when none is waiting. */
  confirm(taskId: string, confirmed: boolean, reason?: string): boolean {
    const task = this.tasks.get(taskId);
    if (!task || task.actor.getSnapshot().value !== 'awaitingConfirmation') return false;
    task.actor.send(confirmed ? { type: 'confirmation.given' } : { type: 'confirmation.refused', reason: reason ?? 'the person declined' });
    return true;
  }

  cancel(taskId: string, reason = 'cancelled by the coordinator'): boolean {
    const task = this.tasks.get(taskId);
    if (!task) return false;
    task.actor.send({ type: 'task.cancelled', reason });
    return true;
  }

  /** Ids of unfinished tasks, the running one first. */
  pending(): string[] {
    return [...this.tasks.keys()];
  }

  /**
   * Stops every task machine without finishing it: snapshots stay in the database and the next
   * `start()` resumes them. Their `submit` promises reject with E_CANCELLED.
   */
  async stop(): Promise<void> {
    this.running = false;
    this.ready.drop();
    this.journals?.sweep();
    for (const [taskId, task] of this.tasks) {
      task.unsubscribe();
      task.cancelDeadline();
      task.actor.stop();
      task.reject(new MeshmindError('E_CANCELLED', `the agent stopped before subtask ${taskId} finished; it resumes when the agent starts again`));
    }
    this.tasks.clear();
  }

  private track(subtask: SubtaskRequest, snapshot: SnapshotFrom<TaskMachine> | undefined, holdFirstSave = false): RunningTask {
    const input = { subtask, deviceId: this.options.deviceId, ...(this.options.maxAttempts === undefined ? {} : { maxAttempts: this.options.maxAttempts }) };
    const ready = snapshot ? undefined : this.ready.take();
    const actor = snapshot ? createActor(this.machine, { snapshot, input }) : (ready ?? createActor(this.machine, { input }));
    let resolve!: (result: SubtaskResult) => void;
    let reject!: (error: unknown) => void;
    const settled = new Promise<SubtaskResult>((resolvePromise, rejectPromise) => {
      resolve = resolvePromise;
      reject = rejectPromise;
    });
    // Callers that never await must not turn a stop() into an unhandled rejection.
    settled.catch(() => undefined);
    const task: RunningTask = {
      subtask,
      actor,
      settled,
      resolve,
      reject,
      cancelDeadline: () => undefined,
      unsubscribe: () => undefined,
      lastProgressKey: '',
      resumed: snapshot !== undefined,
      askedConfirmation: false,
      toldOverrun: false,
      firstStageAt: undefined,
      firstSaveHeld: holdFirstSave,
    };
    this.tasks.set(subtask.id, task);
    const subscription = actor.subscribe({
      next: (next) => this.onSnapshot(task, next),
      error: (error) => this.finishWithError(task, toMeshmindError(error)),
    });
    task.unsubscribe = () => subscription.unsubscribe();
    if (ready) actor.send({ type: 'task.assigned', subtask }); // its 'received' is the subscriber's first snapshot, as start gives it
    else actor.start();
    if (!this.tasks.has(subtask.id)) return task;
    const remaining = subtask.deadline - this.clock.now();
    // Already past (a late arrival, or a task resumed after a long restart): decide now, before any
    // invoked stage can reach the device. One resumed while executing finishes; any other expires.
    if (remaining <= 0) actor.send({ type: 'deadline.expired' });
    else task.cancelDeadline = this.clock.setTimer(remaining, () => actor.send({ type: 'deadline.expired' }));
    return task;
  }

  /** Starts the oldest waiting task when no task is using the device. */
  private pump(): void {
    if (!this.running) return;
    const tasks = [...this.tasks.values()];
    if (tasks.some((task) => task.actor.getSnapshot().value !== 'received')) return;
    tasks[0]?.actor.send({ type: 'task.started' });
  }

  private onSnapshot(task: RunningTask, snapshot: SnapshotFrom<TaskMachine>): void {
    const stateName = snapshot.value as TaskStateName;
    const context = snapshot.context;
    const final = snapshot.status === 'done';
    if (!task.firstSaveHeld || stateName !== 'received') this.save(task, final); // held: see submit
    const progressKey = `${stateName}#${context.attempt}`;
    if (progressKey !== task.lastProgressKey) {
      task.lastProgressKey = progressKey;
      this.publishProgress(task, STAGE_BY_STATE[stateName] ?? stateName, stageDetail(task.resumed, stateName, context));
      task.resumed = false;
    }
    if (context.overran && !final && !task.toldOverrun) {
      task.toldOverrun = true;
      this.publishProgress(task, STAGE_BY_STATE[stateName] ?? stateName, 'the deadline passed while the device was at work: it finishes, and the result follows late');
    }
    if (stateName === 'awaitingConfirmation' && !task.askedConfirmation) {
      task.askedConfirmation = true;
      this.emitResult(task, buildSubtaskResult(stateName, context, this.options.driver.description, this.options.driver.getState()), { notes: [] });
    }
    if (final) this.finish(task, stateName, context);
  }

  /** Writes the task's snapshot as it stands now; a later write replaces it. */
  private save(task: RunningTask, final: boolean): void {
    task.firstSaveHeld = false;
    try {
      this.store?.save({
        taskId: task.subtask.id,
        deviceId: this.options.deviceId,
        machineVersion: TASK_MACHINE_VERSION,
        final,
        snapshot: task.actor.getPersistedSnapshot(),
        at: this.clock.now(),
      });
      this.storedTaskIds.add(task.subtask.id);
    } catch (error) {
      // A full disk must not stop the device: the task goes on, unpersisted.
      this.publishProgress(task, 'persistence', `snapshot not saved: ${toMeshmindError(error).message}`);
    }
  }

  private publishProgress(task: RunningTask, stage: string, detail: string | undefined): void {
    // `at` (wall clock, whole ms, may step) shows when; `elapsed` (monotonic) measures how long.
    const monotonic = this.clock.monotonic?.() ?? this.clock.now();
    task.firstStageAt ??= monotonic;
    const elapsed = Math.max(0, Math.round((monotonic - task.firstStageAt) * 1000) / 1000);
    const progress: SubtaskProgress = { id: task.subtask.id, goalId: task.subtask.goalId, deviceId: this.options.deviceId, stage, at: this.clock.now(), elapsed };
    if (detail !== undefined) progress.detail = detail;
    try {
      this.options.onProgress?.(progress);
    } catch {
      // A listener's failure is the listener's: the task goes on.
    }
  }

  private emitResult(task: RunningTask, result: SubtaskResult, details: TaskResultDetails): void {
    try {
      this.options.onResult?.(result, task.subtask, details);
    } catch {
      // Same as progress listeners: never let a reporter stop the device's work.
    }
  }

  private finish(task: RunningTask, stateName: TaskStateName, context: TaskContext): void {
    task.cancelDeadline();
    task.unsubscribe();
    this.tasks.delete(task.subtask.id);
    const description = this.options.driver.description;
    const result = buildSubtaskResult(stateName, context, description, this.options.driver.getState());
    task.resolve(result);
    const already = stateName === 'done' ? (context.execution?.alreadyCalls ?? []) : [];
    // The result goes out first (the final snapshot is saved); the journal's clean-up waits (journal-sweeper.ts).
    this.emitResult(task, result, { notes: stateName === 'done' ? recoveryNotes(context) : [], ...(already.length > 0 ? { alreadyCalls: already } : {}) });
    this.journals?.later(task.subtask.id);
    try {
      if (stateName === 'done' && context.origin === 'engine' && context.generated && context.mapping && this.cache) {
        const key = experienceKey(description, context.mapping);
        if (key) this.cache.remember({ deviceType: description.type, apiDocHash: this.docHash, callsKey: key, generated: cleanGenerated(context.generated), at: this.clock.now() });
      }
    } catch {
      // Losing a cache entry costs a regeneration later, nothing more.
    }
    this.pump();
    if (this.running) this.ready.prepareLater();
  }

  private finishWithError(task: RunningTask, error: MeshmindError): void {
    task.cancelDeadline();
    task.unsubscribe();
    this.tasks.delete(task.subtask.id);
    const result = this.failedResult(task.subtask.goalId, `The task machine stopped unexpectedly: ${error.message}`, error.message);
    task.resolve(result);
    this.emitResult(task, result, { notes: [] });
    this.pump();
    if (this.running) this.ready.prepareLater();
  }

  /** A failed result with no calls and the device's state as it is now. */
  private failedResult(goalId: string, message: string, error: string): SubtaskResult {
    return { deviceId: this.options.deviceId, goalId, outcome: 'failed', message, state: this.options.driver.getState(), calls: [], error: { code: 'E_INTERNAL', message: error } };
  }

  /** Forgets old finished records (see FinishedTaskRetention), and their ids with them. */
  private pruneFinished(force: boolean): void {
    this.storedTaskIds.removed(this.retention?.prune(force) ?? 0);
  }

  /** A stored task that cannot be resumed is closed and reported, never silently dropped. */
  private abandonStored(taskId: string, subtask: SubtaskRequest | undefined, error: MeshmindError): void {
    this.store?.save({ taskId, deviceId: this.options.deviceId, machineVersion: TASK_MACHINE_VERSION, final: true, snapshot: { abandoned: error.message }, at: this.clock.now() });
    this.storedTaskIds.add(taskId);
    this.store?.clearJournal(taskId);
    if (!subtask) return;
    const result = this.failedResult(subtask.goalId, `The agent restarted and could not resume this subtask: ${error.message}.`, error.message);
    try {
      this.options.onResult?.(result, subtask, { notes: [] });
    } catch {
      // See emitResult.
    }
  }
}
