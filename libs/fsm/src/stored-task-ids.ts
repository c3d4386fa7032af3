import type { TaskStore } from './task-store';

/**
 * The ids of one device's tasks that have a stored snapshot, loaded at the runner's start() and kept
 * in step with each save (reloaded when a prune removes records). A subtask whose id is not among
 * them has no record to answer from, so its arrival needs no database read; one among them is read
 * from the database as before, which stays the record. Only the device's own runner writes its
 * snapshots. Before load() nothing is known, so every id may have a record.
 */
export class StoredTaskIds {
  private ids: Set<string> | undefined;

  constructor(
    private readonly store: TaskStore | undefined,
    private readonly deviceId: string,
  ) {}

  load(): void {
    this.ids = this.store ? new Set(this.store.taskIds(this.deviceId)) : undefined;
  }

  /** False only when the id is known to have no stored snapshot. */
  mayHave(taskId: string): boolean {
    return this.ids === undefined || this.ids.has(taskId);
  }

  add(taskId: string): void {
    this.ids?.add(taskId);
  }

  /** After a prune: records went, so the ids are read again. */
  removed(count: number): void {
    if (count > 0 && this.ids) this.load();
  }
}
