import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureEdgeAgent } from './edge-agent-measure';

// Usage: npm run bench:cold [-- --rounds N]   (default 3)
// The CLI's cold start through tsx (the TypeScript sources) and compiled (`npm run build`, made fresh
// here), side by side: each round runs every measurement once per path, the order of the two paths
// alternating from round to round, so both see the same moment of a shared machine. Prints medians.
//   - `meshmind --help`: the CLI alone;
//   - `meshmind run --say "turn on the kitchen light"` (example home, 32 agents), in a directory
//     whose retrieval indexes a first run wrote (as every run after a person's first);
//   - a stand-alone `meshmind agent` for one light against a coordinator in this process: from spawn
//     to online, and its resident memory after one goal, first start and restart (index on disk).
// Wall time and peak RSS of a process come from /usr/bin/time where it exists.

const BIN = fileURLToPath(new URL('../bin/meshmind.mjs', import.meta.url));
const BUILD = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url));
const TIME = '/usr/bin/time';
const PATHS = [
  ['tsx', false],
  ['compiled', true],
] as const;

interface ProcessFigures {
  seconds: number;
  /** User + system CPU seconds: on a shared machine, closer to an idle machine's wall time than wall time is. */
  cpuSeconds: number;
  peakMb: number;
}

async function timed(args: string[], cwd: string, compiled: boolean): Promise<ProcessFigures> {
  const env = { ...process.env, MESHMIND_LOG_LEVEL: 'warn', MESHMIND_COMPILED: compiled ? '1' : '0' };
  const withTime = existsSync(TIME);
  const command = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', 'peak-kb %M cpu %U %S', process.execPath, BIN, ...args] : [BIN, ...args];
  const started = performance.now();
  let stderr = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`meshmind ${args.join(' ')} exited ${code}:\n${stderr}`);
  const peak = /peak-kb (\d+) cpu ([\d.]+) ([\d.]+)/.exec(stderr);
  return { seconds, cpuSeconds: peak ? Number(peak[2]) + Number(peak[3]) : Number.NaN, peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  const roundsIndex = process.argv.indexOf('--rounds');
  const rounds = roundsIndex >= 0 ? Number(process.argv[roundsIndex + 1]) : 3;
  execFileSync(process.execPath, [BUILD], { stdio: 'inherit' });
  const directory = mkdtempSync(join(tmpdir(), 'meshmind-cold-bench-'));
  const say = ['run', '--say', 'turn on the kitchen light'];
  const figures = new Map<string, number[]>();
  const record = (key: string, value: number) => figures.set(key, [...(figures.get(key) ?? []), value]);
  try {
    // Indexes on disk first, as a person's every run after the first finds them.
    await timed(say, directory, true);
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? PATHS : [...PATHS].reverse();
      for (const [path, compiled] of order) {
        const help = await timed(['--help'], directory, compiled);
        record(`help ${path} s`, help.seconds);
        record(`help ${path} cpu`, help.cpuSeconds);
        record(`help ${path} MB`, help.peakMb);
        const run = await timed(say, directory, compiled);
        record(`run ${path} s`, run.seconds);
        record(`run ${path} cpu`, run.cpuSeconds);
        record(`run ${path} MB`, run.peakMb);
        const agent = await measureEdgeAgent({ compiled });
        record(`agent first ${path} s`, agent.first.onlineSeconds);
        record(`agent first ${path} cpu`, agent.first.onlineCpuSeconds);
        record(`agent restart ${path} s`, agent.restart.onlineSeconds);
        record(`agent restart ${path} cpu`, agent.restart.onlineCpuSeconds);
        record(`agent restart ${path} MB`, agent.restart.rssMb);
        record(`agent restart ${path} peak MB`, agent.restart.peakRssMb);
      }
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const both = (key: string, digits: number) => PATHS.map(([path]) => median(figures.get(key.replace('*', path)) ?? []).toFixed(digits)).join(' / ');
  console.log(`medians of ${rounds} alternating rounds, tsx / compiled:`);
  console.log(`meshmind --help: ${both('help * s', 2)} s wall, ${both('help * cpu', 2)} s CPU, peak ${both('help * MB', 0)} MB`);
  console.log(`meshmind run --say "turn on the kitchen light" (indexes on disk): ${both('run * s', 2)} s wall, ${both('run * cpu', 2)} s CPU, peak ${both('run * MB', 0)} MB`);
  console.log(`stand-alone meshmind agent (one light), first start: online in ${both('agent first * s', 2)} s wall, ${both('agent first * cpu', 2)} s CPU`);
  console.log(
    `stand-alone meshmind agent (one light), restart (index on disk): online in ${both('agent restart * s', 2)} s wall, ${both('agent restart * cpu', 2)} s CPU; ${both('agent restart * MB', 0)} MB resident after one goal (peak ${both('agent restart * peak MB', 0)} MB)`,
  );
  const ratio = (key: string) => median(figures.get(key.replace('*', 'compiled'))!) / median(figures.get(key.replace('*', 'tsx'))!);
  console.log(
    `compiled / tsx, wall (CPU): --help ${ratio('help * s').toFixed(2)} (${ratio('help * cpu').toFixed(2)}), run ${ratio('run * s').toFixed(2)} (${ratio('run * cpu').toFixed(2)}), agent online on restart ${ratio('agent restart * s').toFixed(2)} (${ratio('agent restart * cpu').toFixed(2)})`,
  );
}

await main();
