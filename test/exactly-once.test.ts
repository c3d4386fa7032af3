import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Stack } from '@meshmind/cli';
import type { RecordingDriverSettings } from './support/recording-driver';
import { scenarioFrom, startTestStack, waitFor } from './support/stack';

/*
 * Faults as a hostile tester makes them: each agent runs in its own process (`meshmind agent
 * --config`), its device is a driver module that logs every action it applies to a file, and the
 * agent is killed with SIGKILL. What the device did is counted from the device's own log.
 */

const BIN = fileURLToPath(new URL('../bin/meshmind.mjs', import.meta.url));
const DRIVER = fileURLToPath(new URL('./support/recording-driver.ts', import.meta.url));
const SCENARIO = 'name: Flat\nareas: [ { id: living_room, name: Living room } ]\ndevices: []\n';
const TV = 'living_room_tv';
/** Generous on a loaded 2-core machine: a waited-for condition, never a measured time. */
const LONG = 120_000;

interface AgentProcess {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

class Harness {
  stack!: Stack;
  directory!: string;
  private readonly children: ChildProcess[] = [];

  async start(subtaskTimeoutMs: number): Promise<void> {
    this.directory = mkdtempSync(join(tmpdir(), 'meshmind-exactly-once-'));
    this.stack = await startTestStack(scenarioFrom(SCENARIO), { databasePath: join(this.directory, 'meshmind.db'), stateDirectory: this.directory, subtaskTimeoutMs });
  }

  async stop(): Promise<void> {
    for (const child of this.children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await this.stack?.stop();
    if (this.directory) rmSync(this.directory, { recursive: true, force: true });
  }

  path(name: string): string {
    return join(this.directory, name);
  }

  /** Enrolled as a person would (`meshmind devices add`), then pointed at the recording driver. */
  async enroll(settings: RecordingDriverSettings): Promise<string> {
    const config = this.path('tv.yaml');
    const io = { stdout: new PassThrough(), stderr: new PassThrough(), env: {}, untilSignal: new Promise<string>(() => undefined) };
    const argv = ['devices', 'add', TV, '--type', 'media_player', '--name', 'Living room TV', '--area', 'Living room'];
    expect(await main([...argv, '--broker', this.stack.mqttUrl, '--out', config, '--db', this.path('meshmind.db')], io)).toBe(0);
    appendFileSync(config, `driver: ${JSON.stringify(DRIVER)}\nstate: ${JSON.stringify(settings)}\n`);
    return config;
  }

  async startAgent(config: string): Promise<AgentProcess> {
    const child = spawn(process.execPath, [BIN, 'agent', '--config', config, '--data-dir', this.path('agent-data')], {
      env: { ...process.env, MESHMIND_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    await waitFor(() => this.stack.coordinator.registry.get(TV)?.availability === 'online' || child.exitCode !== null, LONG, 'the agent to come online');
    if (child.exitCode !== null) throw new Error(`the agent exited at start:\n${output}`);
    return { child, exited, output: () => output };
  }

  async stopAgent(agent: AgentProcess): Promise<void> {
    if (agent.child.exitCode !== null || agent.child.signalCode !== null) return;
    agent.child.kill('SIGTERM');
    await agent.exited;
  }
}

/** The actions the device applied, from its own log. */
function applied(logFile: string): Array<{ function: string; arguments: Record<string, unknown>; idempotencyKey: string | null; pid: number }> {
  if (!existsSync(logFile)) return [];
  return readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { function: string; arguments: Record<string, unknown>; idempotencyKey: string | null; pid: number });
}

function deviceState(stateFile: string): Record<string, unknown> {
  return JSON.parse(readFileSync(stateFile, 'utf8')) as Record<string, unknown>;
}

describe('an agent killed with SIGKILL after its device acted', () => {
  const harness = new Harness();
  // Long enough that the restarted agent reports before the deadline: the goal ends normally.
  beforeAll(() => harness.start(LONG));
  afterAll(() => harness.stop());

  it('does not repeat "turn up the TV volume by 10" after a restart: the volume goes from 20 to 30, once', { timeout: 4 * LONG }, async () => {
    const settings: RecordingDriverSettings = {
      stateFile: harness.path('tv-state.json'),
      logFile: harness.path('tv-calls.log'),
      initial: { on: true, volume: 20 },
      killAfterApplyingOnce: harness.path('killed-once'),
    };
    const config = await harness.enroll(settings);
    const first = await harness.startAgent(config);

    const { finished } = harness.stack.coordinator.goals.submit({ text: 'turn up the TV volume by 10' });
    const death = await first.exited;
    expect(death.signal).toBe('SIGKILL');
    // The device acted before the agent died, and the agent never heard back.
    expect(applied(settings.logFile).map((entry) => entry.function)).toEqual(['set_volume']);
    expect(deviceState(settings.stateFile).volume).toBe(30);

    const second = await harness.startAgent(config);
    const goal = await finished;
    expect(goal.status).toBe('done');
    expect(goal.subtasks).toMatchObject([{ deviceId: TV, status: 'done' }]);
    expect(applied(settings.logFile)).toEqual([{ function: 'set_volume', arguments: { volume: 30 }, idempotencyKey: expect.stringMatching(/:1:0$/), pid: first.child.pid }]);
    expect(deviceState(settings.stateFile).volume).toBe(30);
    expect(goal.answer).toContain('30%');
    expect(goal.answer).toContain('not sent again');
    await harness.stopAgent(second);
  });
});

describe('a device slower than the subtask deadline', () => {
  const harness = new Harness();
  let settings: RecordingDriverSettings;
  let config: string;
  beforeAll(async () => {
    await harness.start(15_000);
    settings = {
      stateFile: harness.path('tv-state.json'),
      logFile: harness.path('tv-calls.log'),
      initial: { on: true, playback: 'playing', volume: 20 },
      gateFile: harness.path('gate'),
      enteredFile: harness.path('entered'),
    };
    config = await harness.enroll(settings);
  });
  afterAll(() => harness.stop());

  it('is reported as still at work at the deadline, then the answer is corrected to "done, N s late"; no call nobody asked for', { timeout: 4 * LONG }, async () => {
    writeFileSync(settings.gateFile!, 'closed');
    const agent = await harness.startAgent(config);

    const { goalId, finished } = harness.stack.coordinator.goals.submit({ text: 'set the TV volume to 35' });
    await waitFor(() => existsSync(settings.enteredFile!), LONG, 'the call to reach the device');
    const told = await finished;
    expect(told.status).toBe('failed');
    expect(told.subtasks[0]!.status).toBe('timeout');
    expect(told.answer).toContain('still at work');
    expect(applied(settings.logFile)).toEqual([]);

    unlinkSync(settings.gateFile!);
    await waitFor(() => harness.stack.coordinator.goals.view(goalId)?.status === 'done', LONG, 'the late report to correct the goal');
    const corrected = harness.stack.coordinator.goals.view(goalId)!;
    expect(corrected.subtasks[0]!.status).toBe('done');
    expect(corrected.answer).toMatch(/35%.*\(done, \d+ s late\)/);
    expect(applied(settings.logFile).map((entry) => entry.function)).toEqual(['set_volume']);
    expect(deviceState(settings.stateFile)).toMatchObject({ volume: 35, playback: 'playing' });
    await harness.stopAgent(agent);
  });

  it('never runs a subtask that had not started by its deadline, even when the agent is killed and restarted after it', { timeout: 4 * LONG }, async () => {
    writeFileSync(settings.gateFile!, 'closed');
    if (existsSync(settings.enteredFile!)) unlinkSync(settings.enteredFile!);
    const logBefore = applied(settings.logFile).length;
    const first = await harness.startAgent(config);

    const running = harness.stack.coordinator.goals.submit({ text: 'set the TV volume to 50' });
    await waitFor(() => existsSync(settings.enteredFile!), LONG, 'the first call to reach the device');
    // Queued behind the first on the same device: it has not started when the agent dies.
    const queued = harness.stack.coordinator.goals.submit({ text: 'mute the TV' });
    await waitFor(() => harness.stack.coordinator.goals.view(queued.goalId)?.subtasks[0]?.status === 'running', LONG, 'the second subtask to reach the agent');
    first.child.kill('SIGKILL');
    await first.exited;
    expect((await running.finished).status).toBe('failed');
    expect((await queued.finished).status).toBe('failed');

    // Both deadlines have passed. The restarted agent finishes the one that was executing (its
    // call never reached the device, so it is sent once), and expires the queued one.
    const second = await harness.startAgent(config);
    await waitFor(() => harness.stack.coordinator.goals.view(queued.goalId)?.answer?.includes('nothing was changed') === true, LONG, 'the queued subtask to be reported expired');
    unlinkSync(settings.gateFile!);
    await waitFor(() => harness.stack.coordinator.goals.view(running.goalId)?.status === 'done', LONG, 'the executing subtask to finish late');

    expect(harness.stack.coordinator.goals.view(running.goalId)!.answer).toMatch(/50%.*\(done, \d+ s late\)/);
    expect(harness.stack.coordinator.goals.view(queued.goalId)).toMatchObject({ status: 'failed', subtasks: [{ status: 'failed' }] });
    const calls = applied(settings.logFile).slice(logBefore);
    expect(calls.map((entry) => entry.function)).toEqual(['set_volume']);
    expect(deviceState(settings.stateFile)).toMatchObject({ volume: 50, muted: false, playback: 'playing' });
    await harness.stopAgent(second);
  });
});
