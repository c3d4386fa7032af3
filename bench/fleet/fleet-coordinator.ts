import type { Logger } from 'pino';
import { Coordinator, LocalSecurity, startEmbeddedBroker, type Planner } from '@meshmind/coordinator';
import { Topics, type GoalView, type MqttCredentials, type SubtaskProgress } from '@meshmind/protocol';
import { SHELF_WORDS } from '@meshmind/devices';

/**
 * The coordinator side of a fleet run: an aedes broker that counts what is published through it,
 * the coordinator with the warehouse's shelves as a site resource, and a recorder of the agents'
 * progress events (the stage times of the table).
 */


export function shelfResource(shelves: number) {
  return { noun: 'shelf', plural: 'shelves', ids: Array.from({ length: shelves }, (_, index) => index + 1), aliases: [...SHELF_WORDS] };
}

export interface BrokerCounts {
  messages: number;
  bytes: number;
}

export interface CountingBroker {
  url: string;
  /** The identities the broker accepts: the coordinator's and each robot's, enrolled on first use. */
  security: LocalSecurity;
  counts(): BrokerCounts;
  close(): Promise<void>;
}

/**
 * The coordinator's embedded broker with counters of every PUBLISH a client sends (topic and
 * payload bytes; $SYS and fan-out deliveries left out). Wills count: the broker sends them for a client.
 */
export async function startCountingBroker(): Promise<CountingBroker> {
  let messages = 0;
  let bytes = 0;
  const security = new LocalSecurity({ databasePath: ':memory:' });
  const broker = await startEmbeddedBroker({
    authenticator: security.credentials,
    topics: new Topics(),
    onPublish: (topic, payloadBytes) => {
      messages += 1;
      bytes += Buffer.byteLength(topic) + payloadBytes;
    },
  });
  return {
    url: broker.url,
    security,
    counts: () => ({ messages, bytes }),
    async close() {
      await broker.close();
      security.close();
    },
  };
}

/** Milliseconds per task stage, from consecutive progress events of the same subtask. */
export type StageTimes = Record<string, number[]>;

export class StageRecorder {
  readonly #events = new Map<string, SubtaskProgress[]>();
  readonly listener = (progress: SubtaskProgress) => {
    const list = this.#events.get(progress.id) ?? [];
    list.push(progress);
    this.#events.set(progress.id, list);
  };

  clear(): void {
    this.#events.clear();
  }

  /** Each stage lasts until the next event of its subtask; the final stage has no duration. */
  stageTimes(): StageTimes {
    const times: StageTimes = {};
    for (const events of this.#events.values()) {
      const sorted = [...events].sort((a, b) => a.at - b.at);
      for (let index = 0; index + 1 < sorted.length; index += 1) {
        const stage = sorted[index]!.stage;
        (times[stage] ??= []).push(sorted[index + 1]!.at - sorted[index]!.at);
      }
    }
    return times;
  }
}

export interface FleetCoordinatorOptions {
  shelves: number;
  logger: Logger;
  subtaskTimeoutMs: number;
  /** The centralised mode's planner (centralised.ts); default the built-in planner. */
  planner?: Planner;
}

export interface FleetCoordinator {
  coordinator: Coordinator;
  broker: CountingBroker;
  stages: StageRecorder;
  /** A robot's credentials on this broker (enrolled on first use). */
  credentialsFor(deviceId: string): MqttCredentials;
  waitForDevices(count: number, timeoutMs: number): Promise<void>;
  runGoal(text: string): Promise<GoalView>;
  stop(): Promise<void>;
}

export async function startFleetCoordinator(options: FleetCoordinatorOptions): Promise<FleetCoordinator> {
  const broker = await startCountingBroker();
  const coordinator = new Coordinator({
    mqttUrl: broker.url,
    mqttCredentials: broker.security.coordinator(),
    databasePath: ':memory:',
    logger: options.logger,
    http: null,
    subtaskTimeoutMs: options.subtaskTimeoutMs,
    resources: [shelfResource(options.shelves)],
    ...(options.planner ? { planner: options.planner } : {}),
  });
  await coordinator.start();
  const stages = new StageRecorder();
  coordinator.dispatcher.on('progress', stages.listener);
  return {
    coordinator,
    broker,
    stages,
    credentialsFor: (deviceId) => broker.security.device(deviceId),
    async waitForDevices(count, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      const online = () => coordinator.registry.list().filter((device) => device.availability === 'online').length;
      while (online() < count) {
        if (Date.now() > deadline) throw new Error(`only ${online()} of ${count} robots came online within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async runGoal(text) {
      stages.clear();
      return coordinator.goals.submit({ text }).finished;
    },
    async stop() {
      coordinator.dispatcher.off('progress', stages.listener);
      await coordinator.stop();
      await broker.close();
    },
  };
}
