import { describe, expect, it } from 'vitest';
import { createManualClock, createSimulatedDriver } from '../src/index';
import { VACUUM_LOW_BATTERY, VACUUM_RUN_MINUTES, VACUUM_TICK_MS } from '../src/behaviours/vacuum';

const MINUTE = 60_000;

describe('vacuum', () => {
  it('returns to its dock and reports docked one simulated minute later', async () => {
    const clock = createManualClock();
    const vacuum = createSimulatedDriver('vacuum', { clock });
    await vacuum.call('start_cleaning', {});
    await vacuum.call('return_to_dock', {});
    expect(vacuum.getState().status).toBe('returning');
    clock.advance(VACUUM_TICK_MS);
    expect(vacuum.getState().status).toBe('docked');
  });

  it('drains its battery while cleaning and goes home by itself when the run is done', async () => {
    const clock = createManualClock();
    const vacuum = createSimulatedDriver('vacuum', { clock });
    await vacuum.call('start_cleaning', {});
    clock.advance(10 * MINUTE);
    expect(vacuum.getState()).toMatchObject({ status: 'cleaning', battery: 90 });
    clock.advance((VACUUM_RUN_MINUTES - 10) * MINUTE);
    expect(vacuum.getState().status).toBe('returning');
    clock.advance(MINUTE);
    expect(vacuum.getState().status).toBe('docked');
  });

  it('heads home when the battery runs low and charges on the dock', async () => {
    const clock = createManualClock();
    const vacuum = createSimulatedDriver('vacuum', { clock, initialState: { battery: VACUUM_LOW_BATTERY + 2 } });
    await vacuum.call('start_cleaning', {});
    clock.advance(2 * MINUTE);
    expect(vacuum.getState()).toMatchObject({ status: 'returning', battery: VACUUM_LOW_BATTERY });
    clock.advance(MINUTE);
    clock.advance(5 * MINUTE);
    expect(vacuum.getState()).toMatchObject({ status: 'docked', battery: VACUUM_LOW_BATTERY + 10 });
  });

  it('refuses to start on an almost empty battery', async () => {
    const vacuum = createSimulatedDriver('vacuum', { clock: createManualClock(), initialState: { battery: 5 } });
    await expect(vacuum.call('start_cleaning', {})).rejects.toMatchObject({ code: 'E_DEVICE_FAULT', message: expect.stringContaining('battery') });
  });

  it('pauses, resumes and stops a run', async () => {
    const vacuum = createSimulatedDriver('vacuum', { clock: createManualClock() });
    await vacuum.call('start_cleaning', {});
    await vacuum.call('pause_cleaning', {});
    expect(vacuum.getState().status).toBe('paused');
    await vacuum.call('start_cleaning', {});
    expect(vacuum.getState().status).toBe('cleaning');
    await vacuum.call('stop_cleaning', {});
    expect(vacuum.getState().status).toBe('idle');
  });

  it('leaves no timer running after stop()', async () => {
    const clock = createManualClock();
    const vacuum = createSimulatedDriver('vacuum', { clock });
    await vacuum.start();
    await vacuum.call('start_cleaning', {});
    expect(clock.pendingTimers()).toBe(1);
    await vacuum.stop();
    expect(clock.pendingTimers()).toBe(0);
    clock.advance(60 * MINUTE);
    expect(vacuum.getState()).toMatchObject({ status: 'cleaning', battery: 100 });
  });

  it('starts charging when started on its dock half-empty', async () => {
    const clock = createManualClock();
    const vacuum = createSimulatedDriver('vacuum', { clock, initialState: { battery: 50 } });
    await vacuum.start();
    clock.advance(MINUTE);
    expect(vacuum.getState().battery).toBe(52);
    await vacuum.stop();
  });
});

describe('cover', () => {
  it('moves instantly by default', async () => {
    const cover = createSimulatedDriver('cover');
    await cover.call('set_position', { position: 40 });
    expect(cover.getState()).toEqual({ position: 40, cover_state: 'open' });
  });

  it('reports opening while it travels and stops where the clock says it is', async () => {
    const clock = createManualClock();
    const cover = createSimulatedDriver('cover', { clock, travelTimeMs: 20_000 });
    await cover.call('open_cover', {});
    expect(cover.getState()).toEqual({ position: 0, cover_state: 'opening' });
    clock.advance(5_000);
    await cover.call('stop_cover', {});
    expect(cover.getState()).toEqual({ position: 25, cover_state: 'open' });
    clock.advance(60_000);
    expect(cover.getState().position).toBe(25);
  });

  it('arrives at its target once the travel time has passed', async () => {
    const clock = createManualClock();
    const cover = createSimulatedDriver('cover', { clock, travelTimeMs: 20_000, initialState: { position: 100, cover_state: 'open' } });
    await cover.call('close_cover', {});
    expect(cover.getState().cover_state).toBe('closing');
    clock.advance(20_000);
    expect(cover.getState()).toEqual({ position: 0, cover_state: 'closed' });
  });

  it('ignores stop when it is not moving', async () => {
    const cover = createSimulatedDriver('cover', { initialState: { position: 60, cover_state: 'open' } });
    await cover.call('stop_cover', {});
    expect(cover.getState()).toEqual({ position: 60, cover_state: 'open' });
  });
});

describe('garage door', () => {
  it('stops half-way when stopped while opening', async () => {
    const clock = createManualClock();
    const door = createSimulatedDriver('garage_door', { clock, travelTimeMs: 12_000 });
    await door.call('open_door', {});
    expect(door.getState().door_state).toBe('opening');
    clock.advance(6_000);
    await door.call('stop_door', {});
    expect(door.getState().door_state).toBe('stopped');
    await door.call('close_door', {});
    clock.advance(6_000);
    expect(door.getState().door_state).toBe('closed');
  });
});

describe('todo list', () => {
  it('adds, completes and removes items, matching them case-insensitively', async () => {
    const list = createSimulatedDriver('todo_list');
    await list.call('add_item', { item: 'milk' });
    await list.call('add_item', { item: 'eggs' });
    await list.call('add_item', { item: 'Milk' });
    await list.call('complete_item', { item: 'MILK' });
    await list.call('remove_item', { item: 'eggs' });
    await list.call('add_item', { item: 'bread' });
    expect(list.getState()).toEqual({ items: ['bread'], completed: ['milk'] });
    await expect(list.call('list_items', {})).resolves.toEqual(['bread']);
  });

  it('refuses to complete an item that is not on the list and says what is', async () => {
    const list = createSimulatedDriver('todo_list', { initialState: { items: ['bread'] } });
    await expect(list.call('complete_item', { item: 'caviar' })).rejects.toMatchObject({
      code: 'E_INVALID_ARGUMENT',
      message: expect.stringContaining('bread'),
    });
  });
});

describe('media player', () => {
  it('steps through the programme of its source with next and previous', async () => {
    const player = createSimulatedDriver('media_player');
    await player.call('select_source', { source: 'music' });
    await player.call('play', {});
    expect(player.getState().media_title).toBe('Morning Jazz');
    await player.call('next_track', {});
    await player.call('next_track', {});
    expect(player.getState().media_title).toBe('Evening Chill');
    await player.call('previous_track', {});
    expect(player.getState().media_title).toBe('Coffeehouse Acoustic');
  });

  it('stops playing when put into standby', async () => {
    const player = createSimulatedDriver('media_player');
    await player.call('play', {});
    await player.call('turn_off', {});
    expect(player.getState()).toMatchObject({ on: false, playback: 'stopped', media_title: '' });
  });

  it('steps the volume within 0..100', async () => {
    const player = createSimulatedDriver('media_player', { initialState: { volume: 97 } });
    await player.call('volume_up', {});
    expect(player.getState().volume).toBe(100);
    await player.call('volume_down', { step: 30 });
    expect(player.getState().volume).toBe(70);
  });
});

describe('climate', () => {
  it('turns back on in the mode it ran in before it was turned off', async () => {
    const thermostat = createSimulatedDriver('climate');
    await thermostat.call('set_mode', { mode: 'cool' });
    await thermostat.call('turn_off', {});
    expect(thermostat.getState()).toMatchObject({ mode: 'off', hvac_action: 'off' });
    await thermostat.call('turn_on', {});
    expect(thermostat.getState().mode).toBe('cool');
  });

  it('derives whether it is heating from the room and target temperatures', async () => {
    const thermostat = createSimulatedDriver('climate', { initialState: { mode: 'heat', current_temperature: 19, target_temperature: 18 } });
    expect(thermostat.getState().hvac_action).toBe('idle');
    await thermostat.call('set_temperature', { temperature: 22.5 });
    expect(thermostat.getState().hvac_action).toBe('heating');
    thermostat.setEnvironment({ current_temperature: 22.5 });
    expect(thermostat.getState().hvac_action).toBe('idle');
  });
});

describe('lock', () => {
  it('refuses to move a jammed bolt', async () => {
    const lock = createSimulatedDriver('lock');
    lock.setEnvironment({ lock_state: 'jammed' });
    await expect(lock.call('unlock', {})).rejects.toMatchObject({ code: 'E_DEVICE_FAULT', message: expect.stringContaining('jammed') });
  });
});

describe('valve', () => {
  it('closes by itself when its run timer ends', async () => {
    const clock = createManualClock();
    const valve = createSimulatedDriver('valve', { clock });
    await valve.call('open_valve', { duration_minutes: 3 });
    clock.advance(2 * MINUTE);
    expect(valve.getState()).toEqual({ valve_state: 'open', remaining_minutes: 1 });
    clock.advance(MINUTE);
    expect(valve.getState()).toEqual({ valve_state: 'closed', remaining_minutes: 0 });
    expect(clock.pendingTimers()).toBe(0);
  });

  it('stays open without a duration and cancels the timer when closed early', async () => {
    const clock = createManualClock();
    const valve = createSimulatedDriver('valve', { clock });
    await valve.call('open_valve', { duration_minutes: 10 });
    await valve.call('close_valve', {});
    expect(clock.pendingTimers()).toBe(0);
    await valve.call('open_valve', {});
    clock.advance(600 * MINUTE);
    expect(valve.getState().valve_state).toBe('open');
  });
});

describe('toggles', () => {
  it.each(['light', 'switch', 'fan'])('%s toggles on and back off', async (type) => {
    const device = createSimulatedDriver(type);
    await device.call('toggle', {});
    expect(device.getState().on).toBe(true);
    await device.call('toggle', {});
    expect(device.getState().on).toBe(false);
  });
});
