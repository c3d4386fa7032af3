import type { DeviceState } from '../driver';
import type { DeviceBehaviour } from './behaviour';

// A thermostat holds the room within this band before it switches heating or cooling on.
const HYSTERESIS = 0.3;

function hvacAction(state: DeviceState): string {
  const current = state.current_temperature as number;
  const target = state.target_temperature as number;
  const needsHeat = current < target - HYSTERESIS;
  const needsCooling = current > target + HYSTERESIS;
  switch (state.mode) {
    case 'off':
      return 'off';
    case 'heat':
      return needsHeat ? 'heating' : 'idle';
    case 'cool':
      return needsCooling ? 'cooling' : 'idle';
    case 'auto':
      return needsHeat ? 'heating' : needsCooling ? 'cooling' : 'idle';
    case 'dry':
      return 'drying';
    default:
      return 'fan';
  }
}

function rememberActiveMode(memory: Record<string, unknown>, mode: unknown): void {
  if (typeof mode === 'string' && mode !== 'off') memory.lastActiveMode = mode;
}

export const climateBehaviour: DeviceBehaviour = {
  defaults: { mode: 'heat', target_temperature: 21, current_temperature: 20, current_humidity: 45, hvac_action: 'heating' },
  actions: {
    turn_on: ({ state, memory }) => {
      if (state.mode === 'off') state.mode = (memory.lastActiveMode as string | undefined) ?? 'auto';
    },
    turn_off: (context) => {
      rememberActiveMode(context.memory, context.state.mode);
      context.applyEffects();
    },
    set_mode: (context) => {
      rememberActiveMode(context.memory, context.state.mode);
      context.applyEffects();
    },
  },
  derive(state) {
    state.hvac_action = hvacAction(state);
  },
};
