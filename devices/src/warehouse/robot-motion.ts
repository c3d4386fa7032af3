import { MeshmindError } from '@meshmind/protocol';
import type { PathPlanner } from './path-planner';
import type { MoveTask, RobotRecord } from './warehouse-robot';

/** The parts of the world a moving robot needs: the grid, who stands where, and the rules. */
export interface MotionContext {
  width: number;
  planner: PathPlanner;
  /** Robot index + 1 per cell, 0 when free. */
  occupancy: Int32Array;
  /** Cells closed at run time (a spill, a pallet in the aisle): 1 when blocked. */
  closed: Uint8Array;
  tickMs: number;
  batteryDrainPerMetre: number;
  /** Blocked this long by another robot, a robot plans a way around the robots in its way. */
  replanAfterMs: number;
  /** Blocked this long, the robot gives up with E_DEVICE_FAULT. */
  maxWaitMs: number;
  onMoved(robot: RobotRecord): void;
  finish(robot: RobotRecord, error?: MeshmindError): void;
}

function describeCell(width: number, cell: number): string {
  return `(${cell % width}, ${Math.floor(cell / width)})`;
}

function replan(context: MotionContext, robot: RobotRecord, task: MoveTask, avoidRobots: boolean): boolean {
  const isBlocked = avoidRobots
    ? (cell: number) => context.closed[cell] === 1 || (context.occupancy[cell] !== 0 && context.occupancy[cell] !== robot.index + 1)
    : (cell: number) => context.closed[cell] === 1;
  const path = context.planner.plan(robot.cell, task.goal, isBlocked);
  if (!path) return false;
  task.path = path;
  task.step = 0;
  task.sinceReplanMs = 0;
  return true;
}

/**
 * Advances one moving robot by one tick. The wait rule keeps cells exclusive: a robot enters a
 * cell only when nobody stands in it, and robots step one at a time in index order, so two robots
 * can never share a cell. A robot kept waiting plans around the robots in its way; a cell closed
 * on its path makes it plan again at once, and no path at all is a fault.
 */
export function advanceRobot(context: MotionContext, robot: RobotRecord): void {
  const task = robot.task;
  if (!task) return;
  const stride = robot.speed * (context.tickMs / 1000);
  task.progress = Math.min(task.progress + stride, 1 + stride);
  while (task.progress >= 1 && task.step < task.path.length) {
    const next = task.path[task.step]!;
    if (context.closed[next] === 1) {
      if (!replan(context, robot, task, false)) {
        context.finish(robot, new MeshmindError('E_DEVICE_FAULT', `${robot.id}: the way to ${describeCell(context.width, task.goal)} is blocked; no path is left`));
        return;
      }
      continue;
    }
    const occupant = context.occupancy[next]!;
    if (occupant !== 0) {
      task.blockedMs += context.tickMs;
      task.sinceReplanMs += context.tickMs;
      task.progress = Math.min(task.progress, 1);
      if (task.blockedMs >= context.maxWaitMs) {
        context.finish(
          robot,
          new MeshmindError('E_DEVICE_FAULT', `${robot.id}: stuck for ${Math.round(task.blockedMs / 1000)} s behind other robots on the way to ${describeCell(context.width, task.goal)}`),
        );
        return;
      }
      // Robots waiting on each other would wait forever: the longer-waiting one steps aside first,
      // and the index staggers equal waits so two robots do not swerve into each other.
      if (task.sinceReplanMs >= context.replanAfterMs + (robot.index % 7) * context.tickMs) replan(context, robot, task, true);
      return;
    }
    context.occupancy[robot.cell] = 0;
    context.occupancy[next] = robot.index + 1;
    robot.cell = next;
    robot.x = next % context.width;
    robot.y = Math.floor(next / context.width);
    robot.docked = false;
    robot.charging = false;
    robot.atShelf = 0;
    robot.distanceTravelled += 1;
    robot.battery = Math.max(0, robot.battery - context.batteryDrainPerMetre);
    task.step += 1;
    task.progress -= 1;
    task.blockedMs = 0;
    context.onMoved(robot);
    if (robot.battery <= 0 && task.step < task.path.length) {
      context.finish(robot, new MeshmindError('E_DEVICE_FAULT', `${robot.id}: the battery ran empty at ${describeCell(context.width, robot.cell)}; the robot cannot move until it is charged`));
      return;
    }
  }
  if (task.step >= task.path.length) {
    if (task.exact) {
      robot.x = task.exact.x;
      robot.y = task.exact.y;
    }
    task.onArrive();
    context.finish(robot);
  }
}
