import { EventEmitter } from 'node:events';
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import {
  MESSAGE_VALIDATORS,
  REPORT_STAGES_PROPERTY,
  publishMessage,
  type ErrorBody,
  type SubtaskProgress,
  type SubtaskReport,
  type SubtaskRequest,
  type SubtaskResult,
  type Topics,
} from '@meshmind/protocol';

export type DispatchOutcome =
  | { kind: 'result'; result: SubtaskResult }
  | { kind: 'rejected'; error: ErrorBody }
  | { kind: 'timeout' }
  | { kind: 'offline' }
  | { kind: 'cancelled' };

interface PendingSubtask {
  deviceId: string;
  request: SubtaskRequest;
  /** The broker acknowledged the request (PUBACK): from here on it is the broker's to deliver. */
  sent: boolean;
  /** A publish of it is under way (mqtt.js holds it, and sends it again itself after a reconnect). */
  sending: boolean;
  resolve: (outcome: DispatchOutcome) => void;
  timer: NodeJS.Timeout;
  /** The device went offline while this subtask was out; it may still come back and report. */
  offline: boolean;
  /** Settle as offline at once instead of waiting for a restart: someone else can take the subtask over. */
  settleOnOffline: boolean;
}

/** A report for a subtask no longer waited for (settled as timed out or offline, or answered before). */
export interface UnmatchedReport {
  /** The device whose reports topic carried it. */
  deviceId: string;
  report: SubtaskReport & { id: string };
}

/**
 * The persisted side of the outbox: the subtask row already exists; this records when the broker took
 * it over, so a request never handed over shows as such (sent_at null) in the store. Called at the
 * PUBACK; the recorder decides when to write it (the ledger writes it with the subtask's next write).
 */
export interface SubtaskOutbox {
  markSent(subtaskId: string, sentAt: number): void;
}

export interface DispatcherOptions {
  outbox?: SubtaskOutbox;
  clock?: () => number;
}

export interface DispatcherEvents {
  progress: [progress: SubtaskProgress];
  /** The goal service decides, by subtask id, whether it corrects a settled subtask. */
  late: [late: UnmatchedReport];
}

/**
 * Sends subtasks to device agents and waits for their reports, each with its own deadline
 * (LLMind 2.0's timeout: a silent agent never blocks a goal). Reports are matched by subtask id.
 *
 * An outbox: a request the broker did not acknowledge (the publish failed, or the client was away and
 * mqtt.js lost it) stays pending and is published again each time the client (re)connects, until its
 * deadline. The deadline is not moved by a re-send: it is in the request the agent already may hold,
 * and the person waiting for the goal was promised that bound. Agents deduplicate by subtask id, so a
 * second copy is harmless.
 */
export class Dispatcher extends EventEmitter<DispatcherEvents> {
  private readonly pending = new Map<string, PendingSubtask>();
  private client: MqttClient | null = null;
  private readonly onMessage = (topic: string, payload: Buffer) => this.handleMessage(topic, payload);
  private readonly onConnect = (connack?: { sessionPresent?: boolean }) => {
    // A broker that lost this client's session (restarted without it, or killed before it saved
    // it) also lost whatever it had queued both ways: every open subtask goes out again.
    if (connack && connack.sessionPresent === false) this.resendAll('the broker lost this session');
    else this.resendUnsent();
  };
  private readonly clock: () => number;

  constructor(
    private readonly topics: Topics,
    private readonly logger: Logger,
    private readonly options: DispatcherOptions = {},
  ) {
    super();
    this.clock = options.clock ?? Date.now;
  }

  async start(client: MqttClient): Promise<void> {
    this.client = client;
    client.on('message', this.onMessage);
    client.on('connect', this.onConnect);
    await client.subscribeAsync([this.topics.allDevices('reports'), this.topics.allDevices('progress')], { qos: 1 });
  }

  async stop(): Promise<void> {
    this.client?.off('message', this.onMessage);
    this.client?.off('connect', this.onConnect);
    this.client = null;
    for (const [id, pending] of this.pending) this.settle(id, pending, { kind: 'cancelled' });
  }

  /**
   * Publishes the request and resolves with the agent's report, or timeout at the request's
   * deadline (or at `answerBy`, when a report is still worth waiting for after it).
   */
  async dispatch(deviceId: string, request: SubtaskRequest, now: number, options: { settleOnOffline?: boolean; answerBy?: number } = {}): Promise<DispatchOutcome> {
    const client = this.client;
    if (!client) return { kind: 'cancelled' };
    const outcome = new Promise<DispatchOutcome>((resolve) => {
      const timer = setTimeout(() => {
        const pending = this.pending.get(request.id);
        if (pending) this.settle(request.id, pending, pending.offline ? { kind: 'offline' } : { kind: 'timeout' });
      }, Math.max(0, Math.max(request.deadline, options.answerBy ?? 0) - now));
      this.pending.set(request.id, {
        deviceId,
        request,
        sent: false,
        sending: false,
        resolve,
        timer,
        offline: false,
        settleOnOffline: options.settleOnOffline ?? false,
      });
    });
    void this.send(request.id);
    return outcome;
  }

  /** Hands one pending request to the broker; on failure it stays in the outbox for the next connect. */
  private async send(id: string): Promise<void> {
    const pending = this.pending.get(id);
    const client = this.client;
    if (!pending || !client || pending.sent || pending.sending) return;
    pending.sending = true;
    try {
      // While the client is away mqtt.js keeps a QoS 1 publish in its outgoing store and sends it on reconnect.
      await publishMessage(client, this.topics.device(pending.deviceId, 'subtasks'), pending.request, {
        responseTopic: this.topics.device(pending.deviceId, 'reports'),
        correlationData: id,
        // This coordinator reads a report's `stages`: the agent may leave out its last progress message.
        userProperties: { [REPORT_STAGES_PROPERTY]: '1' },
      });
      pending.sent = true;
      if (this.pending.get(id) === pending) this.options.outbox?.markSent(id, this.clock());
    } catch (error) {
      this.logger.warn({ err: error, deviceId: pending.deviceId, id }, 'publishing a subtask failed; it stays in the outbox until the next connect');
    } finally {
      pending.sending = false;
    }
  }

  /**
   * Publishes open subtasks again even though the broker took them once: the copy or the agent's
   * report may have been lost with a broker's session (a broker killed before it saved its
   * sessions, or one that keeps them in memory). The agent runs a subtask id once and answers a
   * copy with the report it already sent, so a second copy costs a message, never a second effect.
   */
  private resendAll(reason: string, deviceId?: string): void {
    for (const [id, pending] of this.pending) {
      if (deviceId !== undefined && pending.deviceId !== deviceId) continue;
      if (pending.sending) continue;
      this.logger.info({ deviceId: pending.deviceId, id, reason }, 're-sending an open subtask');
      pending.sent = false;
      void this.send(id);
    }
  }

  private resendUnsent(): void {
    for (const [id, pending] of this.pending) {
      if (pending.sent || pending.sending) continue;
      this.logger.info({ deviceId: pending.deviceId, id }, 're-sending a subtask the broker never acknowledged');
      void this.send(id);
    }
  }

  /**
   * Whether the coordinator is connected to the broker now. While it is not, what it knows of the
   * devices' availability may be stale (a broker that shuts down publishes every client's last will
   * first), so a subtask goes to the outbox rather than being refused as "offline".
   */
  brokerConnected(): boolean {
    return this.client?.connected ?? false;
  }

  /** Requests waiting for the broker's acknowledgement (for tests and diagnostics). */
  unsentCount(): number {
    let count = 0;
    for (const pending of this.pending.values()) if (!pending.sent) count += 1;
    return count;
  }

  /**
   * Notes that a device went offline or came back. Its subtasks keep waiting until their deadline:
   * an agent that restarts resumes its persisted tasks and reports them; one that stays away is
   * reported offline.
   */
  deviceAvailability(deviceId: string, online: boolean): void {
    // An agent that says it is (back) online may have missed its subtask or lost its report with
    // a broker's session: it gets its open subtasks again (a copy it has seen is answered, not run).
    if (online && this.client?.connected) this.resendAll('the device came online', deviceId);
    for (const [id, pending] of this.pending) {
      if (pending.deviceId !== deviceId) continue;
      pending.offline = !online;
      if (!online && pending.settleOnOffline) this.settle(id, pending, { kind: 'offline' });
    }
  }

  private settle(id: string, pending: PendingSubtask, outcome: DispatchOutcome): void {
    clearTimeout(pending.timer);
    this.pending.delete(id);
    pending.resolve(outcome);
  }

  private handleMessage(topic: string, payload: Buffer): void {
    const parsed = this.topics.parse(topic);
    if (!parsed) return;
    if (parsed.channel === 'progress') {
      const progress = MESSAGE_VALIDATORS.subtaskProgress.parse(payload);
      if (!progress.ok) {
        this.logger.warn({ topic, error: progress.error.message }, 'dropped invalid progress event');
        return;
      }
      // One message may carry the stages a task passed since the agent's previous one: each is an
      // event of its own here, in order, so that followers see every stage as before.
      const { earlier, ...latest } = progress.value;
      for (const passed of earlier ?? []) this.emit('progress', { id: latest.id, goalId: latest.goalId, deviceId: latest.deviceId, ...passed });
      this.emit('progress', latest);
      return;
    }
    if (parsed.channel !== 'reports') return;
    const report = MESSAGE_VALIDATORS.subtaskReport.parse(payload);
    if (!report.ok) {
      this.logger.warn({ topic, error: report.error.message }, 'dropped invalid report');
      return;
    }
    const id = report.value.id;
    if (id === null) return;
    const pending = this.pending.get(id);
    if (!pending) {
      // Late (past the deadline, or after an agent restart) or a duplicate: the subtask was settled.
      this.emit('late', { deviceId: parsed.deviceId, report: { ...report.value, id } });
      return;
    }
    if (pending.deviceId !== parsed.deviceId) {
      this.logger.warn({ topic, id }, 'dropped a report from a device the subtask was not sent to');
      return;
    }
    if (report.value.status === 'ok') {
      // The task's last stages, in order, before its end: followers see them as if they had come
      // in a progress message just ahead of the report.
      const { goalId } = pending.request;
      for (const passed of report.value.stages ?? []) this.emit('progress', { id, goalId, deviceId: parsed.deviceId, ...passed });
      this.settle(id, pending, { kind: 'result', result: report.value.data });
    }
    else this.settle(id, pending, { kind: 'rejected', error: report.value.error });
  }
}
