import { snapshotOf, type RobotRecord, type RobotSnapshot } from './warehouse-robot';

export type RobotListener = (snapshot: RobotSnapshot) => void;

/**
 * Who hears of a warehouse's changes: listeners of one robot get its snapshot, listeners of the
 * whole world only a signal (a thousand robots' snapshots on every step would cost more than the step).
 */
export class WarehouseListeners {
  readonly #robots = new Map<number, Set<RobotListener>>();
  readonly #world = new Set<() => void>();

  onRobot(index: number, listener: RobotListener): () => void {
    let listeners = this.#robots.get(index);
    if (!listeners) this.#robots.set(index, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  onWorld(listener: () => void): () => void {
    this.#world.add(listener);
    return () => {
      this.#world.delete(listener);
    };
  }

  /** Something changed that is no robot's (a slot was filled). */
  worldChanged(): void {
    for (const listener of [...this.#world]) listener();
  }

  /** A robot moved, charged or was stopped: the world's listeners first, then the robot's with its snapshot. */
  robotChanged(robot: RobotRecord, width: number): void {
    this.worldChanged();
    const listeners = this.#robots.get(robot.index);
    if (!listeners || listeners.size === 0) return;
    const snapshot = snapshotOf(robot, width);
    for (const listener of [...listeners]) listener(snapshot);
  }
}
