import { PROGRESS_EARLIER_MAX, type PassedStage, type SubtaskProgress } from '@meshmind/protocol';

/**
 * An agent's progress messages: the stages one turn of the event loop saw, sent as one message per
 * task (the latest stage, and the ones before it in `earlier`). A task that runs in one go (the
 * built-in engine, a local device) passes its eight stages without ever yielding, so its stages
 * were eight messages that the broker and the coordinator read together after the task, just
 * ahead of its report; a task that waits on something (a model, a device on the network) still
 * shows each stage as it begins, because the loop turns while it waits.
 */
export class ProgressOutbox {
  private readonly waiting = new Map<string, SubtaskProgress[]>();
  private flushLater: NodeJS.Immediate | null = null;

  constructor(private readonly send: (progress: SubtaskProgress) => void) {}

  /** Holds a stage until the end of this turn of the event loop. */
  add(progress: SubtaskProgress): void {
    const stages = this.waiting.get(progress.id);
    if (stages) stages.push(progress);
    else this.waiting.set(progress.id, [progress]);
    this.flushLater ??= setImmediate(() => this.flush());
  }

  /** Sends a task's stages now: its report goes next, and whoever reads both sees it run, then end. */
  flushTask(subtaskId: string): void {
    const stages = this.waiting.get(subtaskId);
    if (!stages) return;
    this.waiting.delete(subtaskId);
    this.sendStages(stages);
  }

  /** Sends every task's stages. */
  flush(): void {
    if (this.flushLater) clearImmediate(this.flushLater);
    this.flushLater = null;
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const stages of all) this.sendStages(stages);
  }

  /** Drops what waits (a connection that is gone) and the pending flush. */
  stop(): void {
    if (this.flushLater) clearImmediate(this.flushLater);
    this.flushLater = null;
    this.waiting.clear();
  }

  private sendStages(stages: SubtaskProgress[]): void {
    for (let start = 0; start < stages.length; start += PROGRESS_EARLIER_MAX + 1) {
      const chunk = stages.slice(start, start + PROGRESS_EARLIER_MAX + 1);
      const latest = chunk.at(-1)!;
      const earlier: PassedStage[] = chunk.slice(0, -1).map((stage) => ({
        stage: stage.stage,
        at: stage.at,
        ...(stage.elapsed === undefined ? {} : { elapsed: stage.elapsed }),
        ...(stage.detail === undefined ? {} : { detail: stage.detail }),
      }));
      this.send(earlier.length > 0 ? { ...latest, earlier } : latest);
    }
  }
}
