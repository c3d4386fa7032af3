import { describe, expect, it } from 'vitest';
import { FairScheduler } from '@meshmind/inference';
import { codeOf } from './coded';

interface Gate {
  promise: Promise<void>;
  open: () => void;
}

function gate(): Gate {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}


describe('FairScheduler', () => {
  it('takes turns between clients instead of serving one burst first', async () => {
    const scheduler = new FairScheduler({ concurrency: 1, maxQueued: 100 });
    const order: string[] = [];
    const blocker = gate();
    const first = scheduler.run('a', () => blocker.promise);
    const tasks = [
      ...['a1', 'a2', 'a3'].map((name) => scheduler.run('a', async () => void order.push(name))),
      ...['b1', 'b2'].map((name) => scheduler.run('b', async () => void order.push(name))),
      scheduler.run('c', async () => void order.push('c1')),
    ];
    blocker.open();
    await Promise.all([first, ...tasks]);
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  });

  it('runs up to its concurrency at once', async () => {
    const scheduler = new FairScheduler({ concurrency: 2, maxQueued: 10 });
    const blocker = gate();
    const tasks = [1, 2, 3].map(() => scheduler.run('a', () => blocker.promise));
    expect(scheduler.stats()).toEqual({ active: 2, queued: 1, clients: 1 });
    blocker.open();
    await Promise.all(tasks);
    expect(scheduler.stats()).toEqual({ active: 0, queued: 0, clients: 0 });
  });

  it('answers E_BUSY past its queue bound', async () => {
    const scheduler = new FairScheduler({ concurrency: 1, maxQueued: 1 });
    const blocker = gate();
    const running = scheduler.run('a', () => blocker.promise);
    const queued = scheduler.run('b', async () => 'ok');
    expect(await codeOf(scheduler.run('c', async () => 'ok'))).toBe('E_BUSY');
    blocker.open();
    await running;
    expect(await queued).toBe('ok');
  });

  it('drops a waiting task whose caller cancels, with E_CANCELLED', async () => {
    const scheduler = new FairScheduler({ concurrency: 1, maxQueued: 5 });
    const blocker = gate();
    const running = scheduler.run('a', () => blocker.promise);
    const controller = new AbortController();
    let ran = false;
    const waiting = scheduler.run('b', async () => void (ran = true), controller.signal);
    controller.abort();
    expect(await codeOf(waiting)).toBe('E_CANCELLED');
    expect(scheduler.stats().queued).toBe(0);
    blocker.open();
    await running;
    expect(ran).toBe(false);
  });

  it('keeps serving after a task fails', async () => {
    const scheduler = new FairScheduler({ concurrency: 1, maxQueued: 5 });
    const failing = scheduler.run('a', async () => {
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await scheduler.run('a', async () => 'next')).toBe('next');
  });
});
