import { PROGRESS_EARLIER_MAX, type PassedStage, type SubtaskProgress } from '@meshmind/protocol';

/** A stage as a message after the first carries it: the task's ids are the message's own. */
function passedStage(stage: SubtaskProgress): PassedStage {
  return {
    stage: stage.stage,
    at: stage.at,
    ...(stage.elapsed === undefined ? {} : { elapsed: stage.elapsed }),
    ...(stage.detail === undefined ? {} : { detail: stage.detail }),
  };
}

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
  private readonly inReport = new Set<string>();
  private flushLater: NodeJS.Immediate | null = null;

  constructor(private readonly send: (progress: SubtaskProgress) => void) {}

  /** Holds a stage until the end of this turn of the event loop. */
  add(progress: SubtaskProgress): void {
    const stages = this.waiting.get(progress.id);
    if (stages) stages.push(progress);
    else this.waiting.set(progress.id, [progress]);
    this.flushLater ??= setImmediate(() => this.flush());
  }

  /** The subtask's coordinator reads a report's `stages` (it set REPORT_STAGES_PROPERTY on the subtask). */
  stagesGoInReport(subtaskId: string): void {
    this.inReport.add(subtaskId);
  }

  /** Sends a task's stages now: its report goes next, and whoever reads both sees it run, then end. */
  flushTask(subtaskId: string): void {
    this.inReport.delete(subtaskId);
    const stages = this.waiting.get(subtaskId);
    if (!stages) return;
    this.waiting.delete(subtaskId);
    this.sendStages(stages);
  }

  /**
   * A task's report goes next: the stages still waiting, to ride in it, where its coordinator reads
   * them and they fit in one report; otherwise they are sent now, ahead of the report (flushTask),
   * and none are returned. A task that runs in one go sends its report and no progress message.
   */
  takeForReport(subtaskId: string): PassedStage[] | undefined {
    const stages = this.waiting.get(subtaskId);
    if (!this.inReport.has(subtaskId) || !stages || stages.length > PROGRESS_EARLIER_MAX + 1) {
      this.flushTask(subtaskId);
      return undefined;
    }
    this.inReport.delete(subtaskId);
    this.waiting.delete(subtaskId);
    return stages.map(passedStage);
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
    this.inReport.clear();
  }

  private sendStages(stages: SubtaskProgress[]): void {
    for (let start = 0; start < stages.length; start += PROGRESS_EARLIER_MAX + 1) {
      const chunk = stages.slice(start, start + PROGRESS_EARLIER_MAX + 1);
      const latest = chunk.at(-1)!;
      const earlier = chunk.slice(0, -1).map(passedStage);
      this.send(earlier.length > 0 ? { ...latest, earlier } : latest);
    }
  }
}
