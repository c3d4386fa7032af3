import type { MqttClient, IPublishPacket } from 'mqtt';
import type { Logger } from 'pino';
import {
  AVAILABILITY,
  AvailabilityClock,
  MESSAGE_VALIDATORS,
  PROTOCOL_VERSION,
  REPORT_STAGES_PROPERTY,
  Topics,
  agentClientId,
  apiDocHash,
  closeMqtt,
  publishIfConnected,
  connectMqtt,
  publishMessage,
  safeParseJson,
  toMeshmindError,
  type DeviceProfile,
  type SubtaskProgress,
  type SubtaskReport,
  type SubtaskRequest,
  type SubtaskResult,
} from '@meshmind/protocol';
import { enMapping, fillTemplate } from '@meshmind/language';
import type { DeviceState } from '@meshmind/devices';
import { TaskRunner, agentEpochMemory, type TaskResultDetails } from '@meshmind/fsm';
import type { DeviceAgentOptions } from './device-agent-options';
import { ProgressOutbox } from './progress-outbox';
import { sayResult } from './say-result';

export type { DeviceAgentOptions, DeviceIdentity } from './device-agent-options';

export const AGENT_VERSION = '0.1.0';

const DEFAULT_STATE_INTERVAL_MS = 200;
/** CONNACK codes of a refused login: 4 and 5 in MQTT 3.1.1; 134, 135 and 138 in MQTT 5. */
const CREDENTIALS_REFUSED = new Set([4, 5, 134, 135, 138]);
/**
 * Finished reports kept to answer a redelivered subtask (QoS 1 redelivers within seconds of a
 * reconnect). Each holds the device state and calls; 1,000 per agent was most of the memory a busy
 * home's process kept growing by (bench:soak).
 */
const REMEMBERED_SUBTASKS = 256;

/**
 * One device's mind on the network: announces itself (retained profile, availability with a last
 * will, state), takes subtasks in natural language, runs them on its driver and reports back.
 */
export class DeviceAgent {
  readonly topics: Topics;
  private client: MqttClient | null = null;
  private readonly clock: () => number;
  private readonly finished = new Map<string, SubtaskReport>();
  /** Subtasks running now, with the response topics of duplicates that arrived meanwhile. */
  private readonly inFlight = new Map<string, string[]>();
  /** Tasks answered "needs confirmation" and then released: their cancellation is not reported. */
  private readonly released = new Set<string>();
  /** Subtasks a persistent session delivered before the task runner was ready. */
  private readonly early: Array<[topic: string, payload: Buffer, packet: IPublishPacket]> = [];
  private runner: TaskRunner | null = null;
  private stopping = false;
  private unsubscribeState: (() => void) | null = null;
  /** While set, a state was published less than stateIntervalMs ago: changes wait in pendingState. */
  private stateGate: ReturnType<typeof setTimeout> | null = null;
  private pendingState: DeviceState | null = null;
  private readonly onMessage = (topic: string, payload: Buffer, packet: IPublishPacket) => this.handleMessage(topic, payload, packet);
  /** Stages go out once per turn of the event loop, one message per task (progress-outbox.ts). */
  private readonly progress = new ProgressOutbox((progress) => void this.publishProgress(progress));
  private readonly onReconnect = () => void this.announce().catch((error) => this.logger.warn({ err: error }, 'announce after reconnect failed'));
  /** Orders this agent's availability messages, its last wills included (libs/protocol availability.ts). */
  private readonly availability: AvailabilityClock;
  /**
   * Each connection is a new epoch: its CONNECT carries a will of that epoch, so the will of a
   * connection that dropped is older than the "online" the next one announces. mqtt.js builds every
   * reconnection's CONNECT from `client.options`, after emitting 'reconnect'.
   */
  private readonly onReconnecting = () => {
    const client = this.client;
    if (client?.options.will) client.options.will = { ...client.options.will, payload: Buffer.from(this.availability.beginEpoch()) };
  };

  private deviceAvailable = true;

  constructor(private readonly options: DeviceAgentOptions) {
    this.topics = options.topics ?? new Topics();
    this.clock = options.clock ?? Date.now;
    this.availability = new AvailabilityClock(Date.now, options.database ? agentEpochMemory(options.database, options.identity.id) : null);
  }

  get id(): string {
    return this.options.identity.id;
  }

  private get logger(): Logger {
    return this.options.logger;
  }

  profile(): DeviceProfile {
    const { identity, driver } = this.options;
    const description = driver.description;
    return {
      protocolVersion: PROTOCOL_VERSION,
      id: identity.id,
      type: description.type,
      name: identity.name,
      aliases: identity.aliases,
      nouns: description.nouns,
      area: identity.area,
      ...(identity.origin ? { origin: identity.origin } : {}),
      ...(identity.vendor ?? description.vendor ? { vendor: identity.vendor ?? description.vendor } : {}),
      capabilities: description.functions.map((fn) => ({
        function: fn.name,
        description: fn.description,
        kind: fn.kind,
        parameters: fn.parameters.map((parameter) => parameter.name),
        sensitive: fn.sensitive ?? false,
      })),
      apiDocHash: apiDocHash(description),
      agentVersion: AGENT_VERSION,
      ...(identity.origin ? { origin: identity.origin } : {}),
    };
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.pendingState = null;
    const availabilityTopic = this.topics.device(this.id, 'availability');
    this.client = await connectMqtt({
      url: this.options.mqttUrl,
      clientId: agentClientId(this.id),
      credentials: this.options.credentials,
      ...(this.options.tls ? { tls: this.options.tls } : {}),
      ...(this.options.localStream ? { localStream: this.options.localStream } : {}),
      will: { topic: availabilityTopic, payload: this.availability.beginEpoch(), retain: true, qos: 1 },
      protocolVersion: this.options.protocolVersion ?? 'auto',
      ...(this.options.connectTimeoutMs !== undefined ? { connectTimeoutMs: this.options.connectTimeoutMs } : {}),
      reconnect: true,
      // The broker queues subtasks sent while this agent is away (or the broker itself blinked);
      // they arrive right after the CONNACK, so the listener is there from the start.
      persistentSession: true,
      onMessage: this.onMessage,
    });
    this.client.on('error', (error) => this.onClientError(error));
    this.client.on('reconnect', this.onReconnecting);
    this.unsubscribeState = this.options.driver.onStateChange((state) => this.onDeviceState(state));
    // Subscribed before it says it is online: the coordinator sends work as soon as it hears
    // "online", and a broker drops a message for a topic nobody subscribes to yet (a first start
    // has no session to queue it in). What arrives before the runner starts waits in `early`.
    await this.client.subscribeAsync(this.topics.device(this.id, 'subtasks'), { qos: 1 });
    await this.announce();
    this.runner = new TaskRunner({
      deviceId: this.id,
      driver: this.options.driver,
      mapper: this.options.tasks.mapper,
      generator: this.options.tasks.generator,
      ...(this.options.database ? { database: this.options.database } : {}),
      ...(this.options.sandbox ? { sandbox: this.options.sandbox } : {}),
      onProgress: (progress) => this.progress.add(progress),
      onResult: (result, subtask, details) => void this.onTaskResult(result, subtask, details),
    });
    // Tasks a previous run left unfinished resume here; their reports go out as they finish.
    await this.runner.start();
    // Subtasks that arrived while the runner was starting are taken now, in their order.
    for (const [topic, payload, packet] of this.early.splice(0)) this.handleMessage(topic, payload, packet);
    // After a dropped connection the broker has published our last will: say we are back.
    this.client.on('connect', this.onReconnect);
  }

  /**
   * The broker refusing this agent's credentials after it was connected means its identity was
   * revoked or re-issued (`meshmind devices remove|add`): knocking again every second would only
   * fill the log, so the agent stops reconnecting and says why, once.
   */
  private onClientError(error: Error & { code?: unknown }): void {
    const client = this.client;
    if (client && typeof error.code === 'number' && CREDENTIALS_REFUSED.has(error.code)) {
      this.logger.error({ err: error }, 'the broker refused this agent\'s credentials (revoked or replaced); it stops reconnecting. Enroll it again: meshmind devices add');
      client.options.reconnectPeriod = 0;
      void client.endAsync(true).catch(() => undefined);
      this.options.onCredentialsRefused?.();
      return;
    }
    this.logger.warn({ err: error }, 'MQTT client error');
  }

  /** Leaves politely: availability offline (retained), then disconnect. */
  async stop(): Promise<void> {
    const client = this.detach();
    if (!client) return;
    await this.runner?.stop();
    this.runner = null;
    this.progress.flush();
    // The last change still waiting for its window goes out before the goodbye.
    const last = this.pendingState;
    this.pendingState = null;
    // With the broker away there is nobody to say goodbye to: the last will says it when it is back.
    if (last) await publishIfConnected(client, this.topics.device(this.id, 'state'), { deviceId: this.id, state: last, at: this.clock() }, { retain: true }).catch(() => false);
    const said = await publishIfConnected(client, this.topics.device(this.id, 'availability'), this.availability.next(AVAILABILITY.offline), { retain: true }).catch(() => false);
    if (!said) this.logger.warn('could not publish offline availability; the broker will publish the last will');
    await closeMqtt(client);
    this.client = null;
  }

  /** Drops the connection without a goodbye, as a power cut would: the broker publishes the last will. */
  async crash(): Promise<void> {
    const client = this.detach();
    if (!client) return;
    client.options.reconnectPeriod = 0;
    client.stream.destroy();
    await client.endAsync(true);
    this.client = null;
    // The device keeps whatever it was doing; unfinished tasks stay in the database for a restart.
    await this.runner?.stop().catch(() => undefined);
    this.runner = null;
    this.progress.stop();
  }

  /** Stops listening to the device and the broker; the caller then says goodbye, or does not. */
  private detach(): MqttClient | null {
    const client = this.client;
    if (!client) return null;
    this.stopping = true;
    this.unsubscribeState?.();
    this.unsubscribeState = null;
    if (this.stateGate) clearTimeout(this.stateGate);
    this.stateGate = null;
    client.off('connect', this.onReconnect);
    client.off('reconnect', this.onReconnecting);
    client.off('message', this.onMessage);
    return client;
  }

  private async announce(): Promise<void> {
    const client = this.client;
    if (!client) return;
    await publishMessage(client, this.topics.device(this.id, 'profile'), this.profile(), { retain: true });
    await this.publishState(this.options.driver.getState());
    await publishMessage(client, this.topics.device(this.id, 'availability'), this.availability.next(this.deviceAvailable ? AVAILABILITY.online : AVAILABILITY.offline), { retain: true });
  }

  /**
   * A bridged device's own availability (zigbee2mqtt says a bulb is unreachable): the agent stays
   * connected but reports the device offline, so nobody sends it work it cannot do.
   */
  async setDeviceAvailable(available: boolean): Promise<void> {
    if (available === this.deviceAvailable) return;
    this.deviceAvailable = available;
    const client = this.client;
    if (client) await publishIfConnected(client, this.topics.device(this.id, 'availability'), this.availability.next(available ? AVAILABILITY.online : AVAILABILITY.offline), { retain: true });
  }

  /**
   * A driving robot changes its state every simulated step; published as they come, 1,000 robots
   * would flood the broker and the coordinator's registry with retained updates nobody reads in time.
   */
  private onDeviceState(state: DeviceState): void {
    const intervalMs = this.options.stateIntervalMs ?? DEFAULT_STATE_INTERVAL_MS;
    if (intervalMs <= 0) {
      void this.publishState(state);
      return;
    }
    if (this.stateGate) {
      this.pendingState = state;
      return;
    }
    void this.publishState(state);
    const reopen = () => {
      const pending = this.pendingState;
      this.pendingState = null;
      if (!pending) {
        this.stateGate = null;
        return;
      }
      void this.publishState(pending);
      this.stateGate = setTimeout(reopen, intervalMs);
    };
    this.stateGate = setTimeout(reopen, intervalMs);
  }

  private async publishState(state: DeviceState, client: MqttClient | null = this.client): Promise<void> {
    if (!client) return;
    try {
      await publishMessage(client, this.topics.device(this.id, 'state'), { deviceId: this.id, state, at: this.clock() }, { retain: true });
    } catch (error) {
      this.logger.warn({ err: error }, 'state publish failed');
    }
  }

  private async publishProgress(progress: SubtaskProgress): Promise<void> {
    const client = this.client;
    if (!client) return;
    // At most once: a stage is news for the console, and the report that follows is the record. At
    // QoS 1 every message cost the broker a stored copy and two acknowledgements, just ahead of the
    // report on the same connection.
    await publishMessage(client, this.topics.device(this.id, 'progress'), progress, { qos: 0 }).catch(() => undefined);
  }

  private handleMessage(topic: string, payload: Buffer, packet: IPublishPacket): void {
    if (topic !== this.topics.device(this.id, 'subtasks')) return;
    if (!this.runner) {
      // Queued for us while we were away and delivered before the runner started: keep it.
      this.early.push([topic, payload, packet]);
      return;
    }
    const responseTopic = this.responseTopicOf(packet);
    const parsed = MESSAGE_VALIDATORS.subtaskRequest.parse(payload);
    if (!parsed.ok) {
      const raw = safeParseJson(payload);
      const rawId = raw.ok && typeof (raw.value as { id?: unknown })?.id === 'string' ? ((raw.value as { id: string }).id.slice(0, 128)) : null;
      this.logger.warn({ error: parsed.error.message }, 'rejected an invalid subtask');
      void this.sendReport({ status: 'error', id: rawId, error: parsed.error.toBody() }, responseTopic);
      return;
    }
    const request = parsed.value;
    const previous = this.finished.get(request.id);
    if (previous) {
      // A redelivery (QoS 1 promises at least once): answer again, never run it twice.
      void this.sendReport(previous, responseTopic);
      return;
    }
    const waiting = this.inFlight.get(request.id);
    if (waiting) {
      // A duplicate of a subtask still running: it gets the same report when the run ends.
      waiting.push(responseTopic);
      return;
    }
    this.inFlight.set(request.id, [responseTopic]);
    if (this.options.reportStages || packet.properties?.userProperties?.[REPORT_STAGES_PROPERTY] === '1') this.progress.stagesGoInReport(request.id);
    const runner = this.runner;
    if (!runner) return;
    // The runner queues per device (or supersedes, by the request's policy); the result comes through onTaskResult.
    runner.submit(request).catch((error) => this.onTaskCrash(request, error));
  }

  /** Replies go to the request's MQTT 5 response topic when it is this device's own reports topic. */
  private responseTopicOf(packet: IPublishPacket): string {
    const fallback = this.topics.device(this.id, 'reports');
    const requested = packet.properties?.responseTopic;
    return requested === fallback ? requested : fallback;
  }

  private async onTaskResult(result: SubtaskResult, subtask: SubtaskRequest, details: TaskResultDetails = { notes: [] }): Promise<void> {
    if (this.released.delete(subtask.id)) return; // the cancellation of a task released for confirmation
    const report: SubtaskReport = { status: 'ok', id: subtask.id, data: { ...result, message: sayResult(this.options.identity.name, this.options.driver.description, result, details.notes, details.alreadyCalls ?? []) } };
    if (result.outcome === 'needs_confirmation') {
      // A sensitive action is not held open on the device: the coordinator asks the person and,
      // on "yes", sends a new subtask marked confirmed. Until then the device stays free.
      this.released.add(subtask.id);
      this.runner?.cancel(subtask.id, 'waiting for the person to confirm through the coordinator');
    }
    this.remember(subtask.id, report); // without stages: a redelivery may come from a coordinator that reads none
    const stages = this.progress.takeForReport(subtask.id);
    const topics = this.inFlight.get(subtask.id) ?? [this.topics.device(this.id, 'reports')];
    this.inFlight.delete(subtask.id);
    for (const topic of topics) await this.sendReport(stages ? { ...report, stages } : report, topic);
  }

  private onTaskCrash(request: SubtaskRequest, error: unknown): void {
    // Already answered (e.g. released for confirmation), or stopping: persisted tasks resume after a restart.
    if (this.finished.has(request.id) || this.stopping) return;
    const failure = toMeshmindError(error);
    this.logger.error({ err: error, subtask: request.id }, 'subtask crashed');
    void this.onTaskResult(
      {
        deviceId: this.id,
        goalId: request.goalId,
        outcome: 'failed',
        message: fillTemplate(enMapping.answers.wentWrong, { device: this.options.identity.name, reason: failure.message }),
        state: this.options.driver.getState(),
        calls: [],
        error: failure.toBody(),
      },
      request,
    );
  }

  private remember(id: string, report: SubtaskReport): void {
    this.finished.set(id, report);
    const limit = this.options.rememberedSubtasks ?? REMEMBERED_SUBTASKS;
    while (this.finished.size > limit) {
      const oldest = this.finished.keys().next().value;
      if (oldest === undefined) break;
      this.finished.delete(oldest);
    }
  }

  private async sendReport(report: SubtaskReport, topic: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      await publishMessage(client, topic, report, report.id ? { correlationData: report.id } : {});
    } catch (error) {
      this.logger.warn({ err: error }, 'report publish failed');
    }
  }
}
