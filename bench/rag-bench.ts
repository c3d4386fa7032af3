import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDeviceDescription, listDeviceTypes, ROBOT_DIALECTS } from '@meshmind/devices';
import { splitIdentifier } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, createHybridIndex, createMapperIndexCache, openLexicon, type HybridDocument } from '@meshmind/rag';

// Usage: npm run bench:rag
// Prints retrieval latency over an index of 1,000 functions, the index build time, and the
// resident memory of one process hosting 200 agents that share one embedder, against 1 agent, and
// of a stand-alone `meshmind agent`, with its time to come online and a one-sentence `meshmind run`.

const AGENTS_FLAG = '--agents';

const BRAIN_START_FLAG = '--brain-start';

/** Agent processes on the measured board, beside its one inference server. */
const BOARD_AGENTS = 4;

function benchDocuments(): unknown[] {
  return [...listDeviceTypes().map((type) => getDeviceDescription(type)), ...ROBOT_DIALECTS.map((dialect) => dialect.document)];
}

async function hostAgents(count: number): Promise<void> {
  const pool = createEmbedderPool();
  const embedder = await pool.get({ kind: 'use-lite' });
  const lexicon = openLexicon();
  const documents = benchDocuments();
  const indexCache = createMapperIndexCache();
  const mappers = [];
  for (let agent = 0; agent < count; agent += 1) mappers.push(await createApiMapper({ embedder, lexicon, indexCache, document: documents[agent % documents.length] }));
  await mappers[0]!.map('turn it on');
  global.gc?.();
  console.log(JSON.stringify({ agents: mappers.length, rssMb: process.memoryUsage().rss / 2 ** 20, embeddedTexts: pool.computedTexts }));
}

/**
 * One light's retrieval in a fresh process whose index is on disk: time from process start until it
 * can take subtasks, with the embedder waiting for its model first (as agents did) or not.
 */
async function brainStart(mode: 'wait' | 'no-wait', cacheDir: string): Promise<void> {
  const pool = createEmbedderPool();
  const embedder = await pool.get({ kind: 'use-lite' }, { waitForModel: mode === 'wait' });
  const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), cacheDir, document: getDeviceDescription('light') });
  const readySeconds = performance.now() / 1000;
  await mapper.map('turn on the light');
  console.log(JSON.stringify({ readySeconds, firstMapSeconds: performance.now() / 1000, rssMb: process.memoryUsage().rss / 2 ** 20 }));
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

async function main(): Promise<void> {
  const pool = createEmbedderPool();
  const embedder = await pool.get({ kind: 'use-lite' });
  const lexicon = openLexicon();
  // 1,000 distinct functions: the catalog and the ten robot dialects, renamed per imagined vendor line.
  const base = [
    ...listDeviceTypes().flatMap((type) => getDeviceDescription(type)!.functions.map((fn) => ({ name: `${type}_${fn.name}`, text: fn.description }))),
    ...ROBOT_DIALECTS.flatMap((dialect) => dialect.document.map((entry) => ({ name: `${dialect.id}_${entry.name}`, text: entry.notes }))),
  ];
  const documents: HybridDocument[] = Array.from({ length: 1000 }, (_, index) => {
    const source = base[index % base.length]!;
    const name = `${source.name}_v${Math.floor(index / base.length)}`;
    const words = splitIdentifier(name);
    return { id: name, views: [`${words.join(' ')}: ${source.text}`, words.join(' ')], fields: [{ words, weight: 1 }, { words: source.text.toLowerCase().split(/\s+/), weight: 0.6 }] };
  });
  const buildStarted = performance.now();
  const index = await createHybridIndex(documents, { embedder, lexicon });
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const queries = ['Go to shelf 3.', 'Set the brightness to 40%.', 'What is the temperature?', 'Take a photo.', 'Add milk to the shopping list', 'Open the garage door', 'Check shelf 3 for free space', 'Turn the volume down'];
  for (const query of queries) await index.search(query, 5);
  const latencies: number[] = [];
  for (let round = 0; round < 25; round += 1) {
    for (const query of queries) {
      const text = `${query} ${round}`;
      const started = performance.now();
      await index.search(text, 5);
      latencies.push(performance.now() - started);
    }
  }
  latencies.sort((left, right) => left - right);
  console.log(`index of ${documents.length} functions (2 views each, USE-lite 512-d): build ${buildSeconds.toFixed(1)} s`);
  console.log(`retrieval over ${latencies.length} fresh queries (embedding included): p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms`);

  const self = fileURLToPath(import.meta.url);
  const measure = (agents: number) =>
    JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, AGENTS_FLAG, String(agents)], { encoding: 'utf8' }).trim().split('\n').at(-1)!) as {
      agents: number;
      rssMb: number;
      embeddedTexts: number;
    };
  const one = measure(1);
  const perDocument = measure(benchDocuments().length);
  const many = measure(200);
  console.log(`resident memory, 1 agent: ${one.rssMb.toFixed(0)} MB (${one.embeddedTexts} texts embedded)`);
  console.log(`resident memory, ${perDocument.agents} agents, one per distinct API document: ${perDocument.rssMb.toFixed(0)} MB (${perDocument.embeddedTexts} texts embedded)`);
  console.log(`resident memory, 200 agents sharing one embedder: ${many.rssMb.toFixed(0)} MB (${many.embeddedTexts} texts embedded), ratio ${(many.rssMb / one.rssMb).toFixed(2)}x`);
  console.log(
    `  per agent beyond the first: ${((many.rssMb - one.rssMb) / (many.agents - one.agents)).toFixed(2)} MB; per agent of a document already loaded: ${((many.rssMb - perDocument.rssMb) / (many.agents - perDocument.agents)).toFixed(2)} MB`,
  );
  const cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-brain-start-'));
  const startBrain = (mode: 'wait' | 'no-wait') =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, BRAIN_START_FLAG, mode, cacheDir], { encoding: 'utf8' }).trim().split('\n').at(-1)!) as { readySeconds: number; firstMapSeconds: number; rssMb: number };
  startBrain('wait');
  const waiting = startBrain('wait');
  const notWaiting = startBrain('no-wait');
  rmSync(cacheDir, { recursive: true, force: true });
  for (const [label, figures] of [['waiting for the model (before)', waiting], ['model loading meanwhile (now)', notWaiting]] as const) {
    console.log(`one light's retrieval from an index on disk, ${label}: ready ${figures.readySeconds.toFixed(2)} s after process start, first subtask mapped at ${figures.firstMapSeconds.toFixed(2)} s`);
  }
  const steps = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./agent-load-steps.ts', import.meta.url))], { encoding: 'utf8' }).trim().split('\n').at(-1)!) as Array<[string, number]>;
  console.log(`one agent's resident memory by load step: ${steps.map(([step, mb]) => `${step} ${mb} MB`).join('; ')}`);
  // Imported here: the coordinator and CLI it loads must not count in the agent-hosting processes above.
  const { measureEdgeAgent, measureOneSentenceRun } = await import('./edge-agent-measure');
  // Through tsx and compiled (`npm run build`, made fresh here), one after the other in this run.
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))], { stdio: 'ignore' });
  for (const [path, compiled] of [['tsx', false], ['compiled', true]] as const) {
    const edge = await measureEdgeAgent({ compiled });
    for (const [label, figures] of [['first start', edge.first], ['restart, index on disk', edge.restart]] as const) {
      console.log(`stand-alone meshmind agent (one light, ${path}), ${label}: online in ${figures.onlineSeconds.toFixed(2)} s, ${figures.rssMb.toFixed(0)} MB resident after one goal (peak ${figures.peakRssMb.toFixed(0)} MB)`);
    }
  }
  for (const [path, compiled] of [['tsx', false], ['compiled', true]] as const) {
    const run = await measureOneSentenceRun({ compiled });
    console.log(`meshmind run --say (one sentence, example home, ${path}): ${run.first.toFixed(2)} s with no index on disk, ${run.again.toFixed(2)} s with the first run's`);
  }
  // A board: the shared server computing the sentence model for every agent (issue #18, point 2).
  const { describeBoard, measureBoard } = await import('./board-agents-measure');
  for (const line of describeBoard(await measureBoard(BOARD_AGENTS))) console.log(line);
}

const agentsIndex = process.argv.indexOf(AGENTS_FLAG);
const brainStartIndex = process.argv.indexOf(BRAIN_START_FLAG);
if (agentsIndex >= 0) await hostAgents(Number(process.argv[agentsIndex + 1]));
else if (brainStartIndex >= 0) await brainStart(process.argv[brainStartIndex + 1] === 'wait' ? 'wait' : 'no-wait', process.argv[brainStartIndex + 2]!);
else await main();
