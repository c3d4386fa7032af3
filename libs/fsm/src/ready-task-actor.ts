import { createActor, type Actor } from 'xstate';
import type { TaskMachine, TaskMachineInput } from './task-machine';

/**
 * The next new subtask's task actor, made and started while the device is idle and waiting in
 * 'ready' (task-machine.ts): the subtask's arrival hands it the subtask by an event instead of
 * making an actor and its system (issue #18: the agent's arrival to its first stage). Nobody watches
 * it before it is taken, so 'ready' is never persisted; a subtask that finds none (one queued behind
 * a running task) gets an actor made then.
 */
export class ReadyTaskActor {
  private actor: Actor<TaskMachine> | undefined;
  private later: NodeJS.Immediate | undefined;

  constructor(
    private readonly machine: TaskMachine,
    private readonly input: Omit<TaskMachineInput, 'subtask'>,
  ) {}

  /** The actor waiting in 'ready', if one is; the next is made by prepare or prepareLater. */
  take(): Actor<TaskMachine> | undefined {
    const actor = this.actor;
    this.actor = undefined;
    return actor;
  }

  /** Makes one now, unless one waits. */
  prepare(): void {
    if (this.later) clearImmediate(this.later);
    this.later = undefined;
    if (!this.actor) this.actor = createActor(this.machine, { input: this.input }).start();
  }

  /**
   * Makes one a turn after a task's end, once that turn's work is done (its result's report handed
   * on): the device is idle then, and the next subtask's arrival is not.
   */
  prepareLater(): void {
    if (this.later || this.actor) return;
    this.later = setImmediate(() => this.prepare());
    this.later.unref();
  }

  /** Stops the waiting one and the one to be made (the runner stops). */
  drop(): void {
    if (this.later) clearImmediate(this.later);
    this.later = undefined;
    this.actor?.stop();
    this.actor = undefined;
  }
}
