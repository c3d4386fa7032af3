import { MeshmindError, SUBTASK_COPY_HORIZON_MS } from '@meshmind/protocol';
import type { Clock } from './clock';
import type { TaskStore } from './task-store';

/**
 * A finished subtask's record is kept a week past its deadline: the last copy of a subtask can
 * arrive a day after it (SUBTASK_COPY_HORIZON_MS: a broker's stored session, the coordinator's
 * re-sends), and six more days cover an agent clock that is days off or an agent that was away. A
 * copy that still arrives later is past its deadline and is not run either ("expired").
 */
export const FINISHED_TASK_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** Pruning looks at the database at most this often (when a task ends), and when the agent starts. */
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/** Shorter than the horizon, a copy the coordinator or a broker may still send could find no record and run twice. */
export function assertRetention(retentionMs: number): void {
  if (!(retentionMs >= SUBTASK_COPY_HORIZON_MS)) {
    throw new MeshmindError('E_CONFIG_INVALID', `finishedRetentionMs must be at least ${SUBTASK_COPY_HORIZON_MS} ms (the horizon of subtask copies), got ${retentionMs}`);
  }
}

/**
 * Forgets one device's finished tasks whose deadline and end are both more than the retention ago,
 * so the record that answers copies of subtasks does not grow for the agent's whole life.
 */
export class FinishedTaskRetention {
  private lastPrunedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: { store: TaskStore; deviceId: string; clock: Clock; retentionMs: number }) {}

  /** Deletes what is old enough; at most once an hour unless forced. Returns how many records went. */
  prune(force = false): number {
    const now = this.options.clock.now();
    if (!force && now - this.lastPrunedAt < PRUNE_INTERVAL_MS) return 0;
    this.lastPrunedAt = now;
    try {
      return this.options.store.pruneFinished(this.options.deviceId, now - this.options.retentionMs);
    } catch {
      // A locked or full database keeps old records a while longer; nothing depends on their going.
      return 0;
    }
  }
}
