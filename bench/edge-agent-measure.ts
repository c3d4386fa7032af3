import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@meshmind/cli';
import { scenarioFrom, startTestStack, waitFor } from '../test/support/stack';
import { captureIo } from '../test/support/cli-io';

const BIN = fileURLToPath(new URL('../bin/meshmind.mjs', import.meta.url));
const ONLINE_TIMEOUT_MS = 120_000;

export interface CliProcessOptions {
  /**
   * true: the compiled CLI (MESHMIND_COMPILED=1, dist/cli, fails if `npm run build` is not current);
   * false: the TypeScript sources through tsx; absent: whichever bin/meshmind.mjs picks.
   */
  compiled?: boolean;
}

function cliEnv(options: CliProcessOptions): NodeJS.ProcessEnv {
  return { ...process.env, MESHMIND_LOG_LEVEL: 'warn', ...(options.compiled === undefined ? {} : { MESHMIND_COMPILED: options.compiled ? '1' : '0' }) };
}

export interface EdgeAgentFigures {
  /** From spawning `meshmind agent` to the coordinator seeing it online. */
  onlineSeconds: number;
  /** The agent process's resident memory (VmRSS) after it carried out one goal. */
  rssMb: number;
  /** Its peak resident memory (VmHWM) until then. */
  peakRssMb: number;
  /** CPU time (user + system) it had used when it came online: what an idle machine's wall time is made of. */
  onlineCpuSeconds: number;
}

/** User + system CPU seconds of a live process (/proc/PID/stat fields 14 and 15, in clock ticks of 1/100 s). */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function residentMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith(`${field}:`));
  return Number(line?.split(/\s+/)[1] ?? Number.NaN) / 1024;
}

/**
 * One stand-alone `meshmind agent --config` for a light, as on an edge board, against a real
 * coordinator and broker in this process: started twice on the same data directory, so the second
 * start finds its retrieval index on disk (a board's every restart after the first).
 */
export async function measureEdgeAgent(options: CliProcessOptions = {}): Promise<{ first: EdgeAgentFigures; restart: EdgeAgentFigures }> {
  const directory = mkdtempSync(join(tmpdir(), 'meshmind-edge-bench-'));
  const database = join(directory, 'meshmind.db');
  // A goal waits for the agent as long as its start may take: on a loaded machine a 5 s deadline failed the bench, which measures starts, not deadlines.
  const stack = await startTestStack(scenarioFrom('name: Porch\nareas: [ { id: porch, name: Porch } ]\ndevices: []\n'), { databasePath: database, stateDirectory: directory, subtaskTimeoutMs: ONLINE_TIMEOUT_MS });
  try {
    const config = join(directory, 'agent.yaml');
    const enrolled = await main(['devices', 'add', 'porch_light', '--type', 'light', '--name', 'Porch light', '--area', 'Porch', '--broker', stack.mqttUrl, '--out', config, '--db', database], captureIo().io);
    if (enrolled !== 0) throw new Error('enrolling the bench agent failed');
    const once = async (): Promise<EdgeAgentFigures> => {
      const started = performance.now();
      const agent = spawn(process.execPath, [BIN, 'agent', '--config', config, '--data-dir', join(directory, 'data')], {
        env: cliEnv(options),
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      try {
        await waitFor(() => stack.coordinator.registry.get('porch_light')?.availability === 'online', ONLINE_TIMEOUT_MS, 'the edge agent online');
        const onlineSeconds = (performance.now() - started) / 1000;
        const onlineCpuSeconds = cpuSecondsOf(agent.pid!);
        const goal = await stack.coordinator.goals.submit({ text: 'turn on the porch light' }).finished;
        if (goal.status !== 'done') throw new Error(`the bench goal ended ${goal.status}`);
        return { onlineSeconds, onlineCpuSeconds, rssMb: residentMb(agent.pid!, 'VmRSS'), peakRssMb: residentMb(agent.pid!, 'VmHWM') };
      } finally {
        const exited = new Promise((resolve) => agent.once('exit', resolve));
        agent.kill('SIGTERM');
        await exited;
        await waitFor(() => stack.coordinator.registry.get('porch_light')?.availability !== 'online', 10_000, 'the edge agent offline');
      }
    };
    const first = await once();
    const restart = await once();
    return { first, restart };
  } finally {
    await stack.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * `meshmind run` with one sentence, as a person types it, from process start to exit: twice in one
 * fresh directory, so the first finds no retrieval index on disk and the second finds the first's.
 */
export async function measureOneSentenceRun(options: CliProcessOptions = {}): Promise<{ first: number; again: number }> {
  const directory = mkdtempSync(join(tmpdir(), 'meshmind-run-bench-'));
  const once = async () => {
    const started = performance.now();
    const code = await new Promise<number | null>((resolve, reject) => {
      const run = spawn(process.execPath, [BIN, 'run', '--say', 'turn on the kitchen light'], {
        cwd: directory,
        env: cliEnv(options),
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      run.once('error', reject);
      run.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`meshmind run exited ${code}`);
    return (performance.now() - started) / 1000;
  };
  try {
    const first = await once();
    return { first, again: await once() };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
