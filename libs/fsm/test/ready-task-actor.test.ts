import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { createActor } from 'xstate';
import type { ProgramGenerator, SubtaskProgress } from '@meshmind/protocol';
import { TaskRunner, createManualClock, openTaskDatabase, taskMachine, type TaskDatabase } from '@meshmind/fsm';
import { ReadyTaskActor } from '../src/ready-task-actor';
import { FakeDevice, MAPPINGS, fakeMapper, robotDescription, subtaskFor } from './helpers/fake-device';
import { programFromMapping } from './helpers/program-from-mapping';

// The task actor made before its subtask (task-machine.ts 'ready', ready-task-actor.ts): it is
// made while the device is idle and handed the subtask by an event; what it persists and reports
// is what an actor made with the subtask gave.

// The runner's hand-overs: what each take() gave (an actor waiting in 'ready', or none), and each actor made ready.
const take = vi.spyOn(ReadyTaskActor.prototype, 'take');
const prepare = vi.spyOn(ReadyTaskActor.prototype, 'prepare');
const taken = () => take.mock.results.map((result) => (result.value === undefined ? 'none' : (result.value as { getSnapshot(): { value: unknown } }).getSnapshot().value));

const opened: TaskDatabase[] = [];
const runners: TaskRunner[] = [];
beforeEach(() => {
  take.mockClear();
  prepare.mockClear();
});
afterAll(() => {
  take.mockRestore();
  prepare.mockRestore();
});
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
      const ready = createActor(taskMachine, { input: { deviceId: 'robot-1', maxAttempts: 2 } }).start();
      expect(ready.getSnapshot().value).toBe('ready');
      ready.send({ type: 'task.assigned', subtask });
      const direct = createActor(taskMachine, { input: { subtask, deviceId: 'robot-1', maxAttempts: 2 } }).start();
      expect(ready.getSnapshot().value).toBe('received');
      expect(ready.getPersistedSnapshot()).toEqual(direct.getPersistedSnapshot());
      expect(ready.getSnapshot().context).toMatchObject({ subtask, deadline: subtask.deadline, confirmed: subtask.confirmed === true });
    }
  });

  it('starts in received when made with its subtask, as before', () => {
    const actor = createActor(taskMachine, { input: { subtask: subtaskFor('switch the lamp on'), deviceId: 'robot-1' } }).start();
    expect(actor.getSnapshot().value).toBe('received');
  });
});

describe('ReadyTaskActor', () => {
  it('gives the actor it made once, makes the next a turn later, and stops what it holds when dropped', async () => {
    const ready = new ReadyTaskActor(taskMachine, { deviceId: 'robot-1' });
    ready.prepare();
    const first = ready.take();
    expect(first?.getSnapshot().value).toBe('ready');
    expect(ready.take()).toBeUndefined();
    ready.prepareLater();
    expect(ready.take()).toBeUndefined();
    await aTurn();
    const second = ready.take();
    expect(second?.getSnapshot().value).toBe('ready');
    expect(second).not.toBe(first);
    ready.prepare();
    const held = ready.take();
    ready.prepare();
    ready.drop();
    expect(ready.take()).toBeUndefined();
    expect(held?.getSnapshot().status).toBe('active');
    ready.prepareLater();
    ready.drop();
    await aTurn();
    expect(ready.take()).toBeUndefined();
  });
});

describe('TaskRunner: the next subtask\'s actor, made while the device is idle', () => {
  it('is made at start and after each task, so that each subtask that comes to an idle device takes one', async () => {
    const { runner } = loggedRunner();
    await runner.start();
    expect(prepare).toHaveBeenCalledTimes(1);
    for (const text of ['go to shelf 5', 'switch the lamp on', 'go to shelf 7']) {
      expect((await runner.submit(subtaskFor(text))).outcome).toBe('done');
      await aTurn();
    }
    // Each take() gave an actor, now the task's at its end.
    expect(taken()).toEqual(['done', 'done', 'done']);
    expect(prepare).toHaveBeenCalledTimes(4);
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
    const queued = subtaskFor('switch the lamp on', { policy: 'queue' });
    const second = runner.submit(queued);
    expect(runner.pending()).toEqual([expect.any(String), queued.id]);
    held.release();
    expect((await first).outcome).toBe('done');
    expect((await second).outcome).toBe('done');
    // The first took the one made at start; the second came before the first ended and found none.
    expect(taken()).toEqual(['done', 'none']);
  });

  it('is dropped by stop, and a runner started again makes a new one and runs what comes', async () => {
    const { runner } = loggedRunner();
    await runner.start();
    await runner.stop();
    expect(prepare).toHaveBeenCalledTimes(1);
    await runner.start();
    expect(prepare).toHaveBeenCalledTimes(2);
    expect((await runner.submit(subtaskFor('go to shelf 7'))).outcome).toBe('done');
    expect(taken()).toEqual(['done']);
  });

  it('leaves a task resumed from the database on its stored snapshot', async () => {
    const first = loggedRunner();
    await first.runner.start();
    const held = first.device.hold('move_to_shelf');
    void first.runner.submit(subtaskFor('go to shelf 5'));
    await held.reached;
    await first.runner.stop();
    held.release();
    take.mockClear();
    const progress: SubtaskProgress[] = [];
    const again = new TaskRunner({ ...first.options, database: first.database, onProgress: (event) => progress.push(event) });
    runners.push(again);
    await again.start();
    expect(take).not.toHaveBeenCalled();
    expect(progress[0]).toMatchObject({ detail: 'resumed after an agent restart' });
    expect(first.written()).not.toContain('ready');
  });
});
