import type { TaskStore } from './task-store';

/** How long after its report a finished task's call journal is cleared: see JournalSweeper. */
export const JOURNAL_CLEAR_DELAY_MS = 1000;

/**
 * Clears finished tasks' call journals a while after their reports, the journals of every task
 * finished meanwhile in one transaction, then prunes old records. Done at once, the clean-up ran
 * between a report being handed over and its coordinator reading it wherever the coordinator
 * shares the agent's process (`meshmind start`, `meshmind run`): two commits on every subtask's
 * path. Nothing reads a finished task's journal (a copy of its subtask is answered from its final
 * snapshot), and a journal left by a process that ends first is cleared at the next start
 * (TaskStore.clearFinishedJournals), as before.
 */
export class JournalSweeper {
  private readonly waiting = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: TaskStore,
    /** Runs after each sweep (the runner's pruning of old records). */
    private readonly afterSweep: () => void,
    private readonly delayMs: number = JOURNAL_CLEAR_DELAY_MS,
  ) {}

  /** The task finished and reported: its journal goes at the next sweep. */
  later(taskId: string): void {
    this.waiting.add(taskId);
    if (this.timer) return;
    this.timer = setTimeout(() => this.sweep(), this.delayMs);
    // Housekeeping must not keep a process alive that has nothing else to do.
    this.timer.unref();
  }

  /** Clears the waiting journals now (a stopping runner, before its database closes). */
  sweep(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const taskIds = [...this.waiting];
    this.waiting.clear();
    if (taskIds.length === 0) return;
    try {
      this.store.clearJournals(taskIds);
      this.afterSweep();
    } catch {
      // A journal left behind costs space, nothing more: the next start clears it.
    }
  }
}
