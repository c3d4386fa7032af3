import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgramGenerator } from '@meshmind/protocol';
import { TaskRunner, openTaskDatabase } from '@meshmind/fsm';
import { Store } from '../apps/coordinator/src/store/store';
import { FakeDevice, MAPPINGS, fakeMapper, robotDescription, subtaskFor } from '../libs/fsm/test/helpers/fake-device';
import { programFromMapping } from '../libs/fsm/test/helpers/program-from-mapping';

// Usage: node --import tsx bench/hop-steps-measure.ts
// Two steps of a one-device goal outside the agent's stages (issue #18, fifteenth session), each
// timed alone, one call every 2 ms as goals make them, 400 calls after 40; p50 and mean in
// microseconds, and the process's CPU per call over the 400 (the whole call: for arrival, the whole
// task, which differs between trees only where arrival does):
//   arrival   an agent's TaskRunner.submit of a new subtask on an idle device, up to its return:
//             the task machine made and started, its snapshots written (a WAL file database, as an
//             agent's), its first stages begun (the rest of the task runs after, untimed)
//   aliases   the coordinator store's list of learned aliases (an empty table, as in bench:latency),
//             read at every goal
// Run it in two trees alternately to compare them.

const generator: ProgramGenerator = { generate: async (request) => ({ program: programFromMapping(request.mapping, robotDescription) }) };

async function timed(step: (index: number) => unknown, after: (result: unknown) => Promise<unknown> = async () => undefined): Promise<string> {
  const times: number[] = [];
  let cpu = process.cpuUsage();
  for (let index = 0; index < 440; index += 1) {
    if (index === 40) cpu = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 2));
    const start = process.hrtime.bigint();
    const result = step(index);
    if (index >= 40) times.push(Number(process.hrtime.bigint() - start) / 1000);
    await after(result);
  }
  const used = process.cpuUsage(cpu);
  const sorted = [...times].sort((left, right) => left - right);
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  return `p50 ${sorted[sorted.length >> 1]!.toFixed(1)} mean ${mean.toFixed(1)} cpu/call ${((used.user + used.system) / times.length).toFixed(1)}`;
}

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'meshmind-hop-steps-'));
  try {
    const database = openTaskDatabase(join(directory, 'agent.db'));
    const runner = new TaskRunner({ deviceId: 'robot-1', driver: new FakeDevice(), mapper: fakeMapper(MAPPINGS), generator, database });
    await runner.start();
    const texts = ['switch the lamp on', 'go to shelf 5'];
    console.log(`arrival ${await timed((index) => runner.submit(subtaskFor(texts[index % 2]!, {}, Date.now())), (settled) => settled as Promise<unknown>)}`);
    await runner.stop();
    database.close();
    const store = new Store(join(directory, 'meshmind.db'));
    store.open();
    console.log(`aliases ${await timed(() => store.listLearnedAliases())}`);
    store.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
