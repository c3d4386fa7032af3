import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceRegistry } from '../src/device-registry';
import { Store } from '../src/store/store';
import { SubtaskLedger } from '../src/subtask-ledger';

/** The view's status and stage of the subtask each time the goal's followers are told it changed. */
function ledgerOnStore(stageWriteDelayMs = 0) {
  const store = new Store(':memory:');
  store.open();
  const seen: Array<[string | undefined, string | null | undefined]> = [];
  const ledger = new SubtaskLedger({
    stageWriteDelayMs,
    store,
    registry: { get: () => undefined } as unknown as DeviceRegistry,
    subtaskTimeoutMs: 10_000,
    clock: () => 1_000,
    newId: () => 'subtask-1',
    publish: (goalId) => {
      const subtask = ledger.view(goalId)?.subtasks[0];
      seen.push([subtask?.status, subtask?.stage]);
    },
  });
  store.insertGoal({ id: 'goal-1', conversationId: 'c', text: 'turn on the lamp', origin: null, status: 'running', answer: null, createdAt: 1, finishedAt: null });
  const [row] = ledger.insert('goal-1', [{ id: 's1', deviceId: 'lamp', text: 'Turn on the lamp.', after: [] }]);
  return { store, ledger, seen, row: row! };
}

/** Past a stage's write delay of 0: a timer of the loop's next round, then one more turn. */
const nextTurn = () => new Promise((resolve) => setTimeout(() => setImmediate(resolve), 1));

/** After the ticks queued so far: a settling not yet written is written by then. */
const afterTick = () => new Promise((resolve) => process.nextTick(resolve));

/** Counts the store's transactions (each a commit). */
function countCommits(store: Store): { count: number } {
  const counter = { count: 0 };
  const transaction = store.transaction.bind(store);
  store.transaction = ((work: () => unknown) => {
    counter.count += 1;
    return transaction(work);
  }) as Store['transaction'];
  return counter;
}

describe('SubtaskLedger stages', () => {
  const stores: Store[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });

  it('writes the latest of the stages heard in one turn of the event loop, once', async () => {
    const { store, ledger, seen } = ledgerOnStore();
    stores.push(store);
    ledger.recordStage('subtask-1', 'goal-1', 'mapping');
    ledger.recordStage('subtask-1', 'goal-1', 'generating');
    ledger.recordStage('subtask-1', 'goal-1', 'verifying');
    await nextTurn();
    expect(seen).toEqual([['running', 'verifying']]);
    expect(store.getSubtask('subtask-1')).toMatchObject({ status: 'running', stage: 'verifying' });
  });

  it('writes a waiting stage in the commit of the report that settles its subtask', async () => {
    const { store, ledger, seen, row } = ledgerOnStore(60_000);
    stores.push(store);
    const commits = countCommits(store);
    ledger.recordStage('subtask-1', 'goal-1', 'verifying');
    await nextTurn();
    ledger.recordStage('subtask-1', 'goal-1', 'done');
    await nextTurn();
    expect(store.getSubtask('subtask-1')).toMatchObject({ status: 'pending', stage: null });
    ledger.settle(row, { status: 'done', message: 'Lamp: turned on.' }, { kind: 'subtask.finished', data: { id: row.id } });
    await afterTick();
    expect(commits.count).toBe(1);
    // Each stage was news for the followers as it came, shown from the view before it was written.
    expect(seen).toEqual([
      ['running', 'verifying'],
      ['running', 'done'],
      ['done', 'done'],
    ]);
    ledger.stop();
    expect(commits.count).toBe(1);
  });

  it('leaves no timer behind once the report took the stage: a later sent mark waits for its own subtask', async () => {
    const { store, ledger, row } = ledgerOnStore(20);
    stores.push(store);
    const commits = countCommits(store);
    ledger.recordStage('subtask-1', 'goal-1', 'done');
    ledger.settle(row, { status: 'done', message: 'Lamp: turned on.' }, { kind: 'subtask.finished', data: { id: row.id } });
    ledger.recordSent('subtask-2', 1_234);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(commits.count).toBe(1);
  });

  it('shows followers a stage that came in the same turn as its report, before the report settles it', async () => {
    const { store, ledger, seen, row } = ledgerOnStore(60_000);
    stores.push(store);
    const commits = countCommits(store);
    ledger.recordStage('subtask-1', 'goal-1', 'executing');
    ledger.settle(row, { status: 'done', message: 'Lamp: turned on.' }, { kind: 'subtask.finished', data: { id: row.id } });
    await nextTurn();
    expect(seen).toEqual([
      ['running', 'executing'],
      ['done', 'executing'],
    ]);
    expect(commits.count).toBe(1);
  });

  it('writes a waiting stage before the coordinator reads it (a timeout says how far the agent got)', () => {
    const { store, ledger } = ledgerOnStore(60_000);
    stores.push(store);
    ledger.recordStage('subtask-1', 'goal-1', 'executing');
    expect(ledger.get('subtask-1')).toMatchObject({ status: 'running', stage: 'executing' });
  });

  it('ignores a stage of a subtask already settled, and writes what waits when it stops', async () => {
    const { store, ledger, seen, row } = ledgerOnStore();
    stores.push(store);
    ledger.settle(row, { status: 'failed', message: 'Lamp: not answered.' });
    ledger.recordStage('subtask-1', 'goal-1', 'executing');
    ledger.stop();
    expect(seen).toEqual([['failed', null]]);
    expect(store.getSubtask('subtask-1')).toMatchObject({ status: 'failed', stage: null });
  });
});

describe('SubtaskLedger sent marks (the broker took the subtask)', () => {
  const stores: Store[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });

  it('writes no commit of its own: the mark waits for the first stage', async () => {
    const { store, ledger } = ledgerOnStore();
    stores.push(store);
    ledger.recordSent('subtask-1', 1_234);
    await nextTurn();
    expect(store.getSubtask('subtask-1')?.sentAt).toBeNull();
    ledger.recordStage('subtask-1', 'goal-1', 'received');
    await nextTurn();
    expect(store.getSubtask('subtask-1')).toMatchObject({ sentAt: 1_234, status: 'running', stage: 'received' });
  });

  it('goes with the settling of its subtask when no stage came first', async () => {
    const { store, ledger, row } = ledgerOnStore();
    stores.push(store);
    ledger.recordSent('subtask-1', 1_234);
    ledger.settle(row, { status: 'timeout', message: 'Lamp: not answered.' }, { kind: 'subtask.finished', data: { id: row.id } });
    await afterTick();
    expect(store.getSubtask('subtask-1')).toMatchObject({ sentAt: 1_234, status: 'timeout' });
  });

  it('is written when the ledger stops', () => {
    const { store, ledger } = ledgerOnStore();
    stores.push(store);
    ledger.recordSent('subtask-1', 1_234);
    ledger.stop();
    expect(store.getSubtask('subtask-1')?.sentAt).toBe(1_234);
  });
});

describe('SubtaskLedger settlings (a subtask finished)', () => {
  const stores: Store[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });

  it("writes a settling in the answer's commit when the goal is answered in the same turn, and tells the followers once", async () => {
    const { store, ledger, seen, row } = ledgerOnStore();
    stores.push(store);
    const commits = countCommits(store);
    ledger.settle(row, { status: 'done', message: 'Lamp: turned on.' }, { kind: 'subtask.finished', data: { id: row.id } });
    // What the goal's own path reads before it answers sees the settling already.
    expect(ledger.get(row.id)).toMatchObject({ status: 'done', message: 'Lamp: turned on.' });
    expect(ledger.corrected({ subtaskId: row.id, step: row.step!, deviceName: 'Lamp', status: 'done', message: 'Lamp: turned on.' }).status).toBe('done');
    await Promise.resolve();
    ledger.finishGoal('goal-1', 'done', 'Lamp: turned on.');
    expect(commits.count).toBe(1);
    expect(store.getSubtask(row.id)).toMatchObject({ status: 'done', finishedAt: 1_000 });
    expect(store.getGoal('goal-1')).toMatchObject({ status: 'done', answer: 'Lamp: turned on.' });
    expect(store.listEvents({ goalId: 'goal-1' }).map((event) => event.kind)).toEqual(['subtask.finished', 'goal.finished']);
    expect(seen).toEqual([['done', null]]);
    await afterTick();
    expect(commits.count).toBe(1);
  });

  it('writes a settling on its own once the turn is over when nothing else is written', async () => {
    const { store, ledger, seen, row } = ledgerOnStore();
    stores.push(store);
    const commits = countCommits(store);
    ledger.settle(row, { status: 'done', message: 'Lamp: turned on.' }, { kind: 'subtask.finished', data: { id: row.id } });
    await afterTick();
    expect(commits.count).toBe(1);
    expect(store.getSubtask(row.id)).toMatchObject({ status: 'done' });
    expect(seen).toEqual([['done', null]]);
  });

  it('writes a settling before (in the commit of) the next change, such as a later step dispatched', () => {
    const { store, ledger, row } = ledgerOnStore();
    stores.push(store);
    const commits = countCommits(store);
    ledger.settle(row, { status: 'done', message: 'Lamp: turned on.' }, { kind: 'subtask.finished', data: { id: row.id } });
    store.insertSubtasks([{ ...row, id: 'subtask-2', status: 'pending' }]);
    ledger.update({ id: 'subtask-2', goalId: 'goal-1', deviceId: 'lamp' }, { status: 'dispatched' }, { kind: 'subtask.dispatched', data: { id: 'subtask-2' } });
    expect(commits.count).toBe(1);
    expect(store.listEvents({ goalId: 'goal-1' }).map((event) => event.kind)).toEqual(['subtask.finished', 'subtask.dispatched']);
  });

  it('keeps a settling that could not be written for the next write, which fails where its caller sees it', async () => {
    const { store, ledger, row } = ledgerOnStore();
    stores.push(store);
    const updateSubtask = store.updateSubtask.bind(store);
    let failing = true;
    store.updateSubtask = ((...args: Parameters<Store['updateSubtask']>) => {
      if (failing) throw new Error('disk full');
      return updateSubtask(...args);
    }) as Store['updateSubtask'];
    ledger.settle(row, { status: 'done', message: 'Lamp: turned on.' }, { kind: 'subtask.finished', data: { id: row.id } });
    await afterTick();
    expect(() => ledger.finishGoal('goal-1', 'done', 'Lamp: turned on.')).toThrow('disk full');
    expect(store.getGoal('goal-1')?.status).toBe('running');
    failing = false;
    ledger.finishGoal('goal-1', 'done', 'Lamp: turned on.');
    expect(store.getSubtask(row.id)).toMatchObject({ status: 'done' });
  });
});

describe('SubtaskLedger.corrected (the step as its row says, after a late report)', () => {
  it("reads the row of a step that timed out (a late report may have finished it), and not that of a step its agent answered", () => {
    const { store, ledger, row } = ledgerOnStore();
    try {
      const reads: string[] = [];
      const getSubtask = store.getSubtask.bind(store);
      store.getSubtask = (id) => {
        reads.push(id);
        return getSubtask(id);
      };
      const entry = { subtaskId: row.id, step: row.step!, deviceName: 'Lamp' };
      // The agent answered: nothing can change that row during the goal, so nothing is read.
      expect(ledger.corrected({ ...entry, status: 'done', message: 'Lamp: turned on.' })).toMatchObject({ status: 'done' });
      expect(reads).toEqual([]);
      // Timed out, then the agent's report came late (late-reports.ts writes the row): the row wins.
      store.updateSubtask(row.id, { status: 'done', message: 'Lamp: turned on (done, 3 s late).', finishedAt: 2_000 });
      expect(ledger.corrected({ ...entry, status: 'timeout', message: 'The lamp did not answer in time.' })).toMatchObject({
        status: 'done',
        message: 'Lamp: turned on (done, 3 s late).',
      });
      expect(reads).toEqual([row.id]);
    } finally {
      store.close();
    }
  });
});
