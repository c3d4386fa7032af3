import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import * as xstate from 'xstate';
import type { ProgramGenerator, SubtaskProgress } from '@meshmind/protocol';
import { TaskRunner, createManualClock, openTaskDatabase, taskMachine, type TaskDatabase } from '@meshmind/fsm';
import { FakeDevice, MAPPINGS, fakeMapper, robotDescription, subtaskFor } from './helpers/fake-device';
import { programFromMapping } from './helpers/program-from-mapping';

// The task actor made before its subtask (task-machine.ts 'ready', TaskRunner's `ready`): it is
// made while the device is idle and handed the subtask by an event; what it persists and reports
// is what an actor made with the subtask gave.

vi.mock('xstate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('xstate')>();
  return { ...actual, createActor: vi.fn(actual.createActor) };
});

const made = vi.mocked(xstate.createActor);
/** The inputs of the actors the runner made (an actor made ready has no subtask). */
const inputsMade = () => made.mock.calls.map((call) => (call[1] as { input?: { subtask?: { id: string } } } | undefined)?.input);

const opened: TaskDatabase[] = [];
const runners: TaskRunner[] = [];
beforeEach(() => made.mockClear());
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop();
  for (const database of opened.splice(0)) database.close();
});

const generator: ProgramGenerator = { generate: async (request) => ({ program: programFromMapping(request.mapping, robotDescription) }) };
const aTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A runner whose database logs the state of every snapshot written (a trigger of the test's own). */
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
  const progress: SubtaskProgress[] = [];
  const options = { deviceId: 'robot-1', driver: device, mapper: fakeMapper(MAPPINGS), generator, clock: createManualClock({ autoAdvance: true }), database, onProgress: (event: SubtaskProgress) => progress.push(event) };
  const runner = new TaskRunner(options);
  runners.push(runner);
  const written = () => database.db.all<{ state: string }>(sql`SELECT state FROM snapshot_log ORDER BY n`).map((row) => row.state);
  return { runner, device, progress, written, options, database };
}

describe('the task machine made ready before its subtask', () => {
  it('waits in ready, and once handed a subtask holds what an actor made with it holds', () => {
    for (const subtask of [subtaskFor('switch the lamp on'), subtaskFor('go to shelf 5', { confirmed: true, deadline: 1_234_567 })]) {
      const ready = xstate.createActor(taskMachine, { input: { deviceId: 'robot-1', maxAttempts: 2 } }).start();
      expect(ready.getSnapshot().value).toBe('ready');
      ready.send({ type: 'task.assigned', subtask });
      const direct = xstate.createActor(taskMachine, { input: { subtask, deviceId: 'robot-1', maxAttempts: 2 } }).start();
      expect(ready.getSnapshot().value).toBe('received');
      expect(ready.getPersistedSnapshot()).toEqual(direct.getPersistedSnapshot());
      expect(ready.getSnapshot().context).toMatchObject({ subtask, deadline: subtask.deadline, confirmed: subtask.confirmed === true });
    }
  });

  it('starts in received when made with its subtask, as before', () => {
    const actor = xstate.createActor(taskMachine, { input: { subtask: subtaskFor('switch the lamp on'), deviceId: 'robot-1' } }).start();
    expect(actor.getSnapshot().value).toBe('received');
  });
});

describe('TaskRunner: the next subtask\'s actor, made while the device is idle', () => {
  it('is made at start and after each task, so that a subtask\'s arrival makes none', async () => {
    const { runner } = loggedRunner();
    await runner.start();
    expect(inputsMade()).toEqual([{ deviceId: 'robot-1' }]);
    for (const text of ['go to shelf 5', 'switch the lamp on', 'go to shelf 7']) {
      made.mockClear();
      const result = runner.submit(subtaskFor(text));
      expect(made).not.toHaveBeenCalled();
      expect((await result).outcome).toBe('done');
      await aTurn();
      expect(inputsMade()).toEqual([{ deviceId: 'robot-1' }]);
    }
  });

  it('never writes the ready state: each task\'s snapshots are those a new actor wrote', async () => {
    const { runner, written, progress } = loggedRunner();
    await runner.start();
    const first = subtaskFor('go to shelf 5');
    expect((await runner.submit(first)).outcome).toBe('done');
    await aTurn();
    const second = subtaskFor('switch the lamp on');
    expect((await runner.submit(second)).outcome).toBe('done');
    expect(written()).not.toContain('ready');
    expect(written().at(-1)).toBe('done');
    const stages = progress.filter((event) => event.id === second.id);
    expect(stages.map((event) => event.stage)).toEqual(['received', 'mapping', 'generating', 'validating', 'starting', 'executing', 'verifying', 'done']);
    expect(stages[0]?.elapsed).toBe(0);
  });

  it('serves a subtask that comes while another runs by a new actor, in the queue\'s order', async () => {
    const { runner, device } = loggedRunner();
    await runner.start();
    const held = device.hold('move_to_shelf');
    const first = runner.submit(subtaskFor('go to shelf 5'));
    await held.reached;
    made.mockClear();
    const queued = subtaskFor('switch the lamp on', { policy: 'queue' });
    const second = runner.submit(queued);
    expect(inputsMade()).toEqual([expect.objectContaining({ subtask: queued })]);
    expect(runner.pending()).toEqual([expect.any(String), queued.id]);
    held.release();
    expect((await first).outcome).toBe('done');
    expect((await second).outcome).toBe('done');
  });

  it('is dropped by stop, and a runner started again makes a new one and runs what comes', async () => {
    const { runner } = loggedRunner();
    await runner.start();
    await runner.stop();
    made.mockClear();
    await runner.start();
    expect(inputsMade()).toEqual([{ deviceId: 'robot-1' }]);
    expect((await runner.submit(subtaskFor('go to shelf 7'))).outcome).toBe('done');
  });

  it('leaves a task resumed from the database on its stored snapshot', async () => {
    const first = loggedRunner();
    await first.runner.start();
    const held = first.device.hold('move_to_shelf');
    void first.runner.submit(subtaskFor('go to shelf 5'));
    await held.reached;
    await first.runner.stop();
    held.release();
    made.mockClear();
    const again = new TaskRunner({ ...first.options, database: first.database });
    runners.push(again);
    await again.start();
    const snapshots = made.mock.calls.filter((call) => (call[1] as { snapshot?: unknown } | undefined)?.snapshot !== undefined);
    expect(snapshots).toHaveLength(1);
    expect(first.written()).not.toContain('ready');
  });
});
