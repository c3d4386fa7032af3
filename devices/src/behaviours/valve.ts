import type { BehaviourContext, DeviceBehaviour } from './behaviour';

const MINUTE_MS = 60_000;
const RUN_TIMER = 'run';

function countDown(context: BehaviourContext): void {
  const remaining = (context.state.remaining_minutes as number) - 1;
  if (remaining <= 0) {
    context.state.remaining_minutes = 0;
    context.state.valve_state = 'closed';
    return;
  }
  context.state.remaining_minutes = remaining;
  context.schedule(RUN_TIMER, MINUTE_MS, countDown);
}

/** A run timer counts down whole minutes and closes the valve at zero. */
export const valveBehaviour: DeviceBehaviour = {
  defaults: { valve_state: 'closed', remaining_minutes: 0 },
  actions: {
    open_valve: (context) => {
      context.applyEffects();
      const minutes = context.args.duration_minutes as number | undefined;
      context.state.remaining_minutes = minutes ?? 0;
      if (minutes === undefined) context.cancel(RUN_TIMER);
      else context.schedule(RUN_TIMER, MINUTE_MS, countDown);
    },
    close_valve: (context) => {
      context.cancel(RUN_TIMER);
      context.applyEffects();
    },
  },
};

/** A valve with a position is open at any position above zero, as a cover is. */
export const positionValveBehaviour: DeviceBehaviour = {
  defaults: { valve_state: 'closed', position: 0 },
  actions: {
    set_valve_position: (context) => {
      context.applyEffects();
      context.state.valve_state = (context.state.position as number) > 0 ? 'open' : 'closed';
    },
  },
  queryKeys: { get_valve_position: 'position' },
};
