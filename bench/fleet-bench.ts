import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { AgentBrain } from '@meshmind/device-agent';
import { startFleetAgents, type FleetMode } from './fleet/fleet-agents';
import type { HostReply, HostRequest, HostRunResult, SubtaskTrail } from './fleet/coordinator-host';
import { markdownTable, summarise, svgChart, type FleetRunRecord } from './fleet/fleet-report';
import { SHELF_GOAL } from './fleet/fleet-runner';
import { verifyShelves } from './fleet/fleet-verify';

/**
 * LLMind 2.0's warehouse experiment at N = 1..10, 100 and 1,000 robots and shelves, distributed
 * (each agent maps and writes its own program) and centralised (the coordinator writes them all),
 * on fresh seeded mixed-vendor fleets. The coordinator (with its broker) runs in its own process so
 * its CPU and memory are its own; the robots' world and agents run here.
 *
 *   npm run bench:fleet -- [--sizes 1,2,...,10,100,1000] [--reps 5] [--modes distributed,centralised] [--out bench/fleet/results]
 */

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,2,3,4,5,6,7,8,9,10,100,1000' },
    reps: { type: 'string', default: '5' },
    modes: { type: 'string', default: 'distributed,centralised' },
    out: { type: 'string', default: 'bench/fleet/results' },
    'time-scale': { type: 'string', default: '100' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const modes = values.modes.split(',') as FleetMode[];
const logger = pino({ level: process.env.MESHMIND_LOG_LEVEL ?? 'silent' });

/** Fewer repetitions for big fleets: a 1,000-robot run takes minutes on two cores. */
function repetitionsFor(robots: number): number {
  const base = Number(values.reps);
  return robots >= 1000 ? 1 : robots >= 100 ? Math.min(base, 3) : base;
}

/** The bench process's resident memory now and at its peak (VmRSS, VmHWM), in MB. */
function residentMemoryMb(): { rss: number; peak: number } {
  const status = readFileSync('/proc/self/status', 'utf8').split('\n');
  const field = (name: string) => Math.round(Number(status.find((line) => line.startsWith(`${name}:`))?.split(/\s+/)[1] ?? Number.NaN) / 1024);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

/** A per-subtask deadline that grows with the fleet: robots queue in aisles and agents share two cores. */
function deadlineFor(robots: number): number {
  return robots >= 1000 ? 600_000 : robots >= 100 ? 120_000 : 60_000;
}

const seconds = (milliseconds: number | null) => (milliseconds === null ? '-' : `${(milliseconds / 1000).toFixed(1)} s`);

function describeSubtask(subtask: SubtaskTrail): string {
  const value = subtask.value === undefined ? '' : ` value ${JSON.stringify(subtask.value)}`;
  return `${subtask.id} ${subtask.deviceId} ${subtask.status} (last stage ${subtask.stage ?? '-'}, sent at ${seconds(subtask.dispatchedMs)}, ended at ${seconds(subtask.finishedMs)})${value}: ${subtask.message ?? ''}`;
}

class Host {
  readonly #child: ChildProcess;
  #waiting: ((reply: HostReply) => void) | null = null;

  constructor() {
    this.#child = fork(fileURLToPath(new URL('./fleet/coordinator-host.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.#child.on('message', (message) => this.#waiting?.(message as HostReply));
  }

  request(request: HostRequest): Promise<HostReply> {
    return new Promise((resolve, reject) => {
      this.#waiting = (reply) => (reply.kind === 'error' ? reject(new Error(reply.message)) : resolve(reply));
      this.#child.send(request);
    });
  }

  exit(): void {
    this.#child.send({ kind: 'exit' } satisfies HostRequest);
  }
}

async function measure(host: Host, brain: AgentBrain, robots: number, mode: FleetMode, seed: number): Promise<FleetRunRecord> {
  const ready = await host.request({ kind: 'start', robots, shelves: robots, seed, mode, subtaskTimeoutMs: deadlineFor(robots) });
  if (ready.kind !== 'ready') throw new Error(`coordinator host answered ${ready.kind}`);
  const credentials = new Map(ready.credentials);
  const agents = await startFleetAgents({ mqttUrl: ready.url, credentialsFor: (deviceId) => credentials.get(deviceId)!, robots, shelves: robots, seed, mode, logger, sharedBrain: brain, timeScale: Number(values['time-scale']) });
  try {
    await host.request({ kind: 'wait', robots });
    const simulatedBefore = agents.simulatedMs();
    const stopDriving = agents.drive();
    const reply = await host.request({ kind: 'run', text: SHELF_GOAL });
    stopDriving();
    if (reply.kind !== 'result') throw new Error(`coordinator host answered ${reply.kind}`);
    const result: HostRunResult = reply.result;
    // A run with wrong shelves says how its goal ended, in the coordinator's words: the answer's
    // first sentence counts the shelves checked, and what could not be done and why comes last,
    // after a thousand readings (the first 400 characters of it said only the count and readings).
    if (result.readings.length < robots) {
      const reasons = result.answer.length > 1200 ? `${result.answer.slice(0, 200)} [...] ${result.answer.slice(-1000)}` : result.answer;
      console.error(`N=${robots} ${mode}: the goal ended ${result.status} with ${result.readings.length} readings: ${reasons}`);
    }
    const shelves = Array.from({ length: robots }, (_, index) => index + 1);
    const verification = verifyShelves(new Map(result.readings), shelves, (shelf) => agents.world.vacantSlots(shelf));
    // Each shelf that is not right, with every subtask asked about it: which device, how it ended and
    // when (the deadline is from dispatch), so a miss can be told apart: a deadline, a misreading, a loss.
    for (const verdict of verification.verdicts.filter((entry) => !entry.correct)) {
      const trail = result.subtasks.filter((subtask) => subtask.shelf === verdict.shelf).map(describeSubtask);
      console.error(`N=${robots} ${mode}: shelf ${verdict.shelf} not right (truth ${JSON.stringify(verdict.truth)}, reported ${JSON.stringify(verdict.reported)}): ${trail.join(' | ') || 'no subtask'}`);
    }
    return {
      robots,
      mode,
      repetition: seed,
      shelves: robots,
      correctShelves: verification.correct,
      wallMs: result.wallMs,
      simulatedMs: agents.simulatedMs() - simulatedBefore,
      messages: result.messages,
      bytes: result.bytes,
      coordinatorCpuMs: result.cpuMs,
      coordinatorPeakRssBytes: result.peakRssBytes,
      stages: result.stages,
    };
  } finally {
    await agents.stop();
    await host.request({ kind: 'stop' });
  }
}

// One coordinator process per mode: the central writer's embedder must not count against the distributed coordinator.
const hosts = new Map(modes.map((mode) => [mode, new Host()] as const));
const brain = await AgentBrain.create({}, logger);
const records: FleetRunRecord[] = [];
try {
  // Unmeasured warm-up with every vendor once per mode: index builds and JIT are start-up costs.
  for (const mode of modes) await measure(hosts.get(mode)!, brain, 10, mode, 999);
  for (const robots of sizes) {
    for (let repetition = 1; repetition <= repetitionsFor(robots); repetition += 1) {
      for (const mode of modes) {
        const record = await measure(hosts.get(mode)!, brain, robots, mode, repetition);
        records.push(record);
        // This process hosts every robot's agent (one shared brain): its memory is the agents' memory.
        const agentsMemory = residentMemoryMb();
        console.error(`N=${robots} ${mode} #${repetition}: ${record.correctShelves}/${record.shelves} right, ${(record.wallMs / 1000).toFixed(2)} s wall, ${(record.simulatedMs / 1000).toFixed(1)} s simulated, ${record.messages} messages, agents' process ${agentsMemory.rss} MB resident (peak ${agentsMemory.peak} MB)`);
      }
    }
  }
} finally {
  for (const host of hosts.values()) host.exit();
  await brain.close();
}

const summaries = summarise(records);
const table = markdownTable(summaries);
await mkdir(values.out, { recursive: true });
await writeFile(`${values.out}/runs.json`, `${JSON.stringify(records, null, 1)}\n`);
await writeFile(`${values.out}/table.md`, `${table}\n`);
await writeFile(`${values.out}/chart.svg`, `${svgChart(summaries)}\n`);
console.log(table);
