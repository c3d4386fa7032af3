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
 * How long a stage may wait to go out with the stages after it. A task of the built-in engine on a
 * local device takes about 10 ms on a quiet machine: held this long, its stages ride in its report
 * (or go just ahead of it), one message, instead of a progress message at each point the task
 * yields (the embedder's batching turn, for one) that the coordinator then reads after the task,
 * in front of its report. A task that takes longer (a model, a device on the network) shows its
 * stages at most this late; nobody watching a console sees a tenth of a second.
 */
export const PROGRESS_HOLD_MS = 100;

/**
 * An agent's progress messages: the stages of each task held up to PROGRESS_HOLD_MS, sent as one
 * message per task (the latest stage, and the ones before it in `earlier`), or handed to its report.
 * A task that runs in one go (the built-in engine, a local device) passes its eight stages in a few
 * milliseconds, so its stages were messages that the broker and the coordinator read together
 * after the task, just ahead of its report; a task that waits on something (a model, a device on
 * the network) still shows its stages while it waits, at most PROGRESS_HOLD_MS late.
 */
export class ProgressOutbox {
  private readonly waiting = new Map<string, SubtaskProgress[]>();
  private readonly inReport = new Set<string>();
  private flushLater: NodeJS.Timeout | null = null;

  constructor(
    private readonly send: (progress: SubtaskProgress) => void,
    private readonly holdMs: number = PROGRESS_HOLD_MS,
  ) {}

  /** Holds a stage for at most holdMs (its task's report, or a stage of another task's flush, may take it sooner). */
  add(progress: SubtaskProgress): void {
    const stages = this.waiting.get(progress.id);
    if (stages) stages.push(progress);
    else this.waiting.set(progress.id, [progress]);
    if (this.flushLater) return;
    this.flushLater = setTimeout(() => this.flush(), this.holdMs);
    // News for a console: it must not keep a process alive that has nothing else to do.
    this.flushLater.unref();
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
    this.take(subtaskId);
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
    this.take(subtaskId);
    return stages.map(passedStage);
  }

  /** Forgets a task's waiting stages; with nothing left waiting, the timer has nothing to send. */
  private take(subtaskId: string): void {
    this.waiting.delete(subtaskId);
    if (this.waiting.size > 0 || !this.flushLater) return;
    clearTimeout(this.flushLater);
    this.flushLater = null;
  }

  /** Sends every task's stages. */
  flush(): void {
    if (this.flushLater) clearTimeout(this.flushLater);
    this.flushLater = null;
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const stages of all) this.sendStages(stages);
  }

  /** Drops what waits (a connection that is gone) and the pending flush. */
  stop(): void {
    if (this.flushLater) clearTimeout(this.flushLater);
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
