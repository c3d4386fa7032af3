import { describe, expect, it } from 'vitest';
import { createManualClock, createSimulatedDriver, getDeviceDescription } from '../src/index';

describe('position_valve: a valve that opens part of the way', () => {
  it('opens to a position and counts as open above zero', async () => {
    const valve = createSimulatedDriver('position_valve', { clock: createManualClock() });
    expect(valve.getState()).toEqual({ valve_state: 'closed', position: 0 });
    await valve.call('set_valve_position', { position: 30 });
    expect(valve.getState()).toEqual({ valve_state: 'open', position: 30 });
    await valve.call('set_valve_position', { position: 0 });
    expect(valve.getState()).toEqual({ valve_state: 'closed', position: 0 });
  });

  it('opens and closes fully', async () => {
    const valve = createSimulatedDriver('position_valve', { clock: createManualClock() });
    await valve.call('open_valve', {});
    expect(valve.getState()).toEqual({ valve_state: 'open', position: 100 });
    await valve.call('close_valve', {});
    expect(valve.getState()).toEqual({ valve_state: 'closed', position: 0 });
  });

  it('refuses a position outside 0..100 with a coded error', async () => {
    const valve = createSimulatedDriver('position_valve', { clock: createManualClock() });
    await expect(valve.call('set_valve_position', { position: 140 })).rejects.toMatchObject({ code: expect.stringMatching(/^E_/) });
  });

  it('is in the catalog with a percent parameter', () => {
    const description = getDeviceDescription('position_valve');
    expect(description.functions.find((fn) => fn.name === 'set_valve_position')?.parameters[0]).toMatchObject({ unit: '%', minimum: 0, maximum: 100 });
  });
});
