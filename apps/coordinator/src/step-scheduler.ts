import { SUBTASK_COPY_HORIZON_MS, type SubtaskRequest, type SubtaskStatus } from '@meshmind/protocol';
import { stepMatches, type FinishedStep } from './answer';
import type { DeviceRegistry } from './device-registry';
import type { Dispatcher, DispatchOutcome } from './dispatcher';
import { comparisonHolds, readingNumber, withUnit } from './planner/comparison';
import { inconsistentReadings, pickAlternative, readingKind, type AllocatedStep } from './planner/allocation';
import { MAX_SCHEDULE_MS, type Schedules } from './schedules';
import type { StoredStep, StoredSubtaskResult } from './store/records';
import type { SubtaskRow } from './store/store';
import { isFinal, reportOf, stepOf, type SubtaskLedger } from './subtask-ledger';

export interface StepSchedulerOptions {
  ledger: SubtaskLedger;
  registry: DeviceRegistry;
  dispatcher: Dispatcher;
  schedules: Schedules;
  /** How long an agent has for one subtask before the coordinator reports it as not answered. */
  subtaskTimeoutMs: number;
  clock: () => number;
}

/**
 * Runs a goal's steps: in dependency order, under their conditions, after their delays, each
 * dispatched to its device and its report read; a step with stand-ins goes to the next capable
 * device when its own drops off or fails, and a fleet reading of the wrong kind is asked again.
 */
export class StepScheduler {
  /** Subtasks each device took over from others, so hand-overs spread instead of piling on one. */
  private readonly standInLoad = new Map<string, number>();
  /** Subtasks in flight per device: the planner gives "a robot" to one that is free. */
  private readonly inFlight = new Map<string, number>();
  /** Subtasks recorded as dispatched in their plan's commit (prepare), by id: the deadline they go out with. */
  private readonly prepared = new Map<string, number>();
  private stopped = false;

  constructor(private readonly options: StepSchedulerOptions) {}

  start(): void {
    this.stopped = false;
  }

  /** Steps still in flight end as they are; a restarted coordinator picks them up from the store. */
  stop(): void {
    this.stopped = true;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Whether a device is working on a subtask now. */
  busy(deviceId: string): boolean {
    return (this.inFlight.get(deviceId) ?? 0) > 0;
  }

  /**
   * Records as dispatched, in the caller's transaction (the plan's), the new rows that run will send
   * in this same turn of the event loop: no earlier step to wait for, no condition, no delay, the
   * device known and not offline. The plan and "dispatched" were two commits in front of the
   * subtask going out; now one. What exactly-once needs holds: the row says dispatched, on disk,
   * before the subtask is published. If the process ends before run sends it, a restarted
   * coordinator resumes the goal and sends it (a dispatched row is resumed), as after a crash
   * between the commit and the publish before.
   */
  prepare(rows: SubtaskRow[]): void {
    const { ledger, registry, dispatcher, clock } = this.options;
    if (this.stopped) return;
    for (const row of rows) {
      const step = row.step;
      if (!step || row.status !== 'pending' || step.after.length > 0 || step.condition || step.delayMs) continue;
      const device = registry.get(row.deviceId);
      if (!device || (device.availability === 'offline' && dispatcher.brokerConnected())) continue;
      const deadline = clock() + this.options.subtaskTimeoutMs;
      ledger.update(row, { status: 'dispatched', deadline }, { kind: 'subtask.dispatched', data: { id: row.id, text: row.text } });
      this.prepared.set(row.id, deadline);
    }
  }

  /** Runs every step in dependency order; a late report may have corrected a step while later ones still ran, so the stored rows are the truth. */
  async run(goalId: string, rows: SubtaskRow[]): Promise<FinishedStep[]> {
    return this.recheckMisreadings(goalId, (await this.execute(rows)).map((entry) => this.options.ledger.corrected(entry)));
  }

  private execute(rows: SubtaskRow[]): Promise<FinishedStep[]> {
    const byStep = new Map<string, Promise<FinishedStep>>();
    for (const row of rows) {
      const step = stepOf(row);
      const before = step.after.map((id) => byStep.get(id)).filter((entry): entry is Promise<FinishedStep> => !!entry);
      byStep.set(step.id, Promise.all(before).then((earlier) => this.runStep(row, step, earlier)));
    }
    return Promise.all(rows.map((row) => byStep.get(stepOf(row).id)!));
  }

  private async runStep(row: SubtaskRow, step: StoredStep, earlier: FinishedStep[]): Promise<FinishedStep> {
    const { ledger } = this.options;
    if (isFinal(row.status)) {
      const result = reportOf(row);
      return { subtaskId: row.id, step, deviceName: row.deviceName, status: row.status, message: row.message ?? '', ...(result ? { result } : {}) };
    }
    if (step.condition) {
      const condition = step.condition;
      const source = earlier.find((entry) => entry.step.id === condition.stepId);
      // "colder than 18 degrees": the coordinator compares the reading's number itself.
      const compare = condition.compare;
      const reading = source?.status === 'done' ? source.result?.value : undefined;
      // "warmer than arthur's room": the bound is the other place's reading (planner/compared-places.ts).
      const other = compare?.againstStepId ? earlier.find((entry) => entry.step.id === compare.againstStepId) : undefined;
      const otherReading = other?.status === 'done' ? other.result?.value : undefined;
      const bound = compare?.againstStepId ? readingNumber(otherReading) : compare?.value;
      const matches = compare ? (bound === undefined ? undefined : comparisonHolds(reading, compare.operator, bound)) : source ? stepMatches(source, condition.expect) : undefined;
      const holds = matches === undefined ? undefined : condition.negate ? !matches : matches;
      if (holds !== true) {
        const about = source ? source.deviceName : 'the device';
        const message =
          holds === false
            ? compare
              ? `${row.deviceName}: left as it is, because ${about} reads ${typeof reading === 'number' ? withUnit(reading, compare.unit) : String(reading)}, not ${compare.said} ${compare.againstStepId ? `${compare.against ?? other?.deviceName ?? ''} (${String(otherReading)})` : withUnit(compare.value, compare.unit)}.`
              : `${row.deviceName}: left as it is, because ${about} is ${condition.negate ? '' : 'not '}${condition.expect}.`
            : `${row.deviceName}: not done, because I could not tell whether ${about} is ${condition.expect}.`;
        const status: SubtaskStatus = holds === false ? 'skipped' : 'failed';
        ledger.settle(row, { status, message });
        return { step, deviceName: row.deviceName, status, message };
      }
    }
    if (step.delayMs) {
      const notBefore = row.notBefore ?? this.options.clock() + step.delayMs;
      if (row.notBefore === null && step.delayMs > MAX_SCHEDULE_MS) {
        const message = `${row.deviceName}: not scheduled; I can wait at most a year.`;
        ledger.settle(row, { status: 'failed', message });
        return { step, deviceName: row.deviceName, status: 'failed', message };
      }
      if (row.notBefore === null) ledger.schedule(row, notBefore);
      const woke = await this.options.schedules.waitUntil(row.id, notBefore);
      if (woke === 'cancelled') return { step, deviceName: row.deviceName, status: 'cancelled', message: `${row.deviceName}: cancelled before its time; nothing was done.` };
      if (woke === 'stopped' || this.stopped) return { step, deviceName: row.deviceName, status: 'waiting', message: '' };
    }
    return step.alternatives?.length ? this.runWithStandIns(row, step) : this.runSubtask(row, step);
  }

  /**
   * A step with stand-ins: when its device drops off, times out or fails, the next capable one takes
   * it over. One that declines (it cannot tell what is meant, or cannot do it) hands it to a device of
   * another type: another vendor's document may say it plainly, where one of the same type would
   * read it the same way.
   */
  private async runWithStandIns(row: SubtaskRow, step: StoredStep): Promise<AllocatedStep> {
    const failed = (finished: FinishedStep) => (finished.status === 'failed' || finished.status === 'timeout' || finished.status === 'not_executable' ? finished.message : undefined);
    return this.handOver(row.goalId, step, await this.runSubtask(row, step), failed);
  }

  /**
   * Hands a finished step to its stand-ins, one after another, while `unfit` gives a reason: the
   * device failed, or read the request as something else. Devices of the type that gave it up go last.
   */
  private async handOver(goalId: string, step: StoredStep, first: FinishedStep, unfit: (finished: FinishedStep) => string | undefined): Promise<AllocatedStep> {
    const { registry, ledger } = this.options;
    const tried = new Set([first.step.deviceId]);
    const handovers: Array<{ deviceName: string; message: string }> = [...((first as AllocatedStep).handovers ?? [])];
    const typeOf = (deviceId: string) => registry.get(deviceId)?.profile.type;
    // Types whose device declined the step: the same document would decline it again.
    const declined = new Set<string | undefined>();
    const online = (deviceId: string) => registry.get(deviceId)?.availability === 'online' && !declined.has(typeOf(deviceId));
    let finished = first;
    for (let reason = unfit(finished); reason !== undefined && !this.stopped; reason = unfit(finished)) {
      const gaveUpType = typeOf(finished.step.deviceId);
      if (finished.status === 'not_executable') declined.add(gaveUpType);
      const next = pickAlternative(step, tried, online, this.standInLoad, (deviceId) => typeOf(deviceId) === gaveUpType);
      if (!next) break;
      handovers.push({ deviceName: finished.deviceName, message: reason });
      tried.add(next);
      this.standInLoad.set(next, (this.standInLoad.get(next) ?? 0) + 1);
      const [standIn] = ledger.insert(goalId, [{ ...step, id: `${step.id}.${tried.size}`, deviceId: next, after: [] }]);
      finished = await this.runSubtask(standIn!, stepOf(standIn!));
    }
    return handovers.length > 0 ? { ...finished, handovers } : finished;
  }

  /**
   * One question spread over a fleet: a reading of another kind than most (names where the others
   * gave numbers) comes from a device that read the request as something else. Its stand-ins ask
   * again, until one answers in the kind the others did.
   */
  private async recheckMisreadings(goalId: string, finished: FinishedStep[]): Promise<FinishedStep[]> {
    const misread = inconsistentReadings(finished);
    if (misread.length === 0 || this.stopped) return finished;
    const expected = readingKind(finished.find((entry) => !misread.some((bad) => bad.entry === entry) && readingKind(entry.result?.value))?.result?.value);
    const rechecked = await Promise.all(
      misread.map(({ entry, reason }) => {
        const unfit = (candidate: FinishedStep) => {
          if (candidate === entry) return reason;
          if (candidate.status === 'failed' || candidate.status === 'timeout') return candidate.message;
          const kind = readingKind(candidate.result?.value);
          return kind !== undefined && kind !== expected ? `${candidate.deviceName} also answered with another kind of reading.` : undefined;
        };
        return this.handOver(goalId, entry.step, entry, unfit);
      }),
    );
    return finished.map((entry) => rechecked[misread.findIndex((bad) => bad.entry === entry)] ?? entry);
  }

  private async runSubtask(row: SubtaskRow, step: StoredStep): Promise<FinishedStep> {
    const { ledger, registry, dispatcher, clock } = this.options;
    // Recorded as dispatched with its plan, in this turn (prepare): its device was checked then.
    const prepared = this.prepared.get(row.id);
    this.prepared.delete(row.id);
    if (prepared !== undefined) return this.send(row, step, prepared, prepared);
    const device = registry.get(row.deviceId);
    // A subtask sent before a restart may be on the device already (it may even have acted): its
    // device looking offline now (a last will from the restart, read back before the device says it
    // is back) is no reason to say it was never reached. It waits for its report like any other.
    const resumed = row.status === 'dispatched' || row.status === 'running';
    if (!device || (!resumed && device.availability === 'offline' && dispatcher.brokerConnected())) {
      const message = `${row.deviceName} is offline, so I could not reach it.`;
      // Never sent, so no report can follow: marked as not dispatched, which no late report corrects.
      ledger.settle(row, { status: 'failed', message, result: { error: { code: 'E_AGENT_OFFLINE', message }, dispatched: false } });
      return { subtaskId: row.id, step, deviceName: row.deviceName, status: 'failed', message };
    }
    if (resumed && clock() > row.deadline + SUBTASK_COPY_HORIZON_MS) {
      // Agents keep the record that answers a copy only so long past the deadline (libs/fsm): no
      // copy goes out later, and the answer says what is known instead of guessing.
      const message = `${row.deviceName} had not reported on it when I stopped, and that was too long ago to ask again; I cannot tell whether it was done.`;
      ledger.settle(row, { status: 'timeout', message, result: null }, { kind: 'subtask.finished', data: { id: row.id, status: 'timeout', message } });
      return { subtaskId: row.id, step, deviceName: row.deviceName, status: 'timeout', message };
    }
    // The deadline counts from dispatch: a step that waited for others or a delay gets its full time.
    // One dispatched before a restart keeps the deadline it went out with: the agent may hold that
    // copy, and nothing may start after the bound the person was given. The coordinator still
    // waits a full timeout for its report, which may have been lost while it was away.
    const deadline = resumed ? row.deadline : clock() + this.options.subtaskTimeoutMs;
    const answerBy = Math.max(deadline, clock() + (resumed ? this.options.subtaskTimeoutMs : 0));
    ledger.update(row, { status: 'dispatched', deadline }, { kind: 'subtask.dispatched', data: { id: row.id, text: row.text } });
    return this.send(row, step, deadline, answerBy);
  }

  /** Publishes a subtask recorded as dispatched and settles it by its report (or its absence). */
  private async send(row: SubtaskRow, step: StoredStep, deadline: number, answerBy: number): Promise<FinishedStep> {
    const { ledger, dispatcher, clock } = this.options;
    const request: SubtaskRequest = {
      id: row.id,
      goalId: row.goalId,
      text: row.text,
      deadline,
      issuedAt: clock(),
      ...(step.confirmed ? { confirmed: true } : {}),
    };
    this.inFlight.set(row.deviceId, (this.inFlight.get(row.deviceId) ?? 0) + 1);
    const outcome = await dispatcher
      .dispatch(row.deviceId, request, clock(), { settleOnOffline: (step.alternatives?.length ?? 0) > 0, answerBy })
      .finally(() => this.inFlight.set(row.deviceId, (this.inFlight.get(row.deviceId) ?? 1) - 1));
    if (outcome.kind === 'cancelled' && this.stopped) return { step, deviceName: row.deviceName, status: 'dispatched', message: '' };
    const { status, message, result } = this.interpret(row, outcome);
    ledger.settle(row, { status, message, result }, { kind: 'subtask.finished', data: { id: row.id, status, message } });
    return { subtaskId: row.id, step, deviceName: row.deviceName, status, message, ...(outcome.kind === 'result' ? { result: outcome.result } : {}) };
  }

  private interpret(row: SubtaskRow, outcome: DispatchOutcome): { status: SubtaskStatus; message: string; result: StoredSubtaskResult | null } {
    switch (outcome.kind) {
      case 'result':
        return { status: outcome.result.outcome, message: outcome.result.message, result: outcome.result };
      case 'rejected':
        return { status: 'failed', message: `${row.deviceName} refused the request: ${outcome.error.message}`, result: { error: outcome.error } };
      case 'timeout': {
        const seconds = Math.round(this.options.subtaskTimeoutMs / 100) / 10;
        // An agent at work past the deadline finishes (stopping half way would leave the device in a
        // state nobody asked for): say so, and the answer is corrected when its report comes.
        const stage = this.options.ledger.get(row.id)?.stage;
        const message =
          stage === 'executing' || stage === 'verifying'
            ? `${row.deviceName} was still at work on it after ${seconds} s; this answer will say how it ended when it reports.`
            : `${row.deviceName} did not answer within ${seconds} s.`;
        return { status: 'timeout', message, result: null };
      }
      case 'offline':
        return { status: 'failed', message: `${row.deviceName} went offline before it finished and did not come back in time.`, result: { error: { code: 'E_AGENT_OFFLINE' } } };
      case 'cancelled':
        return { status: 'cancelled', message: `The coordinator stopped before ${row.deviceName} finished.`, result: { error: { code: 'E_CANCELLED' } } };
    }
  }
}
