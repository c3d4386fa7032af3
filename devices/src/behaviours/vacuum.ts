import type { BehaviourContext, DeviceBehaviour } from './behaviour';

/** One simulated minute: the robot's battery and run progress move in whole-minute steps. */
export const VACUUM_TICK_MS = 60_000;
export const VACUUM_DRAIN_PER_MINUTE = 1;
export const VACUUM_CHARGE_PER_MINUTE = 2;
export const VACUUM_RUN_MINUTES = 45;
export const VACUUM_LOW_BATTERY = 15;
const MINIMUM_BATTERY_TO_START = 10;
const TICK_TIMER = 'tick';

function needsTicking(context: BehaviourContext): boolean {
  const { status, battery } = context.state;
  return status === 'cleaning' || status === 'returning' || (status === 'docked' && (battery as number) < 100);
}

function tick(context: BehaviourContext): void {
  const { state, memory } = context;
  const battery = state.battery as number;
  if (state.status === 'cleaning') {
    state.battery = Math.max(0, battery - VACUUM_DRAIN_PER_MINUTE);
    memory.cleanedMinutes = ((memory.cleanedMinutes as number | undefined) ?? 0) + 1;
    const finished = (memory.cleanedMinutes as number) >= VACUUM_RUN_MINUTES;
    if (finished || (state.battery as number) <= VACUUM_LOW_BATTERY) state.status = 'returning';
  } else if (state.status === 'returning') {
    state.status = 'docked';
    memory.cleanedMinutes = 0;
  } else if (state.status === 'docked') {
    state.battery = Math.min(100, battery + VACUUM_CHARGE_PER_MINUTE);
  }
}

function keepTicking(context: BehaviourContext): void {
  if (needsTicking(context) && !context.isScheduled(TICK_TIMER)) context.schedule(TICK_TIMER, VACUUM_TICK_MS, tick);
}

/**
 * Cleaning drains the battery a minute at a time; a finished run or a low battery sends the robot
 * home, it docks one minute later and charges there (also when placed on the dock half-charged). Pause/stop outside a run are ignored, as
 * real robots do, which is why they declare no effects.
 */
export const vacuumBehaviour: DeviceBehaviour = {
  defaults: { status: 'docked', battery: 100, fan_speed: 'standard' },
  actions: {
    start_cleaning: (context) => {
      if ((context.state.battery as number) < MINIMUM_BATTERY_TO_START) context.fail('battery too low to start cleaning; let it charge first');
      if (context.state.status !== 'paused') context.memory.cleanedMinutes = 0;
      context.applyEffects();
    },
    pause_cleaning: (context) => {
      if (context.state.status === 'cleaning' || context.state.status === 'returning') context.state.status = 'paused';
    },
    stop_cleaning: (context) => {
      if (context.state.status === 'cleaning' || context.state.status === 'paused' || context.state.status === 'returning') {
        context.state.status = 'idle';
      }
    },
    return_to_dock: (context) => {
      if (context.state.status !== 'docked') context.state.status = 'returning';
    },
  },
  afterChange: keepTicking,
};
