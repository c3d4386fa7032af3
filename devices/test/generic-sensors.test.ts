import { describe, expect, it } from 'vitest';
import { createSimulatedDriver, getDeviceDescription, parseScenario } from '../src/index';

describe('sensor (a numeric reading of any device class)', () => {
  it('reports the reading, its unit and its device class through queries', async () => {
    const driver = createSimulatedDriver('sensor', { initialState: { value: 1000, unit: 'hPa', device_class: 'atmospheric_pressure' } });
    await expect(driver.call('get_value', {})).resolves.toBe(1000);
    await expect(driver.call('get_unit', {})).resolves.toBe('hPa');
    await expect(driver.call('get_device_class', {})).resolves.toBe('atmospheric_pressure');
  });

  it('has no actions: a reading changes only through the environment', async () => {
    expect(getDeviceDescription('sensor').functions.every((fn) => fn.kind === 'query')).toBe(true);
    const driver = createSimulatedDriver('sensor', { initialState: { value: 2, unit: 'kW', device_class: 'power' } });
    driver.setEnvironment({ value: -43.5 });
    await expect(driver.call('get_value', {})).resolves.toBe(-43.5);
  });

  it('refuses a reading that is not a number', () => {
    expect(() => createSimulatedDriver('sensor', { initialState: { value: 'high' } })).toThrowError(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
  });
});

describe('binary_sensor (an on/off reading of any device class)', () => {
  it('reports whether its condition is present, with the words for both states in its state', async () => {
    const driver = createSimulatedDriver('binary_sensor', { initialState: { on: false, device_class: 'moisture', on_word: 'wet', off_word: 'dry' } });
    await expect(driver.call('is_on', {})).resolves.toBe(false);
    await expect(driver.call('get_device_class', {})).resolves.toBe('moisture');
    expect(driver.getState()).toEqual({ on: false, device_class: 'moisture', on_word: 'wet', off_word: 'dry' });
  });

  it('turns on when the environment says so and tells listeners', async () => {
    const driver = createSimulatedDriver('binary_sensor', { initialState: { device_class: 'smoke', on_word: 'detected', off_word: 'clear' } });
    const seen: boolean[] = [];
    driver.onStateChange((state) => seen.push(state.on as boolean));
    driver.setEnvironment({ on: true });
    await expect(driver.call('is_on', {})).resolves.toBe(true);
    expect(seen).toEqual([true]);
  });

  it('cannot be switched: it has no actions', () => {
    expect(getDeviceDescription('binary_sensor').functions.every((fn) => fn.kind === 'query')).toBe(true);
  });
});

describe('generic sensors in a scenario', () => {
  it('load with their device class, unit and state words', () => {
    const scenario = parseScenario(
      [
        'name: Sensors',
        'areas: []',
        'devices:',
        '  - { id: co2, type: sensor, name: Heat pump CO2 sensor, state: { value: 50, unit: ppm, device_class: carbon_dioxide } }',
        '  - { id: leak, type: binary_sensor, name: Kitchen leak sensor, state: { on: false, device_class: moisture, on_word: wet, off_word: dry } }',
      ].join('\n'),
      'sensors.yaml',
    );
    expect(scenario.devices.map((device) => [device.type, device.state])).toEqual([
      ['sensor', { value: 50, unit: 'ppm', device_class: 'carbon_dioxide' }],
      ['binary_sensor', { on: false, device_class: 'moisture', on_word: 'wet', off_word: 'dry' }],
    ]);
  });
});
