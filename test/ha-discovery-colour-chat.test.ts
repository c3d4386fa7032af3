import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HaDiscoverySource } from '@meshmind/devices';
import { openTaskDatabase, type TaskDatabase } from '@meshmind/fsm';
import { startDeviceSourceAgents, type DeviceSourceAgents, type Stack } from '@meshmind/cli';
import { startHouseholdBroker, type HouseholdBroker } from './support/ha-broker';
import { FakeJsonColourBulb, FakePositionValve } from './support/ha-fake-devices';
import { silentLogger, startTestStack, studioScenario, waitFor } from './support/stack';

const BULB_ID = 'ha_esphome_desk_lamp';
const VALVE_ID = 'ha_garden_valve';

describe('colour lights and positioned valves announced by Home Assistant discovery are driven by chat', () => {
  let household: HouseholdBroker;
  let bulb: FakeJsonColourBulb;
  let valve: FakePositionValve;
  let stack: Stack;
  let source: HaDiscoverySource;
  let database: TaskDatabase;
  let hosted: DeviceSourceAgents;

  beforeAll(async () => {
    household = await startHouseholdBroker({ bulb: 'bulb-secret', valve: 'valve-secret', meshmind: 'bridge-secret' });
    bulb = new FakeJsonColourBulb({ url: household.url, username: 'bulb', password: 'bulb-secret', topic: 'esphome/desk_lamp', name: 'Desk lamp' });
    valve = new FakePositionValve({ url: household.url, username: 'valve', password: 'valve-secret', topic: 'garden/valve', name: 'Garden valve' });
    await bulb.start();
    await valve.start();
    stack = await startTestStack(studioScenario({ lampOnly: true }));
    source = new HaDiscoverySource({ brokerUrl: household.url, credentials: { username: 'meshmind', password: 'bridge-secret' }, settleMs: 50 });
    database = openTaskDatabase(':memory:');
    hosted = await startDeviceSourceAgents({
      source,
      brain: stack.simulation.brain,
      database,
      mqttUrl: stack.mqttUrl,
      credentialsFor: (deviceId) => stack.security.device(deviceId),
      logger: silentLogger,
    });
    await source.start();
    await waitFor(
      () => stack.coordinator.registry.get(BULB_ID)?.availability === 'online' && stack.coordinator.registry.get(VALVE_ID)?.availability === 'online',
      30_000,
      'the bulb and the valve online at the coordinator',
    );
  }, 120_000);

  afterAll(async () => {
    await hosted?.stop();
    await source?.stop();
    database?.close();
    await stack?.stop();
    await bulb?.stop();
    await valve?.stop();
    await household?.close();
  });

  it('makes a colour light of the catalog type, with colour and white tone from supported_color_modes', () => {
    const profile = stack.coordinator.registry.get(BULB_ID)!.profile;
    expect(profile.type).toBe('light');
    const functions = profile.capabilities.map((capability) => capability.function);
    expect(functions).toEqual(expect.arrayContaining(['turn_on', 'set_brightness', 'set_color', 'get_color', 'set_color_temperature']));
    const temperature = source.devices().find((device) => device.identity.id === BULB_ID)!.driver.description.functions.find((fn) => fn.name === 'set_color_temperature')!;
    // 500 and 153 mireds are 2000 K and 6536 K.
    expect(temperature.parameters[0]).toMatchObject({ unit: 'K', minimum: 2000, maximum: 6536 });
  });

  it('"set the desk lamp to red": an rgb colour in a JSON command, verified against the colour the bulb reports', async () => {
    const goal = await stack.coordinator.goals.submit({ text: 'set the desk lamp to red' }).finished;
    expect(goal.status, goal.answer ?? '').toBe('done');
    expect(goal.answer).toContain('Desk lamp');
    expect(bulb.commands.at(-1)).toEqual({ state: 'ON', color: { r: 255, g: 0, b: 0 } });
    expect(bulb.state).toMatchObject({ state: 'ON', color_mode: 'rgb', color: { r: 255, g: 0, b: 0 } });
  }, 60_000);

  it('"set the desk lamp to 2700 kelvin": a colour temperature in mireds', async () => {
    const goal = await stack.coordinator.goals.submit({ text: 'set the desk lamp to 2700 kelvin' }).finished;
    expect(goal.status, goal.answer ?? '').toBe('done');
    expect(bulb.commands.at(-1)).toEqual({ state: 'ON', color_temp: 370 });
    expect(bulb.state.color_mode).toBe('color_temp');
  }, 60_000);

  it('makes a valve with a position from reports_position', () => {
    const functions = stack.coordinator.registry.get(VALVE_ID)!.profile.capabilities.map((capability) => capability.function);
    expect(functions).toEqual(expect.arrayContaining(['open_valve', 'close_valve', 'set_position', 'get_position']));
  });

  it('"open the garden valve halfway": the position 50 on its command topic, verified against the position it reports', async () => {
    const goal = await stack.coordinator.goals.submit({ text: 'open the garden valve halfway' }).finished;
    expect(goal.status, goal.answer ?? '').toBe('done');
    expect(valve.commands.at(-1)).toBe('50');
    expect(valve.position).toBe(50);
  }, 60_000);

  it('"close the garden valve": position 0, as HA sends to a valve that reports its position', async () => {
    const goal = await stack.coordinator.goals.submit({ text: 'close the garden valve' }).finished;
    expect(goal.status, goal.answer ?? '').toBe('done');
    expect(valve.commands.at(-1)).toBe('0');
    expect(valve.position).toBe(0);
  }, 60_000);
});
