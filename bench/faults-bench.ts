import { parseArgs } from 'node:util';
import { FaultRig, mosquittoPresent, type BrokerKind } from '../test/support/fault-rig';
import { FAULTS, judge } from '../test/support/process-faults';

// Usage: npm run bench:faults [-- --runs 10 --broker embedded|mosquitto]
// Repeats each fault of the fault suite (test/process-faults.test.ts) against real processes:
// `meshmind start` (with the embedded broker in it, or beside a real Mosquitto) and
// `meshmind agent --config`, killed or stopped mid-goal and started again. Counts, from the
// device's own log, the runs where the requested effect happened exactly once, and the runs whose
// answer said what happened. A run that throws (a process that did not come back in time) counts as
// neither, and the rig is built again for the next run.

const { values } = parseArgs({ options: { runs: { type: 'string' }, broker: { type: 'string', multiple: true } } });
const runs = Number(values.runs ?? 10);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number of at least 1, got ${values.runs}`);
const requested = (values.broker ?? ['embedded', 'mosquitto']) as BrokerKind[];
for (const broker of requested) if (broker !== 'embedded' && broker !== 'mosquitto') throw new Error(`--broker is embedded or mosquitto, got ${broker}`);

interface Row {
  fault: string;
  broker: BrokerKind;
  runs: number;
  exactlyOnce: number;
  honest: number;
  seconds: number[];
  failures: string[];
}

async function benchBroker(broker: BrokerKind, rows: Row[]): Promise<void> {
  let rig = new FaultRig(broker);
  await rig.start();
  try {
    for (const fault of FAULTS) {
      const row: Row = { fault: fault.name, broker, runs: 0, exactlyOnce: 0, honest: 0, seconds: [], failures: [] };
      rows.push(row);
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        row.runs += 1;
        try {
          const outcome = await fault.run(rig);
          const verdict = judge(outcome);
          if (verdict.exactlyOnce) row.exactlyOnce += 1;
          if (verdict.honest) row.honest += 1;
          if (!verdict.exactlyOnce || !verdict.honest) row.failures.push(`calls ${JSON.stringify(outcome.calls.map((call) => call.arguments))}; ${outcome.goal.status}: ${outcome.goal.answer}`);
        } catch (error) {
          row.failures.push((error as Error).message.split('\n')[0]!);
          await rig.stop();
          rig = new FaultRig(broker);
          await rig.start();
        }
        row.seconds.push((performance.now() - started) / 1000);
        process.stderr.write(`${broker} · ${fault.name} · run ${run + 1}/${runs}: ${row.exactlyOnce}/${row.runs} exactly once, ${row.honest}/${row.runs} honest\n`);
      }
    }
  } finally {
    await rig.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const broker of requested) {
    if (broker === 'mosquitto' && !mosquittoPresent()) {
      console.warn('Mosquitto runs skipped: needs the Debian package mosquitto');
      continue;
    }
    await benchBroker(broker, rows);
  }
  console.log('| fault | broker | runs | effects exactly once | answers honest | median s per run |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.fault} | ${row.broker} | ${row.runs} | ${row.exactlyOnce}/${row.runs} | ${row.honest}/${row.runs} | ${median(row.seconds).toFixed(1)} |`);
  }
  for (const row of rows) for (const failure of row.failures) console.log(`- ${row.broker} · ${row.fault}: ${failure}`);
  process.exitCode = rows.every((row) => row.exactlyOnce === row.runs && row.honest === row.runs) ? 0 : 1;
}

await main();
