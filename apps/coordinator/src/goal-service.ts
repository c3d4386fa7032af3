import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { enPlanning } from '@meshmind/language';
import { SUBTASK_TEXT_MAX, type GoalRequest, type GoalView, type SubtaskProgress } from '@meshmind/protocol';
import { composeAnswer, goalStatusOf } from './answer';
import { ClosedLoop, parseClosedLoopGoal } from './closed-loop';
import { ConversationTurns, type GoalCaller } from './conversation-turns';
import { Corrections, type CorrectionOutcome } from './corrections';
import { LearnedAliases } from './learned-aliases';
import type { DeviceRegistry, RegisteredDevice } from './device-registry';
import type { Dispatcher } from './dispatcher';
import { LateReports } from './late-reports';
import { composeAllocationAnswer } from './planner/allocation';
import type { Plan, Planner, PlannerDevice, SiteResource } from './planner/planner';
import { Schedules } from './schedules';
import { StepScheduler } from './step-scheduler';
import type { ConversationContext, PendingConfirmation, StoredStep } from './store/records';
import type { GoalRow, Store, SubtaskRow } from './store/store';
import { isFinal, SubtaskLedger, type GoalAnswer } from './subtask-ledger';

export { DEFAULT_CONFIRMATION_TTL_MS } from './conversation-turns';
export type { GoalCaller } from './conversation-turns';

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

export interface SubmittedGoal {
  goalId: string;
  finished: Promise<GoalView>;
  /** Only when this goal started a conversation: the key to continue it, given to no one else. */
  conversationKey?: string;
}

/** A UTF-16 code unit of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Strings a TEXT column gives back exactly as they went in: any without a lone surrogate. */
function storedAsIs(...texts: string[]): boolean {
  return texts.every((text) => !LONE_SURROGATE.test(text));
}

export function toPlannerDevice(device: RegisteredDevice, busy: boolean): PlannerDevice {
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
 * Runs goals: one conversation turn each (ConversationTurns), planned into a small graph of
 * subtasks that the StepScheduler runs over MQTT, recorded in the SubtaskLedger, answered honestly.
 * Goals, subtasks and the conversation live in the store, so a restarted coordinator finishes what
 * it had started.
 */
export class GoalService extends EventEmitter<GoalServiceEvents> {
  private readonly clock: () => number;
  private readonly newId: () => string;
  private readonly running = new Map<string, Promise<GoalView>>();
  /** Steps waiting for their time, and calling them off. */
  readonly schedules: Schedules;
  private readonly ledger: SubtaskLedger;
  private readonly turns: ConversationTurns;
  private readonly steps: StepScheduler;
  private readonly lateReports: LateReports;
  /** Names and phrasings the home taught in conversation (the HTTP API lists and removes them). */
  readonly aliases: LearnedAliases;
  private readonly corrections: Corrections;
  private readonly onProgress = (progress: SubtaskProgress) => this.recordProgress(progress);

  constructor(private readonly options: GoalServiceOptions) {
    super();
    this.clock = options.clock ?? Date.now;
    this.newId = options.newId ?? (() => randomUUID());
    const { store, registry, dispatcher, logger, subtaskTimeoutMs } = options;
    const publish = (goalId: string) => this.publish(goalId);
    this.ledger = new SubtaskLedger({ store, registry, subtaskTimeoutMs, clock: this.clock, newId: this.newId, publish, logger });
    this.turns = new ConversationTurns({ store, clock: this.clock, ...(options.confirmationTtlMs === undefined ? {} : { confirmationTtlMs: options.confirmationTtlMs }) });
    this.lateReports = new LateReports({ store, dispatcher, logger, clock: this.clock, publish });
    this.schedules = new Schedules({ store, registry, clock: this.clock, publish });
    this.steps = new StepScheduler({ ledger: this.ledger, registry, dispatcher, schedules: this.schedules, subtaskTimeoutMs, clock: this.clock });
    this.aliases = new LearnedAliases({ store, clock: this.clock });
    this.corrections = new Corrections({ store, registry, planner: options.planner, aliases: this.aliases, clock: this.clock });
  }

  /** Listens to progress and picks up goals a previous run of the coordinator left unfinished. */
  start(): void {
    this.steps.start();
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
    this.steps.stop();
    this.options.dispatcher.off('progress', this.onProgress);
    this.lateReports.stop();
    this.schedules.stop();
    await Promise.allSettled([...this.running.values()]);
    this.ledger.stop();
  }

  /**
   * Records the goal and starts it; `finished` resolves with its final view. A `caller` from
   * outside the process may continue only a conversation it started (E_FORBIDDEN otherwise).
   */
  submit(request: GoalRequest, caller?: GoalCaller): SubmittedGoal {
    const goalId = this.newId();
    const conversationId = request.conversationId ?? this.newId();
    const { store } = this.options;
    // The conversation, the goal and its event: one commit (all or none) instead of three.
    const createdAt = this.clock();
    const conversationKey = store.transaction(() => {
      const key = this.turns.admit(conversationId, caller);
      store.insertGoal({
        id: goalId,
        conversationId,
        text: request.text,
        origin: request.from ?? null,
        status: 'planning',
        answer: null,
        createdAt,
        finishedAt: null,
        unresolved: null,
      });
      store.appendEvent({ at: this.clock(), kind: 'goal.created', goalId, data: { text: request.text } });
      return key;
    });
    const finished = this.run(goalId, conversationId, request, createdAt).finally(() => this.running.delete(goalId));
    this.running.set(goalId, finished);
    return { goalId, finished, ...(conversationKey ? { conversationKey } : {}) };
  }

  /** Resolves when the goal finishes (or at once if it already has); undefined for unknown ids. */
  async whenFinished(goalId: string): Promise<GoalView | undefined> {
    return (await this.running.get(goalId)) ?? this.view(goalId);
  }

  view(goalId: string): GoalView | undefined {
    return this.ledger.view(goalId);
  }

  private publish(goalId: string): void {
    // A view reads every subtask of the goal: built on each progress event with nobody listening,
    // a 1,000-robot goal spent most of its coordinator time here (N events x N rows).
    if (this.listenerCount('goal') === 0) return;
    const view = this.view(goalId);
    if (view) this.emit('goal', view);
  }

  private async run(goalId: string, conversationId: string, request: GoalRequest, createdAt: number): Promise<GoalView> {
    const { store, registry, logger } = this.options;
    try {
      const turn = this.turns.begin(conversationId, request.text);
      const { carried, pendingClarification } = turn;
      if (turn.confirmation) return await this.answerConfirmation(goalId, conversationId, carried, turn.confirmation.pending, turn.confirmation.confirmed);
      const cancelling = this.schedules.answerCancel(request.text) ?? this.schedules.answerRepeat(request.text);
      if (cancelling) {
        this.ledger.finishGoal(goalId, cancelling.status, cancelling.answer);
        return this.view(goalId)!;
      }
      // "move client 2 to 5 GHz until its packet error rate is at most 20%": read, compare, act, re-read.
      const loop = pendingClarification ? null : parseClosedLoopGoal(request.text);
      if (loop) return await this.runClosedLoop(goalId, conversationId, carried, loop);
      const devices = this.aliases.apply(registry.list().map((device) => toPlannerDevice(device, this.steps.busy(device.profile.id))));
      // "no, I meant the floor lamp", "call the floor lamp 'the big light'" (corrections.ts).
      const correction = pendingClarification ? undefined : this.corrections.read(goalId, conversationId, request.text, carried, devices);
      if (correction) return await this.runCorrection(goalId, conversationId, carried, correction);
      const fromAreaId = request.from ? this.resolveOrigin(request.from, devices) : undefined;
      const plan: Plan = await this.options.planner.plan(request.text, devices, {
        ...(fromAreaId ? { fromAreaId } : {}),
        ...(carried.lastDeviceIds ? { lastDeviceIds: carried.lastDeviceIds } : {}),
        ...(pendingClarification ? { pendingClarification } : {}),
        ...(this.options.resources ? { resources: this.options.resources } : {}),
      });
      // A repeat is refused unless every step that says it goes to a list that keeps it as an item's words (schedules.ts).
      const repeat = this.schedules.answerRepeat(request.text, plan.kind === 'steps' ? plan.steps : plan.pending.candidateIds.map((deviceId) => ({ deviceId, text: plan.pending.text })));
      if (repeat) {
        this.ledger.finishGoal(goalId, repeat.status, repeat.answer);
        return this.view(goalId)!;
      }
      const planned = () => store.appendEvent({ at: this.clock(), kind: 'goal.planned', goalId, data: { ...plan } });
      if (plan.kind === 'clarify') {
        planned();
        this.turns.save(conversationId, { ...carried, pendingClarification: plan.pending });
        this.ledger.finishGoal(goalId, 'waiting', plan.question);
        return this.view(goalId)!;
      }
      const overlong = plan.steps.find((step) => step.text.length > SUBTASK_TEXT_MAX);
      if (overlong) {
        planned();
        this.turns.save(conversationId, carried);
        // Never send what the agent would refuse: say so instead, before anything is done.
        this.ledger.finishGoal(goalId, 'failed', `That is too long for me to pass on to ${registry.get(overlong.deviceId)?.profile.name ?? overlong.deviceId} (more than ${SUBTASK_TEXT_MAX} characters for one device); please say it in shorter parts.`);
        return this.view(goalId)!;
      }
      // The plan, the conversation and the subtask rows: one commit, before anything is sent (it
      // was five, each in front of the subtask going out).
      const rows = store.transaction(() => {
        planned();
        this.turns.save(conversationId, carried);
        return this.recordSteps(goalId, plan.steps, plan.unresolved);
      });
      const answered = await this.complete(goalId, conversationId, rows, plan.unresolved);
      // The goal's row as this process inserted and answered it: shown without reading it back. A
      // lone surrogate is stored as something else (SQLite holds UTF-8): such a goal is read back.
      if (answered && storedAsIs(request.text, conversationId, answered.answer ?? '')) {
        return this.ledger.viewOf({ id: goalId, conversationId, text: request.text, createdAt, ...answered });
      }
    } catch (error) {
      logger.error({ err: error, goalId }, 'goal failed');
      this.ledger.finishGoal(goalId, 'failed', `Something went wrong while working on that: ${(error as Error).message}`);
    }
    return this.view(goalId)!;
  }

  /**
   * A goal with a measurable target runs in bounded rounds, each reading and action a goal of its
   * own (they show in the console as they run); this goal answers with the rounds and whether the
   * target was reached.
   */
  private async runClosedLoop(goalId: string, conversationId: string, carried: ConversationContext, spec: NonNullable<ReturnType<typeof parseClosedLoopGoal>>): Promise<GoalView> {
    this.turns.save(conversationId, carried);
    this.options.store.appendEvent({ at: this.clock(), kind: 'goal.planned', goalId, data: { kind: 'closed_loop', ...spec } });
    this.ledger.startGoal(goalId, []);
    const { registry, dispatcher, subtaskTimeoutMs } = this.options;
    const report = await new ClosedLoop({ goals: this, registry, dispatcher, subtaskTimeoutMs }).run(spec);
    const status = report.reached ? 'done' : report.rounds.some((round) => round.reading !== null) ? 'partial' : 'failed';
    this.ledger.finishGoal(goalId, status, report.answer);
    return this.view(goalId)!;
  }

  private async runCorrection(goalId: string, conversationId: string, carried: ConversationContext, outcome: CorrectionOutcome): Promise<GoalView> {
    this.turns.save(conversationId, carried);
    if (outcome.kind === 'answer') this.ledger.finishGoal(goalId, outcome.status, outcome.answer);
    else await this.runSteps(goalId, conversationId, outcome.steps, [], outcome.note);
    return this.view(goalId)!;
  }

  private async answerConfirmation(goalId: string, conversationId: string, carried: ConversationContext, pending: PendingConfirmation, confirmed: boolean): Promise<GoalView> {
    this.turns.save(conversationId, carried);
    if (confirmed && this.turns.isExpired(pending)) {
      this.ledger.finishGoal(goalId, 'failed', 'That request has expired; ask again.');
      return this.view(goalId)!;
    }
    if (!confirmed) {
      this.ledger.finishGoal(goalId, 'done', `OK, I left ${pending.steps.map((step) => step.deviceName).join(' and ')} as it is.`);
      return this.view(goalId)!;
    }
    const steps: StoredStep[] = pending.steps.map((step, index) => ({ id: `c${index + 1}`, deviceId: step.deviceId, text: step.text, after: [], confirmed: true }));
    await this.runSteps(goalId, conversationId, steps, []);
    return this.view(goalId)!;
  }

  /** Records a plan's steps, marks the goal running and runs it to its answer. */
  private async runSteps(goalId: string, conversationId: string, steps: StoredStep[], unresolved: string[], note = ''): Promise<void> {
    const rows = this.options.store.transaction(() => this.recordSteps(goalId, steps, unresolved));
    await this.complete(goalId, conversationId, rows, unresolved, note);
  }

  /**
   * A plan's steps as subtask rows, the goal running, and the steps that go out at once marked
   * dispatched (the caller holds the transaction, and runs the rows in the same turn).
   */
  private recordSteps(goalId: string, steps: StoredStep[], unresolved: string[]): SubtaskRow[] {
    // What the devices were like before, so that "no, I meant ..." can put one back.
    this.corrections.recordStatesBefore(goalId, steps);
    const rows = this.ledger.insert(goalId, steps);
    this.ledger.startGoal(goalId, unresolved);
    this.steps.prepare(rows);
    return rows;
  }

  private async resume(goal: GoalRow): Promise<GoalView> {
    try {
      const rows = this.options.store.listSubtasks(goal.id);
      if (goal.status === 'planning' || rows.length === 0) {
        this.ledger.finishGoal(goal.id, 'failed', 'The coordinator restarted before this goal was planned; please say it again.');
      } else {
        await this.complete(goal.id, goal.conversationId, rows, goal.unresolved ?? []);
      }
    } catch (error) {
      this.options.logger.error({ err: error, goalId: goal.id }, 'resuming a goal failed');
      this.ledger.finishGoal(goal.id, 'failed', `Something went wrong while finishing that after a restart: ${(error as Error).message}`);
    }
    return this.view(goal.id)!;
  }

  /** Runs every step in dependency order, then answers. Also the path a resumed goal takes. */
  private async complete(goalId: string, conversationId: string, rows: SubtaskRow[], unresolved: string[], note = ''): Promise<GoalAnswer | undefined> {
    const finished = await this.steps.run(goalId, rows);
    if (this.steps.isStopped && finished.some((entry) => !isFinal(entry.status))) return undefined; // resumed after the restart
    const waiting = finished.some((entry) => entry.status === 'needs_confirmation');
    const status = rows.length === 0 && unresolved.length === 0 ? 'failed' : goalStatusOf(finished, unresolved);
    const answer = (composeAllocationAnswer(finished) ?? composeAnswer(finished, unresolved)) + note + (waiting ? ` ${enPlanning.answers.question.shallI}` : '');
    return this.ledger.finishGoal(goalId, status, answer, () => this.turns.remember(conversationId, finished, goalId));
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

  /** The broker took a subtask over (the dispatcher's outbox); written with the subtask's next write. */
  recordSent(subtaskId: string, sentAt: number): void {
    this.ledger.recordSent(subtaskId, sentAt);
  }

  private recordProgress(progress: SubtaskProgress): void {
    this.ledger.recordStage(progress.id, progress.goalId, progress.stage);
  }
}
