import { describe, expect, it } from 'vitest';
import { isMeshmindError, type ApiFunctionSpec } from '@meshmind/protocol';
import { createManualClock, createSimulatedDriver, defaultState, getDeviceDescription, listDeviceTypes, validateDeviceState, type DeviceState } from '../src/index';
import { matchesValueType, synthesiseArguments } from './catalog-arguments';

const functionsOfKind = (kind: ApiFunctionSpec['kind']) =>
  listDeviceTypes().flatMap((type) =>
    getDeviceDescription(type)
      .functions.filter((fn) => fn.kind === kind)
      .map((fn) => [`${type}.${fn.name}`, type, fn] as const),
  );

// Actions whose effect only makes sense from some state: pausing needs something playing (a player
// in standby ignores it, and an agent's verification rightly fails). Everything else runs from defaults.
const PRECONDITIONS: Record<string, DeviceState> = {
  'media_player.pause': { on: true, playback: 'playing' },
};

describe('every catalog action on a fresh simulated device', () => {
  it.each(functionsOfKind('action'))('%s leaves the device in a valid state and its declared effects hold', async (label, type, fn) => {
    const driver = createSimulatedDriver(type, { clock: createManualClock(), initialState: PRECONDITIONS[label] ?? {} });
    const args = synthesiseArguments(fn);
    const before = driver.getState();
    let outcome: unknown;
    try {
      outcome = await driver.call(fn.name, args);
    } catch (error) {
      // Only an action whose result cannot be declared may refuse, and then with a coded error.
      expect(fn.effects ?? [], `${fn.name} threw ${String(error)}`).toEqual([]);
      expect(isMeshmindError(error)).toBe(true);
      return;
    }
    expect(outcome).toBeUndefined();
    const state = driver.getState();
    expect(validateDeviceState(driver.description, state).ok).toBe(true);
    for (const effect of fn.effects ?? []) {
      if (effect.includes !== undefined) {
        expect(state[effect.key], `${fn.name} effect on ${effect.key}`).toContain(args[effect.includes]);
        continue;
      }
      const relative = effect.increaseBy ?? effect.decreaseBy;
      const spec = driver.description.state[effect.key];
      const moved = relative === undefined ? undefined : (before[effect.key] as number) + (effect.increaseBy ? 1 : -1) * (args[relative] as number);
      const expected =
        moved !== undefined ? Math.min(spec?.maximum ?? Infinity, Math.max(spec?.minimum ?? -Infinity, moved)) : effect.parameter === undefined ? effect.value : args[effect.parameter];
      expect(state[effect.key], `${fn.name} effect on ${effect.key}`).toEqual(expected);
    }
    await driver.stop();
  });
});

describe('every catalog query', () => {
  it.each(functionsOfKind('query'))('%s answers a value of its declared type', async (_label, type, fn) => {
    const driver = createSimulatedDriver(type);
    const value = await driver.call(fn.name, {});
    expect(fn.returns).toBeDefined();
    expect(matchesValueType(fn.returns!.type, value), `${fn.name} returned ${JSON.stringify(value)}`).toBe(true);
  });
});

describe('simulated driver', () => {
  it('starts from the type defaults with the initial state laid over them', () => {
    const driver = createSimulatedDriver('light', { initialState: { on: true, brightness: 40 } });
    expect(driver.getState()).toEqual({ ...defaultState(getDeviceDescription('light')), on: true, brightness: 40 });
  });

  it('hands out a copy of its state', () => {
    const driver = createSimulatedDriver('todo_list', { initialState: { items: ['milk'] } });
    const state = driver.getState();
    (state.items as string[]).push('eggs');
    state.completed = ['bread'];
    expect(driver.getState()).toEqual({ items: ['milk'], completed: [] });
  });

  it.each([
    ['an unknown key', { dimness: 3 }, /dimness is not a state field of light/],
    ['a wrong type', { on: 'yes' }, /on must be true or false/],
    ['an out-of-range number', { brightness: 140 }, /brightness must be at most 100 %/],
  ])('refuses an initial state with %s as E_CONFIG_INVALID', (_label, initialState, message) => {
    expect(() => createSimulatedDriver('light', { initialState: initialState as DeviceState })).toThrowError(
      expect.objectContaining({ code: 'E_CONFIG_INVALID', message: expect.stringMatching(message) }),
    );
  });

  it('refuses an unknown function with E_UNKNOWN_FUNCTION', async () => {
    const driver = createSimulatedDriver('light');
    await expect(driver.call('explode', {})).rejects.toMatchObject({ code: 'E_UNKNOWN_FUNCTION', message: expect.stringContaining('set_brightness') });
  });

  it('refuses out-of-range arguments with E_ARGUMENT_OUT_OF_RANGE and leaves the state alone', async () => {
    const driver = createSimulatedDriver('light');
    const before = driver.getState();
    await expect(driver.call('set_brightness', { brightness: 150 })).rejects.toMatchObject({ code: 'E_ARGUMENT_OUT_OF_RANGE' });
    await expect(driver.call('set_color_temperature', { kelvin: 1000 })).rejects.toMatchObject({ code: 'E_ARGUMENT_OUT_OF_RANGE' });
    expect(driver.getState()).toEqual(before);
  });

  it('refuses missing, mistyped and unknown arguments with E_INVALID_ARGUMENT', async () => {
    const driver = createSimulatedDriver('climate');
    await expect(driver.call('set_temperature', {})).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT' });
    await expect(driver.call('set_temperature', { temperature: 'warm' })).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT' });
    await expect(driver.call('set_mode', { mode: 'heating' })).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT' });
    await expect(driver.call('turn_on', { now: true })).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT' });
  });

  it('notifies listeners once per change and not for calls that change nothing', async () => {
    const driver = createSimulatedDriver('switch');
    const seen: DeviceState[] = [];
    const unsubscribe = driver.onStateChange((state) => seen.push(state));
    await driver.call('turn_on', {});
    await driver.call('turn_on', {});
    await driver.call('is_on', {});
    unsubscribe();
    await driver.call('turn_off', {});
    expect(seen).toEqual([{ on: true }]);
  });

  it('lets a simulation change the environment and tells listeners', () => {
    const driver = createSimulatedDriver('temperature_sensor');
    const seen: DeviceState[] = [];
    driver.onStateChange((state) => seen.push(state));
    driver.setEnvironment({ temperature: 23.5 });
    expect(seen).toEqual([{ temperature: 23.5, battery: 100 }]);
  });

  it('reports motion set from outside through its query', async () => {
    const driver = createSimulatedDriver('motion_sensor');
    driver.setEnvironment({ motion_detected: true });
    await expect(driver.call('is_motion_detected', {})).resolves.toBe(true);
  });

  it('refuses an environment change to a field the device does not have', () => {
    const driver = createSimulatedDriver('temperature_sensor');
    expect(() => driver.setEnvironment({ humidity: 50 })).toThrowError(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
});

describe('injected faults', () => {
  it('ignoreCommands acknowledges actions but changes nothing', async () => {
    const driver = createSimulatedDriver('light', { faults: { ignoreCommands: true } });
    await expect(driver.call('turn_on', {})).resolves.toBeUndefined();
    expect(driver.getState().on).toBe(false);
    await expect(driver.call('is_on', {})).resolves.toBe(false);
  });

  it('failingFunctions makes exactly those functions throw E_DEVICE_FAULT', async () => {
    const driver = createSimulatedDriver('light', { faults: { failingFunctions: ['set_brightness'] } });
    await expect(driver.call('set_brightness', { brightness: 30 })).rejects.toMatchObject({ code: 'E_DEVICE_FAULT' });
    await expect(driver.call('turn_on', {})).resolves.toBeUndefined();
    expect(driver.getState()).toMatchObject({ on: true, brightness: 100 });
  });

  it('can be switched on and off while the device runs', async () => {
    const driver = createSimulatedDriver('switch');
    driver.setFaults({ ignoreCommands: true });
    await driver.call('turn_on', {});
    expect(driver.getState().on).toBe(false);
    driver.setFaults({});
    await driver.call('turn_on', {});
    expect(driver.getState().on).toBe(true);
  });
});

describe('idempotency keys', () => {
  it('applies a keyed call once and answers a repeat of the key without acting again', async () => {
    const player = createSimulatedDriver('media_player', { initialState: { volume: 20 } });
    expect(player.honoursIdempotencyKey).toBe(true);
    await player.call('volume_up', { step: 10 }, { idempotencyKey: 'task-1:1:0' });
    await player.call('volume_up', { step: 10 }, { idempotencyKey: 'task-1:1:0' });
    expect(player.getState().volume).toBe(30);
    await player.call('volume_up', { step: 10 }, { idempotencyKey: 'task-1:1:1' });
    expect(player.getState().volume).toBe(40);
  });
});

describe('devices outside the catalog', () => {
  it('simulate any valid description declaratively', async () => {
    const description = {
      ...getDeviceDescription('switch'),
      type: 'kettle',
      functions: getDeviceDescription('switch').functions.filter((fn) => fn.name !== 'toggle'),
    };
    const driver = createSimulatedDriver(description);
    await driver.call('turn_on', {});
    expect(driver.getState()).toEqual({ on: true });
  });
});
