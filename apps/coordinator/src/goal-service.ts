import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { GoalRequest, GoalView, SubtaskProgress, SubtaskRequest, SubtaskStatus } from '@meshmind/protocol';
import type { Store, SubtaskRow } from './store/store';
import type { DeviceRegistry, RegisteredDevice } from './device-registry';
import type { Dispatcher, DispatchOutcome } from './dispatcher';
import type { Plan, Planner, PlannerDevice } from './planner/planner';
import { composeAnswer, goalStatusOf, type FinishedSubtask } from './answer';

export interface GoalServiceOptions {
  store: Store;
  registry: DeviceRegistry;
  dispatcher: Dispatcher;
  planner: Planner;
  logger: Logger;
  /** How long an agent has for one subtask before the coordinator reports it as not answered. */
  subtaskTimeoutMs: number;
  clock?: () => number;
  newId?: () => string;
}

export interface GoalServiceEvents {
  /** Any change of a goal or one of its subtasks; the live console and `chat` follow these. */
  goal: [view: GoalView];
}

interface ConversationContext {
  lastDeviceIds?: string[];
  [key: string]: unknown;
}

function toPlannerDevice(device: RegisteredDevice): PlannerDevice {
  const profile = device.profile;
  return {
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

/** Runs goals: plan into subtasks, dispatch them over MQTT, collect the reports, answer honestly. */
export class GoalService extends EventEmitter<GoalServiceEvents> {
  private readonly clock: () => number;
  private readonly newId: () => string;
  private readonly running = new Map<string, Promise<GoalView>>();
  private readonly onProgress = (progress: SubtaskProgress) => this.recordProgress(progress);

  constructor(private readonly options: GoalServiceOptions) {
    super();
    this.clock = options.clock ?? Date.now;
    this.newId = options.newId ?? (() => randomUUID());
  }

  start(): void {
    this.options.dispatcher.on('progress', this.onProgress);
  }

  async stop(): Promise<void> {
    this.options.dispatcher.off('progress', this.onProgress);
    await Promise.allSettled([...this.running.values()]);
  }

  /** Records the goal and starts it; `finished` resolves with its final view. */
  submit(request: GoalRequest): { goalId: string; finished: Promise<GoalView> } {
    const goalId = this.newId();
    const conversationId = request.conversationId ?? this.newId();
    this.options.store.insertGoal({
      id: goalId,
      conversationId,
      text: request.text,
      origin: request.from ?? null,
      status: 'planning',
      answer: null,
      createdAt: this.clock(),
      finishedAt: null,
    });
    this.options.store.appendEvent({ at: this.clock(), kind: 'goal.created', goalId, data: { text: request.text } });
    const finished = this.run(goalId, conversationId, request).finally(() => this.running.delete(goalId));
    this.running.set(goalId, finished);
    return { goalId, finished };
  }

  view(goalId: string): GoalView | undefined {
    const goal = this.options.store.getGoal(goalId);
    if (!goal) return undefined;
    return {
      id: goal.id,
      conversationId: goal.conversationId,
      text: goal.text,
      status: goal.status as GoalView['status'],
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
    const view = this.view(goalId);
    if (view) this.emit('goal', view);
  }

  private async run(goalId: string, conversationId: string, request: GoalRequest): Promise<GoalView> {
    const { store, registry, logger } = this.options;
    try {
      const context = (store.getConversationContext(conversationId) ?? {}) as ConversationContext;
      const devices = registry.list().map(toPlannerDevice);
      const fromAreaId = request.from ? this.resolveOrigin(request.from, devices) : undefined;
      const plan: Plan = await this.options.planner.plan(request.text, devices, {
        ...(fromAreaId ? { fromAreaId } : {}),
        ...(context.lastDeviceIds ? { lastDeviceIds: context.lastDeviceIds } : {}),
      });
      store.appendEvent({ at: this.clock(), kind: 'goal.planned', goalId, data: plan as unknown as Record<string, unknown> });
      if (plan.kind === 'clarify') {
        this.finish(goalId, 'done', plan.question);
        return this.view(goalId)!;
      }
      const now = this.clock();
      const rows: SubtaskRow[] = plan.subtasks.map((subtask) => ({
        id: this.newId(),
        goalId,
        deviceId: subtask.deviceId,
        deviceName: registry.get(subtask.deviceId)?.profile.name ?? subtask.deviceId,
        text: subtask.text,
        status: 'pending',
        stage: null,
        message: null,
        result: null,
        deadline: now + this.options.subtaskTimeoutMs,
        createdAt: now,
        finishedAt: null,
      }));
      store.insertSubtasks(rows);
      store.updateGoal(goalId, { status: 'running' });
      this.publish(goalId);

      // Devices work in parallel; one device's subtasks run in the order the person said them.
      const byDevice = new Map<string, SubtaskRow[]>();
      for (const row of rows) byDevice.set(row.deviceId, [...(byDevice.get(row.deviceId) ?? []), row]);
      const finished: Array<FinishedSubtask & { id: string }> = [];
      await Promise.all(
        [...byDevice.values()].map(async (deviceRows) => {
          for (const row of deviceRows) finished.push(await this.runSubtask(row));
        }),
      );
      const ordered = rows.map((row) => finished.find((entry) => entry.id === row.id)!).map(({ id: _id, ...rest }) => rest);
      store.saveConversationContext(conversationId, { ...context, lastDeviceIds: [...byDevice.keys()] }, this.clock());
      this.finish(goalId, plan.subtasks.length === 0 && plan.unresolved.length === 0 ? 'failed' : goalStatusOf(ordered, plan.unresolved), composeAnswer(ordered, plan.unresolved));
    } catch (error) {
      logger.error({ err: error, goalId }, 'goal failed');
      this.finish(goalId, 'failed', `Something went wrong while working on that: ${(error as Error).message}`);
    }
    return this.view(goalId)!;
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

  private finish(goalId: string, status: 'done' | 'partial' | 'failed', answer: string): void {
    this.options.store.updateGoal(goalId, { status, answer, finishedAt: this.clock() });
    this.options.store.appendEvent({ at: this.clock(), kind: 'goal.finished', goalId, data: { status, answer } });
    this.publish(goalId);
  }

  private async runSubtask(row: SubtaskRow): Promise<FinishedSubtask & { id: string }> {
    const { store, registry, dispatcher } = this.options;
    const device = registry.get(row.deviceId);
    if (!device || device.availability === 'offline') {
      const message = `${row.deviceName} is offline, so I could not reach it.`;
      store.updateSubtask(row.id, { status: 'failed', message, result: { error: { code: 'E_AGENT_OFFLINE', message } }, finishedAt: this.clock() });
      this.publish(row.goalId);
      return { id: row.id, deviceName: row.deviceName, status: 'failed', message };
    }
    const request: SubtaskRequest = { id: row.id, goalId: row.goalId, text: row.text, deadline: row.deadline, issuedAt: this.clock() };
    store.updateSubtask(row.id, { status: 'dispatched' });
    store.appendEvent({ at: this.clock(), kind: 'subtask.dispatched', goalId: row.goalId, deviceId: row.deviceId, data: { id: row.id, text: row.text } });
    this.publish(row.goalId);
    const outcome = await dispatcher.dispatch(row.deviceId, request, this.clock());
    const { status, message, result } = this.interpret(row, outcome);
    store.updateSubtask(row.id, { status, message, result, finishedAt: this.clock() });
    store.appendEvent({ at: this.clock(), kind: 'subtask.finished', goalId: row.goalId, deviceId: row.deviceId, data: { id: row.id, status, message } });
    this.publish(row.goalId);
    return { id: row.id, deviceName: row.deviceName, status, message };
  }

  private interpret(row: SubtaskRow, outcome: DispatchOutcome): { status: SubtaskStatus; message: string; result: Record<string, unknown> | null } {
    switch (outcome.kind) {
      case 'result': {
        const status: SubtaskStatus = outcome.result.outcome;
        return { status, message: outcome.result.message, result: outcome.result as unknown as Record<string, unknown> };
      }
      case 'rejected':
        return { status: 'failed', message: `${row.deviceName} refused the request: ${outcome.error.message}`, result: { error: outcome.error } };
      case 'timeout': {
        const seconds = Math.round(this.options.subtaskTimeoutMs / 100) / 10;
        return { status: 'timeout', message: `${row.deviceName} did not answer within ${seconds} s.`, result: null };
      }
      case 'offline':
        return { status: 'failed', message: `${row.deviceName} went offline before it finished.`, result: { error: { code: 'E_AGENT_OFFLINE' } } };
      case 'cancelled':
        return { status: 'failed', message: `The coordinator stopped before ${row.deviceName} finished.`, result: { error: { code: 'E_CANCELLED' } } };
    }
  }

  private recordProgress(progress: SubtaskProgress): void {
    const row = this.options.store.getSubtask(progress.id);
    if (!row || row.goalId !== progress.goalId || row.finishedAt !== null) return;
    this.options.store.updateSubtask(progress.id, { status: 'running', stage: progress.stage });
    this.publish(progress.goalId);
  }
}
