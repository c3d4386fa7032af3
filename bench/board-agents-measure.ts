import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@meshmind/cli';
import { ensureClientToken } from '@meshmind/inference';
import { scenarioFrom, startTestStack, waitFor } from '../test/support/stack';
import { captureIo } from '../test/support/cli-io';
import { cpuSecondsOf } from './edge-agent-measure';

const BIN = fileURLToPath(new URL('../bin/meshmind.mjs', import.meta.url));
const ONLINE_TIMEOUT_MS = 180_000;
/** Names one word apart, so that every goal names exactly one of the board's lights. */
const LIGHT_NAMES = ['Desk', 'Shelf', 'Door', 'Wall', 'Sofa', 'Stair', 'Window', 'Mirror'];

export interface ProcessMemory {
  /** Resident memory (VmRSS) after the agents carried out their goals. */
  rssMb: number;
  /** Peak resident memory (VmHWM) until then. */
  peakRssMb: number;
}

export interface BoardFigures {
  /** `meshmind inference serve` (built-in engine, USE-lite, 1 MB semi-spaces) after serving every agent below. */
  server: ProcessMemory;
  /** One `meshmind agent` for one light using the server, after one goal. */
  oneAgent: AgentFigures;
  /** The same agent with the server set off (its own model), after one goal: side by side. */
  localAgent: AgentFigures;
  /** The agent using the server with a young generation of 1 MB semi-spaces (NODE_OPTIONS), after one goal. */
  smallHeapAgent: AgentFigures;
  /** The same agent started again on its data directory (its index on disk), 1 MB semi-spaces. */
  restartedAgent: AgentFigures;
  /** N agents on the board, one light each, 1 MB semi-spaces, each after one goal. */
  agents: ProcessMemory[];
  /** bench/agent-load-steps.ts with the board's server: RSS after a forced GC, step by step. */
  steps: Array<[string, number]>;
}

export interface AgentFigures extends ProcessMemory {
  /** From spawning the agent to the coordinator seeing it online. */
  onlineSeconds: number;
  /** CPU time (user + system) the agent had used when the coordinator saw it online. */
  onlineCpuSeconds: number;
}

function memoryOf(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n');
  const field = (name: string) => Number(status.find((line) => line.startsWith(`${name}:`))?.split(/\s+/)[1] ?? Number.NaN) / 1024;
  return { rssMb: field('VmRSS'), peakRssMb: field('VmHWM') };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * A board: one `meshmind inference serve` (no weights: the built-in engine and the sentence
 * model) and `count` stand-alone `meshmind agent` processes, one light each, which find the server
 * at the state directory's well-known socket. Against a real coordinator and broker in this process.
 */
export interface BoardOptions {
  bin?: string;
  /** The load steps of one agent (bench/agent-load-steps.ts); default on. */
  steps?: boolean;
  /** The four one-agent rows before the board (own model, semi-spaces, restart); default on. */
  singles?: boolean;
  /** The board's lights, in the order they start and get their goal (default LIGHT_NAMES). */
  names?: readonly string[];
  /**
   * A folder for bench/memory-probe.mjs: each board agent runs with the probe preloaded and, after
   * every goal, writes what its memory is made of there (`<pid>.json`), read back into `probes`.
   */
  probeDirectory?: string;
  /** Milliseconds the board's agents stay idle once all are online, before the first goal (default 0). */
  settleMs?: number;
}

/** One board agent's memory as bench/memory-probe.mjs wrote it (after a full GC). */
export interface AgentProbe {
  pid: number;
  memory: NodeJS.MemoryUsage;
  beforeGc: NodeJS.MemoryUsage;
  heapSpaces: Record<string, { used: number; committed: number }>;
  commonJsModules: number;
  residentKbByMapping: Record<string, number>;
}

export async function measureBoard(count: number, options: BoardOptions = {}): Promise<BoardFigures & { probes: AgentProbe[]; onlineFigures: ProcessMemory[]; onlineProbes: AgentProbe[] }> {
  const bin = options.bin ?? BIN;
  const directory = mkdtempSync(join(tmpdir(), 'meshmind-board-bench-'));
  const database = join(directory, 'meshmind.db');
  // A minute per subtask, not the tests' 5 s: on a loaded board the first goal's agent may still be
  // warming up, and a bench that fails on a slow moment measures nothing.
  const stack = await startTestStack(scenarioFrom('name: Board\nareas: [ { id: porch, name: Porch } ]\ndevices: []\n'), { databasePath: database, stateDirectory: directory, subtaskTimeoutMs: 60_000 });
  const children: ChildProcess[] = [];
  // The board's processes log warnings only, unless $MESHMIND_BOARD_LOG_LEVEL asks for more (their stderr is this one's).
  const boardEnv = { ...process.env, MESHMIND_STATE_DIR: directory, MESHMIND_LOG_LEVEL: process.env.MESHMIND_BOARD_LOG_LEVEL ?? 'warn' };
  // The board as deploy/systemd runs it: the server and the N agents with 1 MB semi-spaces.
  const smallHeapEnv = { ...boardEnv, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=1`.trim() };
  const enroll = async (id: string, name: string) => {
    const config = join(directory, `${id}.yaml`);
    const code = await main(['devices', 'add', id, '--type', 'light', '--name', name, '--area', 'Porch', '--broker', stack.mqttUrl, '--out', config, '--db', database], captureIo().io);
    if (code !== 0) throw new Error(`enrolling ${id} failed`);
    return config;
  };
  const startAgent = (id: string, config: string, env: NodeJS.ProcessEnv) => {
    const child = spawn(process.execPath, [bin, 'agent', '--config', config, '--data-dir', join(directory, `data-${id}`)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(child);
    return child;
  };
  const online = (id: string) => waitFor(() => stack.coordinator.registry.get(id)?.availability === 'online', ONLINE_TIMEOUT_MS, `${id} online`);
  const goal = async (text: string) => {
    const finished = await stack.coordinator.goals.submit({ text }).finished;
    if (finished.status !== 'done') throw new Error(`the bench goal "${text}" ended ${finished.status}: ${JSON.stringify(finished).slice(0, 600)}`);
  };
  try {
    const server = spawn(process.execPath, [bin, 'inference', 'serve'], { env: smallHeapEnv, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(server);
    await waitFor(() => existsSync(join(directory, 'inference', 'server.sock')), ONLINE_TIMEOUT_MS, 'the board server listening');

    const measureOne = async (id: string, name: string, env: NodeJS.ProcessEnv, enrolled?: string): Promise<AgentFigures> => {
      const config = enrolled ?? (await enroll(id, name));
      const started = performance.now();
      const child = startAgent(id, config, env);
      await online(id);
      const onlineSeconds = (performance.now() - started) / 1000;
      const onlineCpuSeconds = cpuSecondsOf(child.pid!);
      await goal(`turn on the ${name.toLowerCase()}`);
      const figures = { ...memoryOf(child.pid!), onlineSeconds, onlineCpuSeconds };
      await stopChild(child);
      await waitFor(() => stack.coordinator.registry.get(id)?.availability !== 'online', ONLINE_TIMEOUT_MS, `${id} offline`);
      return figures;
    };
    const unmeasured: AgentFigures = { rssMb: Number.NaN, peakRssMb: Number.NaN, onlineSeconds: Number.NaN, onlineCpuSeconds: Number.NaN };
    const singles = options.singles !== false;
    const oneAgent = singles ? await measureOne('board_light', 'Board light', boardEnv) : unmeasured;
    const localAgent = singles ? await measureOne('local_light', 'Local light', { ...boardEnv, MESHMIND_EMBEDDING_ENDPOINT: 'off' }) : unmeasured;
    const smallHeapAgent = singles ? await measureOne('small_light', 'Small light', smallHeapEnv) : unmeasured;
    const restartedAgent = singles ? await measureOne('small_light', 'Small light', smallHeapEnv, join(directory, 'small_light.yaml')) : unmeasured;
    let steps: Array<[string, number]> = [];
    if (options.steps !== false) {
      const token = ensureClientToken(join(directory, 'inference', 'clients'), 'bench.load-steps');
      const stepsScript = fileURLToPath(new URL('./agent-load-steps.ts', import.meta.url));
      const stepsOutput = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', stepsScript, '--board', `unix:${join(directory, 'inference', 'server.sock')}`, token], { encoding: 'utf8' });
      steps = JSON.parse(stepsOutput.trim().split('\n').at(-1)!) as Array<[string, number]>;
    }

    const allNames = options.names ?? LIGHT_NAMES;
    if (count > allNames.length) throw new Error(`at most ${allNames.length} agents`);
    const names = allNames.slice(0, count);
    const ids = names.map((name) => `${name.toLowerCase()}_light`);
    const configs: string[] = [];
    for (const [index, id] of ids.entries()) configs.push(await enroll(id, `${names[index]} light`));
    const probeDirectory = options.probeDirectory;
    const probeEnv = probeDirectory
      ? { ...smallHeapEnv, MESHMIND_MEMORY_PROBE_DIR: probeDirectory, NODE_OPTIONS: `${smallHeapEnv.NODE_OPTIONS} --expose-gc --import ${fileURLToPath(new URL('./memory-probe.mjs', import.meta.url))}` }
      : smallHeapEnv;
    const agents = ids.map((id, index) => startAgent(id, configs[index]!, probeEnv));
    await Promise.all(ids.map(online));
    const onlineFigures = agents.map((child) => memoryOf(child.pid!));
    const onlineProbes = probeDirectory ? await probeAll(agents, probeDirectory, 1) : [];
    if (options.settleMs) await new Promise((resolve) => setTimeout(resolve, options.settleMs));
    for (const name of names) await goal(`turn on the ${name.toLowerCase()} light`);
    const figures = agents.map((child) => memoryOf(child.pid!));
    const probes = probeDirectory ? await probeAll(agents, probeDirectory, 2) : [];
    return { server: memoryOf(server.pid!), oneAgent, localAgent, smallHeapAgent, restartedAgent, agents: figures, steps, probes, onlineFigures, onlineProbes };
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    await stack.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Asks each agent's bench/memory-probe.mjs for its `count`-th look inside, and reads them back. */
async function probeAll(agents: ChildProcess[], probeDirectory: string, count: number): Promise<AgentProbe[]> {
  const probes: AgentProbe[] = [];
  for (const child of agents) {
    const file = join(probeDirectory, `${child.pid}-${count}.json`);
    child.kill('SIGUSR2');
    // Written in one call, but read only once complete: a partial file does not parse.
    await waitFor(
      () => {
        try {
          probes.push(JSON.parse(readFileSync(file, 'utf8')) as AgentProbe);
          return true;
        } catch {
          return false;
        }
      },
      ONLINE_TIMEOUT_MS,
      `the probe of agent ${child.pid}`,
    );
  }
  return probes;
}

/** How one agent line reads: online time, CPU by then, resident memory after one goal. */
function describeAgent(agent: AgentFigures): string {
  return `online in ${agent.onlineSeconds.toFixed(2)} s (${agent.onlineCpuSeconds.toFixed(2)} s of CPU by then), ${agent.rssMb.toFixed(0)} MB resident after one goal (peak ${agent.peakRssMb.toFixed(0)} MB)`;
}

/** The lines `npm run bench:rag` prints for a board. */
export function describeBoard(figures: BoardFigures): string[] {
  const agentsTotal = figures.agents.reduce((sum, agent) => sum + agent.rssMb, 0);
  const count = figures.agents.length;
  const mb = (value: number) => value.toFixed(0);
  return [
    `board server (meshmind inference serve, built-in engine + USE-lite, NODE_OPTIONS=--max-semi-space-size=1), after serving every agent below: ${mb(figures.server.rssMb)} MB resident (peak ${mb(figures.server.peakRssMb)} MB)`,
    `stand-alone meshmind agent (one light) using the board server: ${describeAgent(figures.oneAgent)}`,
    `the same agent with its own model (MESHMIND_EMBEDDING_ENDPOINT=off), side by side: ${describeAgent(figures.localAgent)}`,
    `the agent using the board server with NODE_OPTIONS=--max-semi-space-size=1: ${describeAgent(figures.smallHeapAgent)}`,
    `the same agent restarted (its index on disk): ${describeAgent(figures.restartedAgent)}`,
    ...(figures.steps.length > 0 ? [`one agent's resident memory by load step, the sentence model on the board server: ${figures.steps.map(([step, size]) => `${step} ${size} MB`).join('; ')}`] : []),
    `a board with ${count} agents (one light each) and the server, all with --max-semi-space-size=1: ${mb(figures.server.rssMb + agentsTotal)} MB in all (agents ${figures.agents.map((agent) => mb(agent.rssMb)).join(' / ')} MB); ${count} agents with their own model and default heap: about ${mb(count * figures.localAgent.rssMb)} MB (${count} x the line above)`,
  ];
}

/**
 * Two checkouts' CLIs measured in turns in one process against the same kind of stack: this one's
 * and another's (`--against /path/to/other/bin/meshmind.mjs`), the order alternating by round, so
 * a busy moment of the machine falls on both. Prints one table row per measured line.
 */
async function compare(count: number, against: string, rounds: number): Promise<void> {
  const results: Record<'this' | 'other', BoardFigures[]> = { this: [], other: [] };
  for (let round = 0; round < rounds; round++) {
    const order: Array<'this' | 'other'> = round % 2 === 0 ? ['other', 'this'] : ['this', 'other'];
    for (const side of order) {
      results[side].push(await measureBoard(count, { steps: false, ...(side === 'other' ? { bin: against } : {}) }));
      console.error(`round ${round + 1}: ${side} measured`);
    }
  }
  const agentRows: Array<[string, (figures: BoardFigures) => AgentFigures]> = [
    ['agent using the board server, default heap', (figures) => figures.oneAgent],
    ['agent with its own model', (figures) => figures.localAgent],
    ['agent using the board server, 1 MB semi-spaces, first start (index built)', (figures) => figures.smallHeapAgent],
    ['the same, restarted (index on disk)', (figures) => figures.restartedAgent],
  ];
  const cell = (list: BoardFigures[], pick: (figures: BoardFigures) => AgentFigures) =>
    list.map((figures) => pick(figures)).map((agent) => `${agent.rssMb.toFixed(0)} MB, ${agent.onlineSeconds.toFixed(2)} s (${agent.onlineCpuSeconds.toFixed(2)} s CPU)`).join('; ');
  console.log(`| rounds ${rounds}, RSS after one goal, online (CPU by then) | ${against} | this checkout |`);
  console.log('|---|---|---|');
  for (const [name, pick] of agentRows) console.log(`| ${name} | ${cell(results.other, pick)} | ${cell(results.this, pick)} |`);
  const boardCell = (list: BoardFigures[]) => list.map((figures) => `server ${figures.server.rssMb.toFixed(0)} MB, agents ${figures.agents.map((agent) => agent.rssMb.toFixed(0)).join(' / ')} MB`).join('; ');
  console.log(`| the server + ${count} agents, 1 MB semi-spaces | ${boardCell(results.other)} | ${boardCell(results.this)} |`);
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** One line per board agent: RSS, and what bench/memory-probe.mjs saw inside it after a full GC. */
export function describeProbes(names: readonly string[], figures: ProcessMemory[], probes: AgentProbe[]): string[] {
  return probes.map((probe, index) => {
    const { memory } = probe;
    const spaces = Object.entries(probe.heapSpaces)
      .filter(([, space]) => space.used > 512 * 1024)
      .map(([name, space]) => `${name} ${megabytes(space.used)}`)
      .join(', ');
    const mappings = Object.entries(probe.residentKbByMapping)
      .slice(0, 5)
      .map(([name, kb]) => `${name.split('/').at(-1)} ${(kb / 1024).toFixed(1)}`)
      .join(', ');
    return `${names[index]} light (pid ${probe.pid}): ${figures[index]!.rssMb.toFixed(0)} MB resident after the goals; after a full GC rss ${megabytes(memory.rss)}, heap used ${megabytes(memory.heapUsed)} of ${megabytes(memory.heapTotal)}, external ${megabytes(memory.external)} (array buffers ${megabytes(memory.arrayBuffers)}), before the GC heap used ${megabytes(probe.beforeGc.heapUsed)} / rss ${megabytes(probe.beforeGc.rss)}; V8 spaces (MB used): ${spaces}; resident by mapping (MB): ${mappings}; ${probe.commonJsModules} CommonJS modules`;
  });
}

// `npx tsx bench/board-agents-measure.ts [N]`: the board's lines alone (bench:rag prints them too).
// `npx tsx bench/board-agents-measure.ts N --against OTHER_BIN [--rounds R]`: this checkout against another, alternating.
// `npx tsx bench/board-agents-measure.ts N --board-only [--names Shelf,Desk] [--probe DIR] [--settle S] [--bin OTHER_BIN]`:
// only the board of N agents, in the order named, each looked into by bench/memory-probe.mjs once all
// are online and after the goals (S seconds idle in between); `--bin` runs another checkout's CLI.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(process.argv[2] ?? 4);
  const flag = (name: string) => {
    const index = process.argv.indexOf(name);
    return index >= 0 ? process.argv[index + 1] : undefined;
  };
  const against = flag('--against');
  if (against) await compare(count, against, Number(flag('--rounds') ?? 2));
  else if (process.argv.includes('--board-only')) {
    const names = flag('--names')?.split(',') ?? LIGHT_NAMES;
    const probeDirectory = flag('--probe') ?? mkdtempSync(join(tmpdir(), 'meshmind-probe-'));
    const bin = flag('--bin');
    const figures = await measureBoard(count, { singles: false, steps: false, names, probeDirectory, settleMs: Number(flag('--settle') ?? 0) * 1000, ...(bin ? { bin } : {}) });
    console.log(`board server: ${figures.server.rssMb.toFixed(0)} MB resident`);
    console.log('all online, before any goal:');
    for (const line of describeProbes(names, figures.onlineFigures, figures.onlineProbes)) console.log(line);
    console.log('after one goal each, one after another:');
    for (const line of describeProbes(names, figures.agents, figures.probes)) console.log(line);
  } else for (const line of describeBoard(await measureBoard(count))) console.log(line);
}
