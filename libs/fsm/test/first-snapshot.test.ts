import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { ProgramGenerator } from '@meshmind/protocol';
import { TaskRunner, createManualClock, openTaskDatabase, type TaskDatabase } from '@meshmind/fsm';
import { FakeDevice, MAPPINGS, fakeMapper, robotDescription, subtaskFor } from './helpers/fake-device';
import { programFromMapping } from './helpers/program-from-mapping';

// When a task's snapshots are written: a trigger of the test's own logs every write of the real
// task_snapshots table, with the state the snapshot holds.

const opened: TaskDatabase[] = [];
const runners: TaskRunner[] = [];
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop();
  for (const database of opened.splice(0)) database.close();
});

const generator: ProgramGenerator = { generate: async (request) => ({ program: programFromMapping(request.mapping, robotDescription) }) };

function loggedRunner() {
  const database = openTaskDatabase(':memory:');
  opened.push(database);
  database.db.run(sql`CREATE TABLE snapshot_log (n INTEGER PRIMARY KEY, task_id TEXT, state TEXT)`);
  for (const when of ['INSERT', 'UPDATE']) {
    database.db.run(
      sql.raw(`CREATE TRIGGER log_${when.toLowerCase()} AFTER ${when} ON task_snapshots BEGIN INSERT INTO snapshot_log (task_id, state) VALUES (NEW.task_id, json_extract(NEW.snapshot, '$.value')); END`),
    );
  }
  const device = new FakeDevice();
  const runner = new TaskRunner({ deviceId: 'robot-1', driver: device, mapper: fakeMapper(MAPPINGS), generator, clock: createManualClock({ autoAdvance: true }), database });
  runners.push(runner);
  const writes = (taskId: string) => database.db.all<{ state: string }>(sql`SELECT state FROM snapshot_log WHERE task_id = ${taskId} ORDER BY n`).map((row) => row.state);
  const stored = (taskId: string) => database.db.all<{ state: string }>(sql`SELECT json_extract(snapshot, '$.value') AS state FROM task_snapshots WHERE task_id = ${taskId}`).map((row) => row.state);
  return { runner, device, writes, stored };
}

describe('TaskRunner: a new task\'s first snapshot', () => {
  it('is not written for a subtask that starts at once: its next stage\'s snapshot is its first write', async () => {
    const { runner, writes } = loggedRunner();
    await runner.start();
    const subtask = subtaskFor('go to shelf 5');
    const submitted = runner.submit(subtask);
    expect(writes(subtask.id)[0]).toBe('mapping');
    expect((await submitted).outcome).toBe('done');
    expect(writes(subtask.id)).not.toContain('received');
    expect(writes(subtask.id).at(-1)).toBe('done');
  });

  it('is written before submit returns for a subtask queued behind a running one, so a restart finds it', async () => {
    const { runner, device, writes, stored } = loggedRunner();
    await runner.start();
    const held = device.hold('move_to_shelf');
    const first = runner.submit(subtaskFor('go to shelf 5'));
    await held.reached;
    const queued = subtaskFor('switch the lamp on', { policy: 'queue' });
    const second = runner.submit(queued);
    expect(writes(queued.id)).toEqual(['received']);
    expect(stored(queued.id)).toEqual(['received']);
    held.release();
    expect((await first).outcome).toBe('done');
    expect((await second).outcome).toBe('done');
    expect(writes(queued.id).slice(0, 2)).toEqual(['received', 'mapping']);
  });

  it('is written for a subtask that arrives before the runner starts', () => {
    const { runner, writes, stored } = loggedRunner();
    const early = subtaskFor('switch the lamp on');
    void runner.submit(early);
    expect(writes(early.id)).toEqual(['received']);
    expect(stored(early.id)).toEqual(['received']);
  });
});
