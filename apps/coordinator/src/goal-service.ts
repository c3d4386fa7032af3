import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { MeshmindError, SUBTASK_TEXT_MAX, type GoalRequest, type GoalStatus, type GoalView, type SubtaskProgress, type SubtaskRequest, type SubtaskResult, type SubtaskStatus } from '@meshmind/protocol';
import { LateReports } from './late-reports';
import { MAX_SCHEDULE_MS, Schedules } from './schedules';
import type { GoalRow, Store, SubtaskRow } from './store/store';
import type { DeviceRegistry, RegisteredDevice } from './device-registry';
import type { Dispatcher, DispatchOutcome } from './dispatcher';
import type { PendingClarification, Plan, PlanStep, Planner, PlannerDevice, SiteResource } from './planner/planner';
import { composeAnswer, goalStatusOf, stepMatches, type FinishedStep } from './answer';
import { comparisonHolds, withUnit } from './planner/comparison';
import { hashSecret, randomSecret, secretMatches } from './access/secrets';

/** How long a sensitive action waits for its "yes" unless told otherwise. */
export const DEFAULT_CONFIRMATION_TTL_MS = 5 * 60_000;
import { ClosedLoop, parseClosedLoopGoal } from './closed-loop';
import { composeAllocationAnswer, inconsistentReadings, pickAlternative, readingKind, type AllocatedStep } from './planner/allocation';

export interface GoalServiceOptions {
  store: Store;
  registry: DeviceRegistry;
  dispatcher: Dispatcher;
  planner: Planner;
  logger: Logger;
  /** How long an agent has for one subtask before the coordinator reports it as not answered. */
  subtaskTimeoutMs: number;
  /** Countable site resources goals may address all at once (a warehouse's shelves). */
  resources?: SiteResource[];
  /** How long a sensitive action waits for its "yes" before it has to be asked again; default 5 minutes. */
  confirmationTtlMs?: number;
  clock?: () => number;
  newId?: () => string;
}

export interface GoalServiceEvents {
  /** Any change of a goal or one of its subtasks; the live console and `chat` follow these. */
  goal: [view: GoalView];
}

/**
 * Who sends a goal from outside this process (the HTTP API). Code in this process (`meshmind run`,
 * tests) passes none: it is the household's own program, not a network client.
 */
export interface GoalCaller {
  /** The key the conversation's creator was given; continuing the conversation needs it. */
  conversationKey?: string;
  /** The HTTP token the request was authenticated with, if any. */
  tokenId: string | null;
}

export interface SubmittedGoal {
  goalId: string;
  finished: Promise<GoalView>;
  /** Only when this goal started a conversation: the key to continue it, given to no one else. */
  conversationKey?: string;
}

interface PendingConfirmation {
  steps: Array<{ deviceId: string; deviceName: string; text: string }>;
  /** After this a "yes" does nothing; absent on confirmations stored before expiry existed, which count as expired. */
  expiresAt?: number;
}

interface ConversationContext {
  lastDeviceIds?: string[];
  pendingClarification?: PendingClarification;
  pendingConfirmation?: PendingConfirmation;
}

/** A plan step as stored with its subtask, plus whether the person already confirmed it. */
type StoredStep = PlanStep & { confirmed?: boolean };

const YES = /^\s*(yes|yeah|yep|yup|sure|ok|okay|go ahead|do it|please do|confirm(ed)?|affirmative|of course|y)\b/i;
const NO = /^\s*(no|nope|nah|don'?t|do not|cancel|stop|never ?mind|leave it|n)\b/i;

function toPlannerDevice(device: RegisteredDevice, busy: boolean): PlannerDevice {
  const profile = device.profile;
  return {
    state: device.state,
    busy,
    id: profile.id,
    type: profile.type,
    name: profile.name,
    aliases: profile.aliases,
    nouns: profile.nouns,
    area: profile.area,
    capabilities: profile.capabilities,
    online: device.availability === 'online',
  };
}

/**
 * Runs goals: plan into a small graph of subtasks, dispatch them over MQTT in dependency order
 * (with conditions and delays), collect the reports, answer honestly. Goals, subtasks and the
 * conversation live in the store, so a restarted coordinator finishes what it had started.
 */
export class GoalService extends EventEmitter<GoalServiceEvents> {
  private readonly clock: () => number;
  private readonly newId: () => string;
  private readonly running = new Map<string, Promise<GoalView>>();
  /** Steps waiting for their time, and calling them off. */
  readonly schedules: Schedules;
  private stopped = false;
  /** Subtasks each device took over from others, so hand-overs spread instead of piling on one. */
  private readonly standInLoad = new Map<string, number>();
  /** Subtasks in flight per device: the planner gives "a robot" to one that is free. */
  private readonly inFlight = new Map<string, number>();
  private readonly onProgress = (progress: SubtaskProgress) => this.recordProgress(progress);
  private readonly lateReports: LateReports;

  constructor(private readonly options: GoalServiceOptions) {
    super();
    this.clock = options.clock ?? Date.now;
    this.newId = options.newId ?? (() => randomUUID());
    this.lateReports = new LateReports({ store: options.store, dispatcher: options.dispatcher, logger: options.logger, clock: this.clock, publish: (goalId) => this.publish(goalId) });
    this.schedules = new Schedules({ store: options.store, registry: options.registry, clock: this.clock, publish: (goalId) => this.publish(goalId) });
  }

  /** Listens to progress and picks up goals a previous run of the coordinator left unfinished. */
  start(): void {
    this.stopped = false;
    this.options.dispatcher.on('progress', this.onProgress);
    this.lateReports.start();
    this.schedules.start();
    for (const goal of this.options.store.listUnfinishedGoals()) {
      this.options.logger.info({ goalId: goal.id }, 'resuming an unfinished goal');
      const finished = this.resume(goal).finally(() => this.running.delete(goal.id));
      this.running.set(goal.id, finished);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.options.dispatcher.off('progress', this.onProgress);
    this.lateReports.stop();
    this.schedules.stop();
    await Promise.allSettled([...this.running.values()]);
  }

  /**
   * Records the goal and starts it; `finished` resolves with its final view. A `caller` from
   * outside the process may continue only a conversation it started (E_FORBIDDEN otherwise).
   */
  submit(request: GoalRequest, caller?: GoalCaller): SubmittedGoal {
    const goalId = this.newId();
    const conversationId = request.conversationId ?? this.newId();
    const conversationKey = this.admit(conversationId, caller);
    this.options.store.insertGoal({
      id: goalId,
      conversationId,
      text: request.text,
      origin: request.from ?? null,
      status: 'planning',
      answer: null,
      createdAt: this.clock(),
      finishedAt: null,
      unresolved: null,
    });
    this.options.store.appendEvent({ at: this.clock(), kind: 'goal.created', goalId, data: { text: request.text } });
    const finished = this.run(goalId, conversationId, request).finally(() => this.running.delete(goalId));
    this.running.set(goalId, finished);
    return { goalId, finished, ...(conversationKey ? { conversationKey } : {}) };
  }

  /**
   * A new conversation gets a key for its creator alone; an existing one goes on only with that
   * key, and with the token that started it. Nothing published (goal views, the event stream)
   * carries the key, so reading the events is not enough to say "yes" in someone else's
   * conversation. Returns the key of a conversation this call created.
   */
  private admit(conversationId: string, caller: GoalCaller | undefined): string | undefined {
    const { store } = this.options;
    const key = randomSecret();
    if (store.createConversation({ id: conversationId, createdAt: this.clock(), keyHash: hashSecret(key), ownerTokenId: caller?.tokenId ?? null })) return key;
    if (!caller) return undefined;
    const owner = store.getConversationOwner(conversationId);
    // Conversations from before keys existed have none: nobody outside the process may continue them.
    const keyMatches = !!owner?.keyHash && caller.conversationKey !== undefined && secretMatches(caller.conversationKey, owner.keyHash);
    const tokenMatches = !owner?.ownerTokenId || owner.ownerTokenId === caller.tokenId;
    if (!keyMatches || !tokenMatches) {
      throw new MeshmindError(
        'E_FORBIDDEN',
        `conversation ${conversationId} belongs to the client that started it: continuing it needs its conversation key${owner?.ownerTokenId ? ' and the same token' : ''}. Start a new conversation instead.`,
      );
    }
    return undefined;
  }

  /** Resolves when the goal finishes (or at once if it already has); undefined for unknown ids. */
  async whenFinished(goalId: string): Promise<GoalView | undefined> {
    return (await this.running.get(goalId)) ?? this.view(goalId);
  }

  view(goalId: string): GoalView | undefined {
    const goal = this.options.store.getGoal(goalId);
    if (!goal) return undefined;
    return {
      id: goal.id,
      conversationId: goal.conversationId,
      text: goal.text,
      status: goal.status as GoalStatus,
      answer: goal.answer,
      createdAt: goal.createdAt,
      finishedAt: goal.finishedAt,
      subtasks: this.options.store.listSubtasks(goalId).map((row) => ({
        id: row.id,
        deviceId: row.deviceId,
        deviceName: row.deviceName,
        text: row.text,
        status: row.status as SubtaskStatus,
        stage: row.stage,
        message: row.message,
        ...(row.result && 'value' in row.result ? { value: row.result.value } : {}),
      })),
    };
  }

  private publish(goalId: string): void {
    // A view reads every subtask of the goal: built on each progress event with nobody listening,
    // a 1,000-robot goal spent most of its coordinator time here (N events x N rows).
    if (this.listenerCount('goal') === 0) return;
    const view = this.view(goalId);
    if (view) this.emit('goal', view);
  }

  private context(conversationId: string): ConversationContext {
    return (this.options.store.getConversationContext(conversationId) ?? {}) as ConversationContext;
  }

  private saveContext(conversationId: string, context: ConversationContext): void {
    this.options.store.saveConversationContext(conversationId, context as Record<string, unknown>, this.clock());
  }

  private async run(goalId: string, conversationId: string, request: GoalRequest): Promise<GoalView> {
    const { store, registry, logger } = this.options;
    try {
      const context = this.context(conversationId);
      const { pendingConfirmation, pendingClarification, ...carried } = context;
      if (pendingConfirmation && (YES.test(request.text) || NO.test(request.text))) {
        return await this.answerConfirmation(goalId, conversationId, carried, pendingConfirmation, YES.test(request.text));
      }
      const cancelling = this.schedules.answerCancel(request.text);
      if (cancelling) {
        this.finish(goalId, cancelling.status, cancelling.answer);
        return this.view(goalId)!;
      }
      // "move client 2 to 5 GHz until its packet error rate is at most 20%": read, compare, act, re-read.
      const loop = pendingClarification ? null : parseClosedLoopGoal(request.text);
      if (loop) return await this.runClosedLoop(goalId, conversationId, carried, loop);
      const devices = registry.list().map((device) => toPlannerDevice(device, (this.inFlight.get(device.profile.id) ?? 0) > 0));
      const fromAreaId = request.from ? this.resolveOrigin(request.from, devices) : undefined;
      const plan: Plan = await this.options.planner.plan(request.text, devices, {
        ...(fromAreaId ? { fromAreaId } : {}),
        ...(carried.lastDeviceIds ? { lastDeviceIds: carried.lastDeviceIds } : {}),
        ...(pendingClarification ? { pendingClarification } : {}),
        ...(this.options.resources ? { resources: this.options.resources } : {}),
      });
      store.appendEvent({ at: this.clock(), kind: 'goal.planned', goalId, data: plan as unknown as Record<string, unknown> });
      if (plan.kind === 'clarify') {
        this.saveContext(conversationId, { ...carried, pendingClarification: plan.pending });
        this.finish(goalId, 'waiting', plan.question);
        return this.view(goalId)!;
      }
      this.saveContext(conversationId, carried);
      const overlong = plan.steps.find((step) => step.text.length > SUBTASK_TEXT_MAX);
      if (overlong) {
        // Never send what the agent would refuse: say so instead, before anything is done.
        this.finish(goalId, 'failed', `That is too long for me to pass on to ${this.options.registry.get(overlong.deviceId)?.profile.name ?? overlong.deviceId} (more than ${SUBTASK_TEXT_MAX} characters for one device); please say it in shorter parts.`);
        return this.view(goalId)!;
      }
      const rows = this.insertSteps(goalId, plan.steps);
      store.updateGoal(goalId, { status: 'running', unresolved: plan.unresolved });
      this.publish(goalId);
      await this.complete(goalId, conversationId, rows, plan.unresolved);
    } catch (error) {
      logger.error({ err: error, goalId }, 'goal failed');
      this.finish(goalId, 'failed', `Something went wrong while working on that: ${(error as Error).message}`);
    }
    return this.view(goalId)!;
  }

  /**
   * A goal with a measurable target runs in bounded rounds, each reading and action a goal of its
   * own (they show in the console as they run); this goal answers with the rounds and whether the
   * target was reached.
   */
  private async runClosedLoop(goalId: string, conversationId: string, carried: ConversationContext, spec: NonNullable<ReturnType<typeof parseClosedLoopGoal>>): Promise<GoalView> {
    this.saveContext(conversationId, carried);
    this.options.store.updateGoal(goalId, { status: 'running', unresolved: [] });
    this.options.store.appendEvent({ at: this.clock(), kind: 'goal.planned', goalId, data: { kind: 'closed_loop', ...spec } as unknown as Record<string, unknown> });
    this.publish(goalId);
    const { registry, dispatcher, subtaskTimeoutMs } = this.options;
    const report = await new ClosedLoop({ goals: this, registry, dispatcher, subtaskTimeoutMs }).run(spec);
    const status = report.reached ? 'done' : report.rounds.some((round) => round.reading !== null) ? 'partial' : 'failed';
    this.finish(goalId, status, report.answer);
    return this.view(goalId)!;
  }

  private insertSteps(goalId: string, steps: StoredStep[]): SubtaskRow[] {
    const now = this.clock();
    const rows: SubtaskRow[] = steps.map((step) => ({
      id: this.newId(),
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
      step: step as unknown as Record<string, unknown>,
      notBefore: null,
      sentAt: null,
    }));
    this.options.store.insertSubtasks(rows);
    return rows;
  }

  /** Runs every step in dependency order, then answers. Also the path a resumed goal takes. */
  private async complete(goalId: string, conversationId: string, rows: SubtaskRow[], unresolved: string[]): Promise<void> {
    // A late report may have corrected a step while later ones still ran: the stored row is the truth.
    const finished = await this.recheckMisreadings(goalId, (await this.execute(rows)).map((entry) => this.corrected(entry)));
    if (this.stopped && finished.some((entry) => !isFinal(entry.status))) return; // resumed after the restart
    const context = this.context(conversationId);
    const waiting = finished.filter((entry) => entry.status === 'needs_confirmation');
    this.saveContext(conversationId, {
      ...context,
      lastDeviceIds: [...new Set(finished.filter((entry) => !entry.step.condition || entry.status !== 'skipped').map((entry) => entry.step.deviceId))],
      ...(waiting.length > 0
        ? {
            pendingConfirmation: {
              steps: waiting.map((entry) => ({ deviceId: entry.step.deviceId, deviceName: entry.deviceName, text: entry.step.text })),
              expiresAt: this.clock() + (this.options.confirmationTtlMs ?? DEFAULT_CONFIRMATION_TTL_MS),
            },
          }
        : {}),
    });
    const status = rows.length === 0 && unresolved.length === 0 ? 'failed' : goalStatusOf(finished, unresolved);
    const answer = (composeAllocationAnswer(finished) ?? composeAnswer(finished, unresolved)) + (waiting.length > 0 ? ' Shall I go ahead?' : '');
    this.finish(goalId, status, answer);
  }

  private async answerConfirmation(goalId: string, conversationId: string, carried: ConversationContext, pending: PendingConfirmation, confirmed: boolean): Promise<GoalView> {
    this.saveContext(conversationId, carried);
    // A "yes" long after the question may come from someone who never saw it: it must be asked again.
    const expired = pending.expiresAt === undefined || this.clock() > pending.expiresAt;
    if (confirmed && expired) {
      this.finish(goalId, 'failed', 'That request has expired; ask again.');
      return this.view(goalId)!;
    }
    if (!confirmed) {
      this.finish(goalId, 'done', `OK, I left ${pending.steps.map((step) => step.deviceName).join(' and ')} as it is.`);
      return this.view(goalId)!;
    }
    const steps: StoredStep[] = pending.steps.map((step, index) => ({ id: `c${index + 1}`, deviceId: step.deviceId, text: step.text, after: [], confirmed: true }));
    const rows = this.insertSteps(goalId, steps);
    this.options.store.updateGoal(goalId, { status: 'running', unresolved: [] });
    this.publish(goalId);
    await this.complete(goalId, conversationId, rows, []);
    return this.view(goalId)!;
  }

  private async resume(goal: GoalRow): Promise<GoalView> {
    try {
      const rows = this.options.store.listSubtasks(goal.id);
      if (goal.status === 'planning' || rows.length === 0) {
        this.finish(goal.id, 'failed', 'The coordinator restarted before this goal was planned; please say it again.');
      } else {
        await this.complete(goal.id, goal.conversationId, rows, goal.unresolved ?? []);
      }
    } catch (error) {
      this.options.logger.error({ err: error, goalId: goal.id }, 'resuming a goal failed');
      this.finish(goal.id, 'failed', `Something went wrong while finishing that after a restart: ${(error as Error).message}`);
    }
    return this.view(goal.id)!;
  }

  private execute(rows: SubtaskRow[]): Promise<FinishedStep[]> {
    const byStep = new Map<string, Promise<FinishedStep>>();
    for (const row of rows) {
      const step = row.step as unknown as StoredStep;
      const before = step.after.map((id) => byStep.get(id)).filter((entry): entry is Promise<FinishedStep> => !!entry);
      byStep.set(step.id, Promise.all(before).then((earlier) => this.runStep(row, step, earlier)));
    }
    return Promise.all(rows.map((row) => byStep.get((row.step as unknown as StoredStep).id)!));
  }

  private async runStep(row: SubtaskRow, step: StoredStep, earlier: FinishedStep[]): Promise<FinishedStep> {
    const { store } = this.options;
    if (isFinal(row.status as SubtaskStatus)) {
      const result = row.result && 'outcome' in row.result ? (row.result as unknown as SubtaskResult) : undefined;
      return { subtaskId: row.id, step, deviceName: row.deviceName, status: row.status as SubtaskStatus, message: row.message ?? '', ...(result ? { result } : {}) };
    }
    if (step.condition) {
      const condition = step.condition;
      const source = earlier.find((entry) => entry.step.id === condition.stepId);
      const compare = condition.compare;
      const reading = source?.status === 'done' ? source.result?.value : undefined;
      const matches = compare ? comparisonHolds(reading, compare.operator, compare.value) : source ? stepMatches(source, condition.expect) : undefined;
      const holds = matches === undefined ? undefined : condition.negate ? !matches : matches;
      if (holds !== true) {
        const about = source ? source.deviceName : 'the device';
        const message =
          holds === false
            ? compare
              ? `${row.deviceName}: left as it is, because ${about} reads ${typeof reading === 'number' ? withUnit(reading, compare.unit) : String(reading)}, not ${compare.said} ${withUnit(compare.value, compare.unit)}.`
              : `${row.deviceName}: left as it is, because ${about} is ${condition.negate ? '' : 'not '}${condition.expect}.`
            : `${row.deviceName}: not done, because I could not tell whether ${about} is ${condition.expect}.`;
        const status: SubtaskStatus = holds === false ? 'skipped' : 'failed';
        store.updateSubtask(row.id, { status, message, finishedAt: this.clock() });
        this.publish(row.goalId);
        return { step, deviceName: row.deviceName, status, message };
      }
    }
    if (step.delayMs) {
      const notBefore = row.notBefore ?? this.clock() + step.delayMs;
      if (row.notBefore === null && step.delayMs > MAX_SCHEDULE_MS) {
        const message = `${row.deviceName}: not scheduled; I can wait at most a year.`;
        store.updateSubtask(row.id, { status: 'failed', message, finishedAt: this.clock() });
        this.publish(row.goalId);
        return { step, deviceName: row.deviceName, status: 'failed', message };
      }
      if (row.notBefore === null) {
        store.updateSubtask(row.id, { status: 'waiting' });
        this.options.store.appendEvent({ at: this.clock(), kind: 'subtask.scheduled', goalId: row.goalId, deviceId: row.deviceId, data: { id: row.id, notBefore } });
        this.setNotBefore(row, notBefore);
        this.publish(row.goalId);
      }
      const woke = await this.schedules.waitUntil(row.id, notBefore);
      if (woke === 'cancelled') return { step, deviceName: row.deviceName, status: 'cancelled', message: `${row.deviceName}: cancelled before its time; nothing was done.` };
      if (woke === 'stopped' || this.stopped) return { step, deviceName: row.deviceName, status: 'waiting', message: '' };
    }
    return step.alternatives?.length ? this.runWithStandIns(row, step) : this.runSubtask(row, step);
  }

  /** A step with stand-ins: when its device drops off, times out or fails, the next capable one takes it over. */
  private async runWithStandIns(row: SubtaskRow, step: StoredStep): Promise<AllocatedStep> {
    const failed = (finished: FinishedStep) => (finished.status === 'failed' || finished.status === 'timeout' ? finished.message : undefined);
    return this.handOver(row.goalId, step, await this.runSubtask(row, step), failed);
  }

  /**
   * Hands a finished step to its stand-ins, one after another, while `unfit` gives a reason: the
   * device failed, or read the request as something else. Devices of the type that gave it up go last.
   */
  private async handOver(goalId: string, step: StoredStep, first: FinishedStep, unfit: (finished: FinishedStep) => string | undefined): Promise<AllocatedStep> {
    const { registry } = this.options;
    const tried = new Set([first.step.deviceId]);
    const handovers: Array<{ deviceName: string; message: string }> = [...((first as AllocatedStep).handovers ?? [])];
    const online = (deviceId: string) => registry.get(deviceId)?.availability === 'online';
    let finished = first;
    for (let reason = unfit(finished); reason !== undefined && !this.stopped; reason = unfit(finished)) {
      const gaveUpType = registry.get(finished.step.deviceId)?.profile.type;
      const next = pickAlternative(step, tried, online, this.standInLoad, (deviceId) => registry.get(deviceId)?.profile.type === gaveUpType);
      if (!next) break;
      handovers.push({ deviceName: finished.deviceName, message: reason });
      tried.add(next);
      this.standInLoad.set(next, (this.standInLoad.get(next) ?? 0) + 1);
      const [standIn] = this.insertSteps(goalId, [{ ...step, id: `${step.id}.${tried.size}`, deviceId: next, after: [] }]);
      finished = await this.runSubtask(standIn!, standIn!.step as unknown as StoredStep);
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
        return this.handOver(goalId, entry.step as StoredStep, entry, unfit);
      }),
    );
    return finished.map((entry) => rechecked[misread.findIndex((bad) => bad.entry === entry)] ?? entry);
  }

  private setNotBefore(row: SubtaskRow, notBefore: number): void {
    row.notBefore = notBefore;
    this.options.store.setSubtaskNotBefore(row.id, notBefore);
  }

  private resolveOrigin(from: string, devices: PlannerDevice[]): string | undefined {
    const wanted = from.toLowerCase();
    const device = devices.find((candidate) => candidate.id === from);
    if (device?.area) return device.area.id;
    const area = devices
      .map((candidate) => candidate.area)
      .find((candidate) => candidate && (candidate.id === from || candidate.name.toLowerCase() === wanted || candidate.aliases.some((alias) => alias.toLowerCase() === wanted)));
    return area?.id;
  }

  private finish(goalId: string, status: GoalStatus, answer: string): void {
    this.options.store.updateGoal(goalId, { status, answer, finishedAt: this.clock() });
    this.options.store.appendEvent({ at: this.clock(), kind: 'goal.finished', goalId, data: { status, answer } });
    this.publish(goalId);
  }

  private async runSubtask(row: SubtaskRow, step: StoredStep): Promise<FinishedStep> {
    const { store, registry, dispatcher } = this.options;
    const device = registry.get(row.deviceId);
    if (!device || (device.availability === 'offline' && dispatcher.brokerConnected())) {
      const message = `${row.deviceName} is offline, so I could not reach it.`;
      // Never sent, so no report can follow: marked as not dispatched, which no late report corrects.
      store.updateSubtask(row.id, { status: 'failed', message, result: { error: { code: 'E_AGENT_OFFLINE', message }, dispatched: false }, finishedAt: this.clock() });
      this.publish(row.goalId);
      return { subtaskId: row.id, step, deviceName: row.deviceName, status: 'failed', message };
    }
    // The deadline counts from dispatch: a step that waited for others or a delay gets its full time.
    const deadline = this.clock() + this.options.subtaskTimeoutMs;
    const request: SubtaskRequest = {
      id: row.id,
      goalId: row.goalId,
      text: row.text,
      deadline,
      issuedAt: this.clock(),
      ...(step.confirmed ? { confirmed: true } : {}),
    };
    store.updateSubtask(row.id, { status: 'dispatched', deadline });
    store.appendEvent({ at: this.clock(), kind: 'subtask.dispatched', goalId: row.goalId, deviceId: row.deviceId, data: { id: row.id, text: row.text } });
    this.publish(row.goalId);
    this.inFlight.set(row.deviceId, (this.inFlight.get(row.deviceId) ?? 0) + 1);
    const outcome = await dispatcher
      .dispatch(row.deviceId, request, this.clock(), { settleOnOffline: (step.alternatives?.length ?? 0) > 0 })
      .finally(() => this.inFlight.set(row.deviceId, (this.inFlight.get(row.deviceId) ?? 1) - 1));
    if (outcome.kind === 'cancelled' && this.stopped) return { step, deviceName: row.deviceName, status: 'dispatched', message: '' };
    const { status, message, result } = this.interpret(row, outcome);
    store.updateSubtask(row.id, { status, message, result, finishedAt: this.clock() });
    store.appendEvent({ at: this.clock(), kind: 'subtask.finished', goalId: row.goalId, deviceId: row.deviceId, data: { id: row.id, status, message } });
    this.publish(row.goalId);
    return { subtaskId: row.id, step, deviceName: row.deviceName, status, message, ...(outcome.kind === 'result' ? { result: outcome.result } : {}) };
  }

  private interpret(row: SubtaskRow, outcome: DispatchOutcome): { status: SubtaskStatus; message: string; result: Record<string, unknown> | null } {
    switch (outcome.kind) {
      case 'result':
        return { status: outcome.result.outcome, message: outcome.result.message, result: outcome.result as unknown as Record<string, unknown> };
      case 'rejected':
        return { status: 'failed', message: `${row.deviceName} refused the request: ${outcome.error.message}`, result: { error: outcome.error } };
      case 'timeout': {
        const seconds = Math.round(this.options.subtaskTimeoutMs / 100) / 10;
        // An agent at work past the deadline finishes (stopping half way would leave the device in a
        // state nobody asked for): say so, and the answer is corrected when its report comes.
        const stage = this.options.store.getSubtask(row.id)?.stage;
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

  /** The step as its stored row now says, after a late report corrected it. */
  private corrected(entry: FinishedStep): FinishedStep {
    if (!entry.subtaskId) return entry;
    const row = this.options.store.getSubtask(entry.subtaskId);
    if (!row || row.status === entry.status || !isFinal(row.status as SubtaskStatus)) return entry;
    const result = row.result && 'outcome' in row.result ? (row.result as unknown as SubtaskResult) : undefined;
    return { ...entry, status: row.status as SubtaskStatus, message: row.message ?? entry.message, ...(result ? { result } : {}) };
  }

  private recordProgress(progress: SubtaskProgress): void {
    const row = this.options.store.getSubtask(progress.id);
    if (!row || row.goalId !== progress.goalId || row.finishedAt !== null) return;
    this.options.store.updateSubtask(progress.id, { status: 'running', stage: progress.stage });
    this.publish(progress.goalId);
  }
}

function isFinal(status: SubtaskStatus): boolean {
  return !['pending', 'waiting', 'dispatched', 'running'].includes(status);
}
