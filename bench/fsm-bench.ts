/**
 * Per-stage latency of one subtask through the task machine (libs/fsm): map, generate, validate,
 * execute, verify. Two paths, measured side by side in one run, both with the built-in engine as
 * an agent runs it (AgentBrain: USE-lite embeddings + lexicon + libs/rag retrieval, programs from
 * the mapped calls) on a simulated light of the catalog:
 *   - "engine": a fresh program per subtask;
 *   - "cache hit": the experience cache supplies a verified program; nothing is generated.
 * Run: npx tsx bench/fsm-bench.ts [subtasks per path, default 100]
 */
import { pino } from 'pino';
import type { SubtaskProgress } from '@meshmind/protocol';
import { TaskRunner, openTaskDatabase, systemClock, type Clock } from '@meshmind/fsm';
import { createSimulatedDriver } from '@meshmind/devices';
import { AgentBrain } from '@meshmind/device-agent';

// The fresh path varies the brightness, so neither the embedding cache nor the experience cache
// can answer; the cache-hit path repeats one subtask, as a household repeating a habit does.
const subtaskText = (path: 'engine' | 'cache', index: number) =>
  `Turn on the light and set the brightness to ${path === 'cache' ? 40 : 10 + (Math.abs(index) % 90)} percent.`;
const brain = await AgentBrain.create({}, pino({ level: 'silent' }));

// Sub-millisecond stage times need a finer clock than Date.now().
const preciseClock: Clock = { ...systemClock, now: () => performance.timeOrigin + performance.now() };
const STAGES = ['mapping', 'generating', 'validating', 'executing', 'verifying'] as const;
const LABELS: Record<(typeof STAGES)[number], string> = { mapping: 'map', generating: 'generate', validating: 'validate', executing: 'execute', verifying: 'verify' };

interface BenchPath {
  name: 'engine' | 'cache';
  runner: TaskRunner;
  close: () => void;
  progress: SubtaskProgress[];
}

async function openPath(name: 'engine' | 'cache'): Promise<BenchPath> {
  const database = openTaskDatabase(':memory:');
  const progress: SubtaskProgress[] = [];
  const driver = createSimulatedDriver('light', { initialState: { on: false, brightness: 80 } });
  await driver.start();
  const runner = new TaskRunner({
    deviceId: `bench-${name}`,
    driver,
    ...(await brain.pipeline(driver.description, () => driver.getState())),
    database,
    experienceCache: name === 'cache',
    clock: preciseClock,
    onProgress: (event) => progress.push(event),
  });
  await runner.start();
  return { name, runner, progress, close: () => database.close() };
}

function subtask(path: BenchPath, index: number) {
  return { id: `${path.name}-${index}`, goalId: 'bench', text: subtaskText(path.name, index), deadline: Date.now() + 60_000, issuedAt: Date.now() };
}

function durationsOf(path: BenchPath, count: number): Map<string, number[]> {
  const durations = new Map<string, number[]>([...STAGES.map((stage) => [stage, [] as number[]] as const), ['total', []]]);
  const order = [...STAGES, 'done'];
  for (let index = 0; index < count; index += 1) {
    const events = path.progress.filter((event) => event.id === subtask(path, index).id);
    const at = (stage: string) => events.find((event) => event.stage === stage)?.at ?? NaN;
    for (const [position, stage] of STAGES.entries()) durations.get(stage)?.push(at(order[position + 1] as string) - at(stage));
    durations.get('total')?.push(at('done') - at('mapping'));
  }
  return durations;
}

/** Both paths in one loop, alternating, so warm-up, GC and the neighbours' load hit them alike. */
async function measure(count: number): Promise<{ engine: Map<string, number[]>; cache: Map<string, number[]> }> {
  const paths = [await openPath('engine'), await openPath('cache')];
  // Warm-up: loads each QuickJS module and, on the cache path, stores the verified program.
  for (let index = 1; index <= 5; index += 1) for (const path of paths) await path.runner.submit(subtask(path, -index));
  for (let index = 0; index < count; index += 1) {
    for (const path of paths) {
      const result = await path.runner.submit(subtask(path, index));
      if (result.outcome !== 'done') throw new Error(`bench subtask failed: ${result.message}`);
    }
  }
  const [engine, cache] = paths.map((path) => durationsOf(path, count)) as [Map<string, number[]>, Map<string, number[]>];
  for (const path of paths) {
    await path.runner.stop();
    path.close();
  }
  return { engine, cache };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100);
  const { engine, cache } = await measure(count);
  const format = (value: number) => value.toFixed(2).padStart(8);
  console.log(`Task machine per-stage latency, ${count} subtasks per path ("${subtaskText('engine', 30)}": 2 calls), ms`);
  console.log('built-in engine: USE-lite + lexicon retrieval (libs/rag), programs from the mapped calls; device: simulated light');
  console.log(`${'stage'.padEnd(10)} ${'engine p50'.padStart(10)} ${'engine p90'.padStart(10)} ${'cache p50'.padStart(10)} ${'cache p90'.padStart(10)}`);
  for (const stage of [...STAGES, 'total'] as const) {
    const label = stage === 'total' ? 'total' : LABELS[stage];
    const a = engine.get(stage) ?? [];
    const b = cache.get(stage) ?? [];
    console.log(`${label.padEnd(10)} ${format(quantile(a, 0.5))}   ${format(quantile(a, 0.9))}   ${format(quantile(b, 0.5))}   ${format(quantile(b, 0.9))}`);
  }
  const ratio = quantile(cache.get('total') ?? [], 0.5) / quantile(engine.get('total') ?? [], 0.5);
  console.log(`cache-hit total / engine total (p50): ${ratio.toFixed(2)}`);
  await brain.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
