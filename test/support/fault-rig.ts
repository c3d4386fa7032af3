import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, chmodSync, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '@meshmind/cli';
import type { RecordingDriverSettings } from './recording-driver';
import { freePort, MOSQUITTO_BINARY, portOpen } from './ports';

/*
 * The whole system as separate OS processes, for fault tests and the fault benchmark: a coordinator
 * (`meshmind start`, which hosts the embedded broker unless it is given an external one), a real
 * Mosquitto where asked, and one agent (`meshmind agent --config`) whose device is the recording
 * driver, so what the device did is read from the device's own log. Every process can be killed
 * with any signal and started again on the same files.
 */

export type BrokerKind = 'embedded' | 'mosquitto';

const BIN = fileURLToPath(new URL('../../bin/meshmind.mjs', import.meta.url));
const DRIVER = fileURLToPath(new URL('./recording-driver.ts', import.meta.url));
const SCENARIO = 'name: Flat\nareas: [ { id: living_room, name: Living room } ]\ndevices: []\n';
export const TV = 'living_room_tv';
/** Generous on a loaded 2-core machine: a waited-for condition, never a measured time. */
export const LONG = 120_000;

export const MOSQUITTO = MOSQUITTO_BINARY;
export function mosquittoPresent(): boolean {
  return existsSync(MOSQUITTO);
}

export interface AppliedCall {
  function: string;
  arguments: Record<string, unknown>;
  idempotencyKey: string | null;
  pid: number;
}

export interface GoalSubtaskView {
  id: string;
  deviceId: string;
  status: string;
  message: string | null;
}

export interface GoalView {
  id: string;
  status: string;
  answer: string | null;
  subtasks: GoalSubtaskView[];
}

interface Managed {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Polls a condition; `what` (or what it returns, read when the wait fails) names it in the error. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string | (() => string)): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}



export class FaultRig {
  directory = '';
  private httpPort = 0;
  private mqttPort = 0;
  private coordinator: Managed | null = null;
  private agent: Managed | null = null;
  private mosquitto: Managed | null = null;
  private agentConfig = '';
  private readonly logs: WriteStream[] = [];
  readonly settings: RecordingDriverSettings = { stateFile: '', logFile: '' };

  constructor(
    readonly broker: BrokerKind,
    private readonly options: { subtaskTimeoutSeconds: number } = { subtaskTimeoutSeconds: 120 },
  ) {}

  get mqttUrl(): string {
    return `mqtt://127.0.0.1:${this.mqttPort}`;
  }

  path(name: string): string {
    return join(this.directory, name);
  }

  async start(): Promise<void> {
    this.directory = mkdtempSync(join(tmpdir(), `meshmind-faults-${this.broker}-`));
    // Mosquitto started as root reads its files as the mosquitto user: it must be able to walk here.
    // meshmind's own data directory (data/, made 0700) lies beside Mosquitto's, never around it.
    chmodSync(this.directory, 0o755);
    this.httpPort = await freePort();
    this.mqttPort = await freePort();
    writeFileSync(this.path('flat.yaml'), SCENARIO);
    Object.assign(this.settings, {
      stateFile: this.path('tv-state.json'),
      logFile: this.path('tv-calls.log'),
      initial: { on: true, playback: 'playing', volume: 20 },
      gateFile: this.path('gate'),
      enteredFile: this.path('entered'),
      killAfterApplyingWhenArmed: this.path('kill-armed'),
    } satisfies RecordingDriverSettings);
    this.agentConfig = this.path('tv.yaml');
    // Enrolled as a person would, then pointed at the recording driver.
    await this.cli(['devices', 'add', TV, '--type', 'media_player', '--name', 'Living room TV', '--area', 'Living room', '--broker', this.mqttUrl, '--out', this.agentConfig, '--db', this.path('data/meshmind.db')]);
    appendFileSync(this.agentConfig, `driver: ${JSON.stringify(DRIVER)}\nstate: ${JSON.stringify(this.settings)}\n`);
    if (this.broker === 'mosquitto') {
      await this.cli(['broker', 'mosquitto-config', this.path('mosquitto'), '--scenario', this.path('flat.yaml'), '--port', String(this.mqttPort), '--db', this.path('data/meshmind.db')]);
      await this.startMosquitto();
    }
    await this.startCoordinator();
    await this.startAgent();
  }

  async stop(): Promise<void> {
    for (const managed of [this.agent, this.coordinator, this.mosquitto]) {
      if (managed && managed.child.exitCode === null && managed.child.signalCode === null) {
        managed.child.kill('SIGKILL');
        await managed.exited;
      }
    }
    for (const log of this.logs) log.end();
    if (this.directory && process.env.MESHMIND_KEEP_FAULT_DIRS !== '1') rmSync(this.directory, { recursive: true, force: true });
  }

  private async cli(argv: string[]): Promise<void> {
    let output = '';
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await main(argv, { stdout, stderr, env: {}, untilSignal: new Promise<string>(() => undefined) });
    if (code !== 0) throw new Error(`meshmind ${argv[0]} exited ${code}:\n${output}`);
  }

  /** A process whose output goes to a log file in the rig's folder (kept with MESHMIND_KEEP_FAULT_DIRS=1). */
  private spawnLogged(name: string, command: string, argv: string[], env: NodeJS.ProcessEnv = {}): Managed {
    const child = spawn(command, argv, { env: { ...process.env, MESHMIND_LOG_LEVEL: process.env.MESHMIND_FAULT_LOG_LEVEL ?? 'debug', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = createWriteStream(this.path(`${name}.log`), { flags: 'a' });
    this.logs.push(log);
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    return { child, exited };
  }

  logOf(name: 'coordinator' | 'agent' | 'mosquitto'): string {
    const file = this.path(`${name}.log`);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  async startMosquitto(): Promise<void> {
    this.mosquitto = this.spawnLogged('mosquitto', MOSQUITTO, ['-c', this.path('mosquitto/mosquitto.conf')]);
    const managed = this.mosquitto;
    await waitUntil(async () => managed.child.exitCode !== null || (await portOpen(this.mqttPort)), LONG, 'mosquitto to listen');
    if (managed.child.exitCode !== null) throw new Error(`mosquitto exited at start:\n${this.logOf('mosquitto')}`);
  }

  /** Stops Mosquitto with a signal (SIGKILL: no chance to save its sessions) and waits until it is gone. */
  async killMosquitto(signal: NodeJS.Signals): Promise<void> {
    const managed = this.mosquitto;
    if (!managed) throw new Error('no mosquitto runs in this rig');
    managed.child.kill(signal);
    await managed.exited;
    this.mosquitto = null;
  }

  async startCoordinator(): Promise<void> {
    const brokerArguments = this.broker === 'embedded' ? ['--mqtt-port', String(this.mqttPort)] : ['--broker', this.mqttUrl];
    this.coordinator = this.spawnLogged('coordinator', process.execPath, [
      BIN,
      'start',
      '--scenario',
      this.path('flat.yaml'),
      '--db',
      this.path('data/meshmind.db'),
      '--port',
      String(this.httpPort),
      '--rate-limit',
      '0',
      '--subtask-timeout',
      String(this.options.subtaskTimeoutSeconds),
      ...brokerArguments,
    ]);
    const managed = this.coordinator;
    await waitUntil(async () => managed.child.exitCode !== null || (await this.healthy()), LONG, 'the coordinator to answer');
    if (managed.child.exitCode !== null) throw new Error(`the coordinator exited at start:\n${this.logOf('coordinator')}`);
  }

  /** Stops the coordinator (and with it the embedded broker) with a signal and waits until it is gone. */
  async killCoordinator(signal: NodeJS.Signals): Promise<void> {
    const managed = this.coordinator;
    if (!managed) throw new Error('no coordinator runs');
    managed.child.kill(signal);
    await managed.exited;
    this.coordinator = null;
  }

  async startAgent(): Promise<void> {
    this.agent = this.spawnLogged('agent', process.execPath, [BIN, 'agent', '--config', this.agentConfig, '--data-dir', this.path('agent-data')]);
    const managed = this.agent;
    await waitUntil(async () => managed.child.exitCode !== null || (await this.deviceAvailability()) === 'online', LONG, 'the agent to come online');
    if (managed.child.exitCode !== null) throw new Error(`the agent exited at start:\n${this.logOf('agent')}`);
  }

  /** Resolves when the agent process ends, with how it ended. */
  async agentExit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const managed = this.agent;
    if (!managed) throw new Error('no agent runs');
    const ended = await managed.exited;
    this.agent = null;
    return ended;
  }

  // --- the device, from its own side -------------------------------------------------------

  /** Every action the device applied, in order, from the driver's log. */
  calls(): AppliedCall[] {
    if (!existsSync(this.settings.logFile)) return [];
    return readFileSync(this.settings.logFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as AppliedCall);
  }

  deviceState(): Record<string, unknown> {
    return JSON.parse(readFileSync(this.settings.stateFile, 'utf8')) as Record<string, unknown>;
  }

  /** The next device call waits before acting until openGate(); entered() says when one waits. */
  closeGate(): void {
    if (existsSync(this.settings.enteredFile!)) unlinkSync(this.settings.enteredFile!);
    writeFileSync(this.settings.gateFile!, 'closed');
  }

  openGate(): void {
    if (existsSync(this.settings.gateFile!)) unlinkSync(this.settings.gateFile!);
  }

  entered(): boolean {
    return existsSync(this.settings.enteredFile!);
  }

  /** The agent's process dies (SIGKILL) right after its device applies the next action. */
  armKillAfterNextCall(): void {
    writeFileSync(this.settings.killAfterApplyingWhenArmed!, 'armed');
  }

  // --- the coordinator's HTTP API ----------------------------------------------------------

  private url(path: string): string {
    return `http://127.0.0.1:${this.httpPort}${path}`;
  }

  /** The owner's token, read from the file the coordinator wrote beside its database, as `meshmind chat` reads it. */
  private authorization(): Record<string, string> {
    const file = this.path('data/owner.token');
    return existsSync(file) ? { authorization: `Bearer ${readFileSync(file, 'utf8').trim()}` } : {};
  }

  /** GET /health: open to monitors, no token needed. */
  private async healthy(): Promise<boolean> {
    try {
      return (await fetch(this.url('/health'))).ok;
    } catch {
      return false;
    }
  }

  async deviceAvailability(): Promise<string | null> {
    try {
      const response = await fetch(this.url(`/api/devices/${TV}`), { headers: this.authorization() });
      if (!response.ok) return null;
      return ((await response.json()) as { availability: string }).availability;
    } catch {
      return null;
    }
  }

  async submit(text: string): Promise<string> {
    const response = await fetch(this.url('/api/goals'), { method: 'POST', headers: { 'content-type': 'application/json', ...this.authorization() }, body: JSON.stringify({ text }) });
    if (response.status !== 202) throw new Error(`POST /api/goals answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  }

  /** The goal as the coordinator tells it now; null while the coordinator is away. */
  async goal(id: string): Promise<GoalView | null> {
    try {
      const response = await fetch(this.url(`/api/goals/${id}`), { headers: this.authorization() });
      return response.ok ? ((await response.json()) as GoalView) : null;
    } catch {
      return null;
    }
  }

  async waitForGoal(id: string, until: (goal: GoalView) => boolean, what: string): Promise<GoalView> {
    let last: GoalView | null = null;
    await waitUntil(
      async () => {
        last = await this.goal(id);
        return last !== null && until(last);
      },
      LONG,
      () => `${what} (last seen: ${JSON.stringify(last)})`,
    );
    return last!;
  }

  /**
   * What a failed wait needs to be understood from CI's output alone (the rig's folder is gone by
   * then): the goal as the coordinator tells it, the device's gate files, the last lines of each log.
   */
  async explain(goalId: string | null): Promise<string> {
    const goal = goalId ? await this.goal(goalId) : null;
    const tail = (name: 'coordinator' | 'agent' | 'mosquitto') => this.logOf(name).trimEnd().split('\n').slice(-25).join('\n');
    return [
      `goal: ${JSON.stringify(goal)}`,
      `processes: ${this.processStatus()}`,
      `device: gate ${existsSync(this.settings.gateFile!) ? 'closed' : 'open'}, ${this.entered() ? 'a call entered' : 'no call entered'}, ${this.calls().length} calls in its log`,
      `--- coordinator log (last lines) ---\n${tail('coordinator')}`,
      `--- agent log (last lines) ---\n${tail('agent')}`,
      ...(this.broker === 'mosquitto' ? [`--- mosquitto log (last lines) ---\n${tail('mosquitto')}`] : []),
    ].join('\n');
  }

  private processStatus(): string {
    const status = (name: string, managed: Managed | null) =>
      !managed ? `${name} not running` : managed.child.exitCode !== null || managed.child.signalCode !== null ? `${name} ended (${managed.child.exitCode ?? managed.child.signalCode})` : `${name} alive (pid ${managed.child.pid})`;
    return [status('coordinator', this.coordinator), status('agent', this.agent), ...(this.broker === 'mosquitto' ? [status('mosquitto', this.mosquitto)] : [])].join(', ');
  }

  /** Waits until the goal has an answer, and returns it. */
  waitForAnswer(id: string): Promise<GoalView> {
    return this.waitForGoal(id, (goal) => !['planning', 'running'].includes(goal.status), 'the goal to be answered');
  }
}
