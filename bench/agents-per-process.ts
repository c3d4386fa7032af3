/**
 * What every extra agent in one process costs in resident memory (issue #18, point 2: at most 1 MB).
 * Each measurement is a fresh child process (`node --expose-gc`) that starts real device agents of
 * one type (simulated lights of the catalog, the built-in engine's AgentBrain shared by all, one
 * task database) against an embedded aedes broker on loopback (anonymous: the broker's ACL is not
 * what is measured), and gives each one subtask over MQTT, as a coordinator would. RSS after a full
 * GC is read with 1 agent, then with N agents idle (MQTT client, runner, retrieval pipeline), then
 * after one subtask each (sandbox, task machine, journals). Two sandbox setups, one after the other
 * in one run:
 *   - "module per agent": every agent's sandbox keeps its own QuickJS module for its life, loaded
 *     the library's way (newQuickJSAsyncWASMModule, which compiles the WebAssembly each time), as
 *     every sandbox did before the shared pool;
 *   - "module per agent, code shared": the same, but the modules instantiate one compiled copy;
 *   - "shared pool": the default, the process's one pool (libs/fsm/src/sandbox-module-pool.ts).
 * A second table isolates the sandbox: N sandboxes, each with its own simulated light, run one
 * program each (no MQTT, no retrieval), so the module's share is not lost in the whole agent's noise.
 * Run: npx tsx bench/agents-per-process.ts [N, default 200]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { newQuickJSAsyncWASMModule } from 'quickjs-emscripten';
import { AgentBrain, createAgent, type DeviceAgent } from '@meshmind/device-agent';
import { createSimulatedDriver } from '@meshmind/devices';
import { Sandbox, SandboxModulePool, createManualClock, openTaskDatabase, processSandboxModules } from '@meshmind/fsm';
import { Topics, connectMqtt, publishMessage, safeParseJson } from '@meshmind/protocol';
import { startPlainBroker } from '../test/support/plain-broker';

type Mode = 'per-agent' | 'per-agent-shared-code' | 'shared';
const CHILD_FLAG = '--child';

interface ChildReport {
  mode: Mode;
  agents: number;
  oneMb: number;
  idleMb: number;
  afterGoalsMb: number;
  modulesLoaded: number;
}

/** A sandbox's own pool for the per-agent modes (it keeps its one module, as before); none for the shared one. */
function poolFor(mode: Mode): SandboxModulePool | undefined {
  if (mode === 'per-agent') return new SandboxModulePool({ load: () => newQuickJSAsyncWASMModule() });
  if (mode === 'per-agent-shared-code') return new SandboxModulePool();
  return undefined;
}

const LABELS: Record<Mode, string> = { 'per-agent': 'module per agent (before)', 'per-agent-shared-code': 'module per agent, code shared', shared: 'shared pool (after)' };
const MODES: Mode[] = ['per-agent', 'per-agent-shared-code', 'shared'];

/** Full collections with pauses between them: V8 unmaps freed pages on background threads, later. */
async function rssAfterGcMb(): Promise<number> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  for (let round = 0; round < 4; round += 1) {
    collect();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return process.memoryUsage().rss / 2 ** 20;
}

async function child(mode: Mode, count: number): Promise<ChildReport> {
  const logger = pino({ level: 'silent' });
  const broker = await startPlainBroker();
  const brain = await AgentBrain.create({}, logger);
  const database = openTaskDatabase(':memory:');
  const topics = new Topics();
  const waiting = new Map<string, (outcome: string) => void>();
  const coordinator = await connectMqtt({
    url: broker.url,
    clientId: 'coordinator',
    credentials: { username: 'coordinator', password: 'bench' },
    onMessage: (_topic, payload) => {
      const report = safeParseJson(payload.toString('utf8'));
      const envelope = report.ok ? (report.value as { id?: string; data?: { outcome?: string } }) : undefined;
      if (envelope?.id && envelope.data?.outcome) waiting.get(envelope.id)?.(envelope.data.outcome);
    },
  });
  await coordinator.subscribeAsync(topics.allDevices('reports'), { qos: 1 });
  const agents: DeviceAgent[] = [];
  const sharedPoolStats = processSandboxModules.stats();
  const perAgentPools: SandboxModulePool[] = [];

  const addAgents = async (upTo: number) => {
    while (agents.length < upTo) {
      const id = `light-${agents.length + 1}`;
      const driver = createSimulatedDriver('light', { initialState: { on: false, brightness: 50 } });
      await driver.start();
      const pool = poolFor(mode);
      if (pool) perAgentPools.push(pool);
      const agent = await createAgent({
        brain,
        identity: { id, name: `Light ${agents.length + 1}`, aliases: [], area: null },
        driver,
        database,
        mqttUrl: broker.url,
        credentials: { username: `device.${id}`, password: 'bench' },
        logger,
        ...(pool ? { sandbox: new Sandbox({ modules: pool }) } : {}),
      });
      await agent.start();
      agents.push(agent);
    }
  };
  const oneGoalEach = async (from: number) => {
    for (let index = from; index < agents.length; index += 1) {
      const deviceId = `light-${index + 1}`;
      const id = `bench-${index + 1}`;
      const outcome = new Promise<string>((resolve) => waiting.set(id, resolve));
      const request = { id, goalId: `goal-${index + 1}`, text: `Turn on the light and set the brightness to ${10 + (index % 80)} percent.`, deadline: Date.now() + 120_000, issuedAt: Date.now() };
      await publishMessage(coordinator, topics.device(deviceId, 'subtasks'), request, { responseTopic: topics.device(deviceId, 'reports'), correlationData: id });
      const result = await outcome;
      if (result !== 'done') throw new Error(`${deviceId}: subtask ended ${result}`);
    }
  };

  await addAgents(1);
  await oneGoalEach(0);
  const oneMb = await rssAfterGcMb();
  await addAgents(count);
  const idleMb = await rssAfterGcMb();
  await oneGoalEach(1);
  const afterGoalsMb = await rssAfterGcMb();
  const modulesLoaded = mode === 'shared' ? processSandboxModules.stats().loaded - sharedPoolStats.loaded : perAgentPools.reduce((sum, pool) => sum + pool.stats().loaded, 0);
  await Promise.allSettled(agents.map((agent) => agent.stop()));
  await coordinator.endAsync();
  database.close();
  await brain.close();
  await broker.close();
  return { mode, agents: count, oneMb, idleMb, afterGoalsMb, modulesLoaded };
}

/** N sandboxes (one simulated light each) run one program each; RSS after GC with 1 and with N. */
async function sandboxChild(mode: Mode, count: number): Promise<ChildReport> {
  const clock = createManualClock({ autoAdvance: true });
  const sandboxes: Array<{ sandbox: Sandbox; pool: SandboxModulePool | undefined; driver: ReturnType<typeof createSimulatedDriver> }> = [];
  const before = processSandboxModules.stats().loaded;
  const runNext = async (index: number) => {
    const driver = createSimulatedDriver('light', { initialState: { on: false, brightness: 50 } });
    await driver.start();
    const pool = poolFor(mode);
    const sandbox = new Sandbox(pool ? { modules: pool } : {});
    sandboxes.push({ sandbox, pool, driver });
    await sandbox.run(`device.turn_on({});\ndevice.set_brightness({ brightness: ${10 + (index % 80)} });`, { driver, clock, confirmed: false });
  };
  await runNext(0);
  const oneMb = await rssAfterGcMb();
  for (let index = 1; index < count; index += 1) await runNext(index);
  const afterGoalsMb = await rssAfterGcMb();
  const modulesLoaded = mode === 'shared' ? processSandboxModules.stats().loaded - before : sandboxes.reduce((sum, entry) => sum + (entry.pool?.stats().loaded ?? 0), 0);
  await Promise.allSettled(sandboxes.map((entry) => entry.driver.stop()));
  return { mode, agents: count, oneMb, idleMb: oneMb, afterGoalsMb, modulesLoaded };
}

function measure(mode: Mode, count: number, what: 'agents' | 'sandboxes'): ChildReport {
  const self = fileURLToPath(import.meta.url);
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, CHILD_FLAG, what, mode, String(count)], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  return JSON.parse(output.trim().split('\n').at(-1)!) as ChildReport;
}

const childIndex = process.argv.indexOf(CHILD_FLAG);
if (childIndex >= 0) {
  const [what, mode, count] = process.argv.slice(childIndex + 1);
  const report = what === 'sandboxes' ? await sandboxChild(mode as Mode, Number(count)) : await child(mode as Mode, Number(count));
  console.log(JSON.stringify(report));
  process.exit(0);
} else {
  const count = Number(process.argv[2] ?? 200);
  if (!Number.isInteger(count) || count < 2) throw new Error('N must be a whole number >= 2');
  const perExtra = (from: number, to: number) => ((to - from) / (count - 1)).toFixed(2);
  console.log(`${count} light agents in one process, one subtask each; RSS after GC (MB); per extra agent = (N agents - 1 agent) / ${count - 1}`);
  console.log('sandbox                       | 1 agent | N idle | N after a subtask each | per extra agent, idle / after a subtask | QuickJS modules loaded');
  for (const mode of MODES) {
    const report = measure(mode, count, 'agents');
    const label = LABELS[mode].padEnd(29);
    console.log(
      `${label} | ${report.oneMb.toFixed(0).padStart(7)} | ${report.idleMb.toFixed(0).padStart(6)} | ${report.afterGoalsMb.toFixed(0).padStart(22)} | ${perExtra(report.oneMb, report.idleMb)} / ${perExtra(report.oneMb, report.afterGoalsMb)} MB | ${report.modulesLoaded}`,
    );
  }
  console.log(`\nthe sandbox alone: ${count} sandboxes, a simulated light each, one program each; RSS after GC (MB)`);
  console.log('sandbox                       | 1 sandbox | N sandboxes | per extra sandbox | QuickJS modules loaded');
  for (const mode of MODES) {
    const report = measure(mode, count, 'sandboxes');
    const label = LABELS[mode].padEnd(29);
    console.log(`${label} | ${report.oneMb.toFixed(0).padStart(9)} | ${report.afterGoalsMb.toFixed(0).padStart(11)} | ${perExtra(report.oneMb, report.afterGoalsMb).padStart(14)} MB | ${report.modulesLoaded}`);
  }
}
