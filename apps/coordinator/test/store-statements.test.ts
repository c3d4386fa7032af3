import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store, type SubtaskRow } from '../src/store/store';

// Every statement the store runs while `on`, as SQLite sees it (better-sqlite3's Statement methods).
const ran: string[] = [];
let on = false;
const statement = Object.getPrototypeOf(new Database(':memory:').prepare('select 1')) as Record<string, (...args: unknown[]) => unknown>;
const originals = new Map<string, (...args: unknown[]) => unknown>();
beforeEach(() => {
  for (const method of ['run', 'get', 'all']) {
    const original = statement[method]!;
    originals.set(method, original);
    statement[method] = function (this: { source: string }, ...args: unknown[]) {
      if (on) ran.push(this.source.trim().split(/\s+/)[0]!.toUpperCase());
      return original.apply(this, args);
    };
  }
});
afterEach(() => {
  for (const [method, original] of originals) statement[method] = original;
  ran.length = 0;
  on = false;
});
function counted<T>(work: () => T): { result: T; statements: string[] } {
  ran.length = 0;
  on = true;
  try {
    return { result: work(), statements: [...ran] };
  } finally {
    on = false;
  }
}

const row = (id: string, goalId: string, status: SubtaskRow['status'] = 'dispatched', finishedAt: number | null = null): SubtaskRow => ({
  id, goalId, deviceId: 'porch_heater', deviceName: 'Porch heater', text: 'Warm the porch.', status, stage: null, message: null,
  result: null, deadline: 500, createdAt: 1, finishedAt, step: null, notBefore: null, sentAt: null,
});

function openWithRows(): Store {
  const store = new Store(':memory:');
  store.open();
  for (const goalId of ['g-porch', 'g-shed']) store.insertGoal({ id: goalId, conversationId: 'c', text: 'warm the porch', origin: null, status: 'running', answer: null, createdAt: 1, finishedAt: null, unresolved: null });
  store.insertSubtasks([row('open', 'g-porch'), row('settled', 'g-porch', 'timeout', 40), row('shed', 'g-shed')]);
  return store;
}

describe("a subtask's waiting stage written with its next change (staged-updates.ts)", () => {
  const settling = { status: 'done' as const, message: 'Porch heater: on.', finishedAt: 60, sentAt: 12 };

  it('gives the same rows as the stage written alone and then the change', () => {
    const cases: Array<[string, string, Parameters<Store['updateSubtask']>[1]]> = [
      ['open', 'g-porch', settling], // the goal's own open subtask: the stage lands, then the settling
      ['settled', 'g-porch', settling], // already settled: the stage's guard leaves its stage alone
      ['shed', 'g-porch', settling], // a stage said for another goal's subtask: not written
      ['open', 'g-porch', { sentAt: 9 }], // no status: the stage's own 'running' stays, as before
      ['open', 'g-porch', { status: 'failed', message: 'Porch heater: no answer.', finishedAt: 70 }],
    ];
    for (const [id, goalId, change] of cases) {
      const folded = openWithRows();
      const apart = openWithRows();
      try {
        folded.updateSubtaskAfterStage(id, change, goalId, 'verify');
        apart.recordSubtaskStage(id, goalId, 'verify');
        apart.updateSubtask(id, change);
        for (const goal of ['g-porch', 'g-shed']) expect(folded.listSubtasks(goal)).toEqual(apart.listSubtasks(goal));
      } finally {
        folded.close();
        apart.close();
      }
    }
  });

  it('is one UPDATE when the change sets a status, and the stage lands', () => {
    const store = openWithRows();
    try {
      const { statements } = counted(() => store.updateSubtaskAfterStage('open', settling, 'g-porch', 'verify'));
      expect(statements).toEqual(['UPDATE']);
      expect(store.getSubtask('open')).toMatchObject({ status: 'done', stage: 'verify', finishedAt: 60, sentAt: 12 });
    } finally {
      store.close();
    }
  });
});

describe('a transaction inside a transaction (flat-transactions.ts)', () => {
  it('runs in the open transaction with no savepoint', () => {
    const store = openWithRows();
    try {
      const { statements } = counted(() =>
        store.transaction(() => {
          store.updateGoal('g-porch', { status: 'done', answer: 'Porch heater: on.', finishedAt: 61 });
          store.transaction(() => store.appendEvent({ at: 61, kind: 'goal.finished', goalId: 'g-porch', data: {} }));
        }),
      );
      expect(statements).toEqual(['BEGIN', 'UPDATE', 'INSERT', 'COMMIT']);
      expect(store.listEvents({ goalId: 'g-porch' }).map((event) => event.kind)).toEqual(['goal.finished']);
    } finally {
      store.close();
    }
  });

  it('rolls the whole transaction back when an inner one fails, even if a caller caught its error', () => {
    const store = openWithRows();
    try {
      const failure = new Error('the shed is locked');
      expect(() =>
        store.transaction(() => {
          store.updateGoal('g-porch', { status: 'done', answer: 'Porch heater: on.', finishedAt: 61 });
          try {
            store.transaction(() => {
              store.updateGoal('g-shed', { status: 'failed', answer: 'no', finishedAt: 61 });
              throw failure;
            });
          } catch {
            // carried on: with a savepoint, the porch's answer would be committed without the shed's
          }
          store.appendEvent({ at: 61, kind: 'goal.finished', goalId: 'g-porch', data: {} });
        }),
      ).toThrow(failure);
      expect(store.getGoal('g-porch')).toMatchObject({ status: 'running', answer: null });
      expect(store.getGoal('g-shed')).toMatchObject({ status: 'running', answer: null });
      expect(store.listEvents({ goalId: 'g-porch' })).toEqual([]);
      // And the next transaction is an ordinary one again.
      store.transaction(() => store.updateGoal('g-shed', { status: 'done', answer: 'Shed: warm.', finishedAt: 62 }));
      expect(store.getGoal('g-shed')).toMatchObject({ status: 'done' });
    } finally {
      store.close();
    }
  });
});
