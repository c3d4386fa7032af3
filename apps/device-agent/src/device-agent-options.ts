/** What a DeviceAgent is given: who the device is, its driver and pipeline, and how it reaches the broker. */
import type { Logger } from 'pino';
import type { Area, DeviceOrigin, LocalStreamOpener, MqttCredentials, MqttProtocolVersion, MqttTlsOptions, TaskPipeline, Topics } from '@meshmind/protocol';
import type { DeviceDriver } from '@meshmind/devices';
import type { Sandbox, TaskDatabase } from '@meshmind/fsm';

export interface DeviceIdentity {
  id: string;
  name: string;
  aliases: string[];
  area: Area | null;
  vendor?: string;
  /** Where the device comes from (simulated, a bridge, a driver module); the console shows it. */
  origin?: DeviceOrigin;
}

export interface DeviceAgentOptions {
  identity: DeviceIdentity;
  driver: DeviceDriver;
  /** Retrieval and program generation for this device's API (from AgentBrain; createAgent wires it). */
  tasks: TaskPipeline;
  /** Task snapshots, call journals and the experience cache; shared by the agents of a host. */
  database?: TaskDatabase;
  /** Where programs run. Default: a sandbox on the process's shared QuickJS module pool (libs/fsm). */
  sandbox?: Sandbox;
  mqttUrl: string;
  /** The agent's identity on the broker (`device.<id>`), from enrollment. */
  credentials: MqttCredentials;
  /** Called once when the broker refuses the credentials on a reconnect (the identity was revoked). */
  onCredentialsRefused?: () => void;
  /** How an mqtts:// broker's certificate is verified (a CA file, or a pinned fingerprint). */
  tls?: MqttTlsOptions;
  /** The broker runs in this process: connect to it in memory while it is up (see connectMqtt). */
  localStream?: LocalStreamOpener;
  logger: Logger;
  topics?: Topics;
  protocolVersion?: MqttProtocolVersion | 'auto';
  /**
   * The coordinator is known to read a report's `stages` (it runs from this same code, in this
   * process): every report carries the task's last stages, with no progress message just ahead of
   * it. Without it only subtasks that carry REPORT_STAGES_PROPERTY (an MQTT 5 broker) get that.
   */
  reportStages?: boolean;
  /**
   * How long the first connection waits for the broker's CONNACK (default 5 s). A host that starts
   * a thousand agents against one broker on a starved machine needs longer; a slow answer is not a
   * refusal.
   */
  connectTimeoutMs?: number;
  clock?: () => number;
  /** How many finished subtask ids are remembered, so a redelivered subtask is answered, not re-run (default 256). */
  rememberedSubtasks?: number;
  /**
   * Least wall time between two retained state publishes (default 200 ms; 0 publishes every change).
   * A change after a quiet spell goes out at once; changes within the window are coalesced and the
   * latest goes out when it ends, so the broker always ends up holding the final state.
   */
  stateIntervalMs?: number;
}
