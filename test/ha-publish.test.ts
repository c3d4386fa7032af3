import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MqttClient } from 'mqtt';
import { HaDiscoverySource, parseDiscoveryPayload } from '@meshmind/devices';
import type { Stack } from '@meshmind/cli';
import { startHaBridges, type HaBridges } from '../apps/cli/src/ha-bridges';
import { connectClient, startHouseholdBroker, type HouseholdBroker } from './support/ha-broker';
import { scenarioFrom, silentLogger, startTestStack, waitFor } from './support/stack';

/**
 * The keys Home Assistant's MQTT documentation marks required for each component (its "Required"
 * configuration variables), plus what its device registry needs to group entities: unique_id and
 * device identifiers.
 */
const REQUIRED_KEYS: Record<string, string[]> = {
  switch: ['command_topic'],
  light: ['command_topic'],
  lock: ['command_topic'],
  fan: ['command_topic'],
  sensor: ['state_topic'],
  binary_sensor: ['state_topic'],
  cover: [],
  valve: [],
  climate: [],
};

const HOUSE = scenarioFrom(`
name: Published flat
floors: [ { id: ground, name: Ground floor } ]
areas: [ { id: kitchen, name: Kitchen, floor: ground } ]
devices:
  - { id: kitchen_lamp, type: light, name: Kitchen lamp, area: kitchen }
  - { id: kettle_plug, type: switch, name: Kettle plug, area: kitchen }
  - { id: back_door, type: lock, name: Back door, area: kitchen }
  - { id: kitchen_blinds, type: cover, name: Kitchen blinds, area: kitchen }
  - { id: kitchen_thermostat, type: climate, name: Kitchen thermostat, area: kitchen }
  - { id: kitchen_fan, type: fan, name: Kitchen fan, area: kitchen }
  - { id: garden_valve, type: valve, name: Garden valve, area: kitchen }
  - { id: kitchen_temperature, type: temperature_sensor, name: Kitchen temperature, area: kitchen }
  - { id: kitchen_motion, type: motion_sensor, name: Kitchen motion, area: kitchen }
`);

describe('meshmind announces its devices to Home Assistant with discovery configs, state and availability', () => {
  let household: HouseholdBroker;
  let stack: Stack;
  let bridges: HaBridges;
  let homeAssistant: MqttClient;
  const retained = new Map<string, string>();

  beforeAll(async () => {
    household = await startHouseholdBroker({ meshmind: 'bridge-secret', homeassistant: 'ha-secret' });
    stack = await startTestStack(HOUSE);
    bridges = await startHaBridges({
      settings: { discoveryPrefix: null, publishPrefix: 'homeassistant', brokerUrl: household.url, credentials: { username: 'meshmind', password: 'bridge-secret' } },
      coordinator: stack.coordinator,
      security: stack.security,
      brain: stack.simulation.brain,
      mqttUrl: stack.mqttUrl,
      logger: silentLogger,
    });
    homeAssistant = await connectClient(household.url, 'homeassistant', 'ha-secret');
    homeAssistant.on('message', (topic, payload) => retained.set(topic, payload.toString('utf8')));
    await homeAssistant.subscribeAsync(['homeassistant/+/+/config', 'meshmind/#'], { qos: 1 });
    await waitFor(() => [...retained.keys()].filter((topic) => topic.endsWith('/config')).length === 9, 30_000, 'nine discovery configs');
  }, 120_000);

  afterAll(async () => {
    await homeAssistant?.endAsync();
    await bridges?.stop();
    await stack?.stop();
    await household?.close();
  });

  const configs = () =>
    [...retained]
      .filter(([topic]) => topic.endsWith('/config'))
      .map(([topic, payload]) => ({ topic, component: topic.split('/')[1]!, config: parseDiscoveryPayload(topic, payload)! }));

  it('announces each device as the Home Assistant component of its type', () => {
    expect(Object.fromEntries(configs().map(({ topic, component }) => [topic.split('/')[2], component]))).toEqual({
      kitchen_lamp: 'light',
      kettle_plug: 'switch',
      back_door: 'lock',
      kitchen_blinds: 'cover',
      kitchen_thermostat: 'climate',
      kitchen_fan: 'fan',
      garden_valve: 'valve',
      kitchen_temperature: 'sensor',
      kitchen_motion: 'binary_sensor',
    });
  });

  it('carries the keys Home Assistant requires for each component, a unique_id and a device with identifiers', () => {
    for (const { component, config } of configs()) {
      for (const key of REQUIRED_KEYS[component]!) expect(config[key], `${component} ${key}`).toEqual(expect.any(String));
      expect(config.unique_id).toEqual(expect.stringMatching(/^meshmind_/));
      expect(config.device).toMatchObject({ identifiers: [expect.any(String)], name: expect.any(String), suggested_area: 'Kitchen' });
      expect(config.availability_mode).toBe('all');
    }
    const light = configs().find(({ component }) => component === 'light')!.config;
    expect(light).toMatchObject({ schema: 'json', command_topic: 'meshmind/kitchen_lamp/set', state_topic: 'meshmind/kitchen_lamp/state', brightness: true });
    const sensor = configs().find(({ component }) => component === 'sensor')!.config;
    expect(sensor).toMatchObject({ device_class: 'temperature', unit_of_measurement: '°C' });
  });

  it('publishes state and availability for Home Assistant to read, and the bridge\'s own availability', async () => {
    await waitFor(() => retained.get('meshmind/kettle_plug/availability') === 'online', 10_000, 'availability');
    expect(JSON.parse(retained.get('meshmind/kettle_plug/state')!)).toEqual({ state: 'OFF' });
    expect(JSON.parse(retained.get('meshmind/back_door/state')!)).toEqual({ state: 'LOCKED' });
    expect(retained.get('meshmind/bridge/availability')).toBe('online');
  });

  it('carries out a command Home Assistant sends, through the coordinator, and reports the new state', async () => {
    await homeAssistant.publishAsync('meshmind/kettle_plug/set', 'ON', { qos: 1 });
    await waitFor(() => stack.simulation.drivers.get('kettle_plug')!.getState().on === true, 30_000, 'the kettle plug on');
    await waitFor(() => retained.get('meshmind/kettle_plug/state') === JSON.stringify({ state: 'ON' }), 10_000, 'state ON published');
    await homeAssistant.publishAsync('meshmind/kitchen_lamp/set', JSON.stringify({ state: 'ON', brightness: 40 }), { qos: 1 });
    await waitFor(() => stack.simulation.drivers.get('kitchen_lamp')!.getState().brightness === 40, 30_000, 'the lamp at 40 %');
  }, 90_000);

  it('announces configs that meshmind\'s own discovery consumer reads back into the same devices', async () => {
    const source = new HaDiscoverySource({ brokerUrl: household.url, credentials: { username: 'homeassistant', password: 'ha-secret' }, settleMs: 50 });
    await source.start();
    try {
      await waitFor(() => source.devices().length === 9, 20_000, 'nine devices read back');
      const names = source.devices().map((device) => device.identity.name).sort();
      expect(names).toEqual(['Back door', 'Garden valve', 'Kettle plug', 'Kitchen blinds', 'Kitchen fan', 'Kitchen lamp', 'Kitchen motion', 'Kitchen temperature', 'Kitchen thermostat']);
      expect(source.problems()).toEqual([]);
      // Retained availability arrives just after each device is built.
      await waitFor(() => source.devices().every((device) => device.isAvailable()), 10_000, 'every device available');
    } finally {
      await source.stop();
    }
  }, 60_000);

  it('marks every device unavailable when the bridge goes away (its last will)', async () => {
    await bridges.stop();
    await waitFor(() => retained.get('meshmind/bridge/availability') === 'offline', 10_000, 'bridge offline');
  });
});
