import { MeshmindError } from '@meshmind/protocol';

export interface FairSchedulerOptions {
  /** How many tasks run at once (the engine's parallel sequences). */
  concurrency: number;
  /** Waiting tasks beyond this are refused with E_BUSY: backpressure, not an unbounded queue. */
  maxQueued: number;
}

export interface SchedulerStats {
  active: number;
  queued: number;
  clients: number;
}

interface Waiting {
  clientId: string;
  start: () => void;
  cancel: () => void;
}

/**
 * Runs tasks with bounded concurrency, taking turns between clients (round robin over per-client
 * FIFO queues) so that one agent sending a burst cannot starve the others sharing the engine.
 */
export class FairScheduler {
  private readonly options: FairSchedulerOptions;
  private readonly queues = new Map<string, Waiting[]>();
  /** Client ids in turn order; the next one to serve is at the front. */
  private readonly turns: string[] = [];
  private active = 0;
  private queued = 0;

  constructor(options: FairSchedulerOptions) {
    this.options = options;
  }

  stats(): SchedulerStats {
    return { active: this.active, queued: this.queued, clients: this.queues.size };
  }

  run<T>(clientId: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new MeshmindError('E_CANCELLED', 'the request was cancelled before it was queued'));
    if (this.active < this.options.concurrency && this.queued === 0) return this.execute(task);
    if (this.queued >= this.options.maxQueued) {
      return Promise.reject(
        new MeshmindError('E_BUSY', `the inference engine is busy: ${this.queued} requests are waiting (limit ${this.options.maxQueued})`),
      );
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        if (this.remove(waiting)) reject(new MeshmindError('E_CANCELLED', 'the request was cancelled while it waited'));
      };
      const waiting: Waiting = {
        clientId,
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          this.execute(task).then(resolve, reject);
        },
        cancel: onAbort,
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.enqueue(waiting);
    });
  }

  private execute<T>(task: () => Promise<T>): Promise<T> {
    this.active += 1;
    const release = (): void => {
      this.active -= 1;
      this.startNext();
    };
    let running: Promise<T>;
    try {
      running = task();
    } catch (error) {
      running = Promise.reject(error);
    }
    return running.finally(release);
  }

  private enqueue(waiting: Waiting): void {
    let queue = this.queues.get(waiting.clientId);
    if (!queue) {
      queue = [];
      this.queues.set(waiting.clientId, queue);
      this.turns.push(waiting.clientId);
    }
    queue.push(waiting);
    this.queued += 1;
  }

  private remove(waiting: Waiting): boolean {
    const queue = this.queues.get(waiting.clientId);
    const index = queue?.indexOf(waiting) ?? -1;
    if (!queue || index < 0) return false;
    queue.splice(index, 1);
    this.queued -= 1;
    if (queue.length === 0) this.forget(waiting.clientId);
    return true;
  }

  private forget(clientId: string): void {
    this.queues.delete(clientId);
    const turn = this.turns.indexOf(clientId);
    if (turn >= 0) this.turns.splice(turn, 1);
  }

  private startNext(): void {
    while (this.active < this.options.concurrency && this.queued > 0) {
      const clientId = this.turns.shift();
      if (clientId === undefined) return;
      const queue = this.queues.get(clientId);
      const next = queue?.shift();
      if (!queue || !next) continue;
      this.queued -= 1;
      if (queue.length === 0) this.queues.delete(clientId);
      else this.turns.push(clientId);
      next.start();
    }
  }

  /** Refuses everything still waiting (on stop). */
  cancelAll(): void {
    for (const queue of [...this.queues.values()]) for (const waiting of [...queue]) waiting.cancel();
  }
}
