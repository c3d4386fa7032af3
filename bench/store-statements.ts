// Usage: node --import tsx bench/store-statements.ts [GOALS] [--list]
// The coordinator's store on bench:latency's one-device goal: how many statements and commits its
// database runs per goal, by kind, and the CPU each kind takes per call (process.cpuUsage around
// better-sqlite3's run/get/all: SQLite's own work and the binding's, not drizzle's or the store's
// code around it), median over GOALS goals (default 300) after 30 of warm-up, the example home's
// stack in this process. Only the connection to meshmind.db that the goal path uses: the agents'
// own task file is another database, and the MQTT credentials' change check (a timer, PRAGMA
// data_version) is counted apart. --list prints the statements of one goal in order.
// To compare trees, copy this file into the other tree's bench/ and run it there in turn.
import Database from 'better-sqlite3';
import { startExampleHomeStack } from './example-home-stack';
import { GoalClient } from './goal-client';

const goalCount = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 300);
const list = process.argv.includes('--list');

let on = false;
const order: string[] = [];
const cpuByKind = new Map<string, number[]>();
const statement = Object.getPrototypeOf(new Database(':memory:').prepare('select 1')) as Record<string, (...args: unknown[]) => unknown>;
for (const method of ['run', 'get', 'all']) {
  const original = statement[method]!;
  statement[method] = function (this: { source: string; database: { name: string } }, ...args: unknown[]) {
    if (!on || !this.database.name.endsWith('meshmind.db')) return original.apply(this, args);
    const before = process.cpuUsage();
    try {
      return original.apply(this, args);
    } finally {
      const after = process.cpuUsage();
      const kind = this.source.replace(/\s+/g, ' ').replace(/\(.*$/, '').slice(0, 70).trim();
      order.push(this.source.replace(/\s+/g, ' ').slice(0, 110));
      const calls = cpuByKind.get(kind) ?? [];
      calls.push(after.user + after.system - before.user - before.system);
      cpuByKind.set(kind, calls);
    }
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const home = await startExampleHomeStack('store-statements');
const client = new GoalClient(home.goalsUrl, home.token, 1);
const goals = ['turn on the kitchen light', 'turn off the kitchen light'];
for (let index = 0; index < 30; index += 1) await client.post(goals[index % 2]!);
const perGoal: number[] = [];
const commitsPerGoal: number[] = [];
for (let index = 0; index < goalCount; index += 1) {
  order.length = 0;
  on = true;
  const response = await client.post(goals[index % 2]!);
  on = false;
  if (response.status !== 200) throw new Error(`goal answered ${response.status}`);
  const ours = order.filter((source) => !/data_version|mqtt_credentials/.test(source));
  perGoal.push(ours.length);
  commitsPerGoal.push(ours.filter((source) => /^COMMIT/.test(source)).length);
  if (list && index === goalCount - 1) for (const source of order) console.log(`  ${source}`);
}
await home.stop();
let sum = 0;
console.log(`statements per goal: median ${median(perGoal)} (min ${Math.min(...perGoal)}, max ${Math.max(...perGoal)}); commits (COMMIT) median ${median(commitsPerGoal)}`);
const rows = [...cpuByKind].map(([kind, calls]) => ({ kind, perGoal: calls.length / goalCount, p50: median(calls) }));
for (const row of rows.sort((a, b) => b.perGoal * b.p50 - a.perGoal * a.p50)) {
  if (!/data_version|mqtt_credentials/.test(row.kind)) sum += row.perGoal * row.p50;
  console.log(`  ${row.perGoal.toFixed(2)}/goal  ${String(row.p50).padStart(4)} us p50  ${row.kind}`);
}
console.log(`CPU in the goal path's statements, sum of count x p50: ${sum.toFixed(0)} us a goal`);
process.exit(0);
