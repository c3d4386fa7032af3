import type { ActionHandler, DeviceBehaviour } from './behaviour';

const unlessJammed: ActionHandler = (context) => {
  if (context.state.lock_state === 'jammed') context.fail('the lock is jammed; free the bolt by hand');
  context.applyEffects();
};

export const lockBehaviour: DeviceBehaviour = {
  defaults: { lock_state: 'locked', battery: 100 },
  actions: { lock: unlessJammed, unlock: unlessJammed },
};
