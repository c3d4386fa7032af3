import { parseArgs } from 'node:util';
import { startExampleHomeStack } from './example-home-stack';

// Usage: npm run bench:soak [-- --goals 10000 --warmup 1000 --concurrency 20]
// Sends goals over real HTTP to one running stack (embedded broker, coordinator, the example home's
// 32 agents, all in this process as `npm start` runs them) and prints the resident memory after the
// warm-up and at the end, with garbage collection forced before each reading. The target is growth
// after warm-up of 5% or less: anything more is memory kept per goal.

const { values } = parseArgs({
  options: { goals: { type: 'string' }, warmup: { type: 'string' }, concurrency: { type: 'string' } },
});
const total = Number(values.goals ?? 10_000);
const warmup = Number(values.warmup ?? 1_000);
const concurrency = Number(values.concurrency ?? 20);

// A day's mix: switching, setting, asking, several devices at once.
const GOALS = [
  'turn on the kitchen light',
  'turn off the kitchen light',
  'set the bedroom thermostat to 21 degrees',
  'is the front door locked?',
  'close the living room blinds',
  'open the living room blinds',
  'turn on the hallway light and the kitchen light',
  'what is the temperature in the bedroom?',
];

function rssMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().rss / 2 ** 20;
}

async function main(): Promise<void> {
  if (!globalThis.gc) console.warn('run with node --expose-gc for steadier figures (npm run bench:soak does)');
  const home = await startExampleHomeStack('soak');
  const url = home.goalsUrl;
  let sent = 0;
  let failed = 0;
  const readings: Array<{ goals: number; rssMb: number }> = [{ goals: 0, rssMb: rssMb() }];
  const started = performance.now();
  async function worker(until: number): Promise<void> {
    while (sent < until) {
      const text = GOALS[sent % GOALS.length]!;
      sent += 1;
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${home.token}` }, body: JSON.stringify({ text, wait: true }) });
      const goal = (await response.json()) as { status?: string };
      if (!response.ok || goal.status === 'failed') failed += 1;
    }
  }
  for (const until of [warmup, total]) {
    await Promise.all(Array.from({ length: concurrency }, () => worker(until)));
    readings.push({ goals: until, rssMb: rssMb() });
    console.log(`after ${until} goals: RSS ${readings.at(-1)!.rssMb.toFixed(0)} MB (${failed} failed so far, ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await home.stop();
  const [, afterWarmup, end] = readings;
  const growth = ((end!.rssMb - afterWarmup!.rssMb) / afterWarmup!.rssMb) * 100;
  console.log(`RSS growth after warm-up: ${growth.toFixed(1)}% (${afterWarmup!.rssMb.toFixed(0)} MB at ${warmup} goals -> ${end!.rssMb.toFixed(0)} MB at ${total}); target <= 5%`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
