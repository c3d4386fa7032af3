import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HaDiscoverySource } from '@meshmind/devices';
import { openTaskDatabase, type TaskDatabase } from '@meshmind/fsm';
import { startDeviceSourceAgents, type DeviceSourceAgents, type Stack } from '@meshmind/cli';
import { FakeTasmotaPlug, startHouseholdBroker, type HouseholdBroker } from './support/ha-broker';
import { silentLogger, startTestStack, studioScenario, waitFor } from './support/stack';

const PLUG_ID = 'ha_c0ffee123456';

describe('a Tasmota plug announced by Home Assistant discovery is driven by chat through the whole pipeline', () => {
  let household: HouseholdBroker;
  let plug: FakeTasmotaPlug;
  let stack: Stack;
  let source: HaDiscoverySource;
  let database: TaskDatabase;
  let hosted: DeviceSourceAgents;

  beforeAll(async () => {
    // The household's broker has its own logins: the plug's, and the one the user gives meshmind.
    household = await startHouseholdBroker({ plug: 'plug-secret', meshmind: 'bridge-secret' });
    plug = new FakeTasmotaPlug({ url: household.url, username: 'plug', password: 'plug-secret', topic: 'tasmota_C0FFEE', mac: 'C0FFEE123456', name: 'Coffee machine plug' });
    await plug.start();
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
    await waitFor(() => stack.coordinator.registry.get(PLUG_ID)?.availability === 'online', 30_000, 'the plug online at the coordinator');
  }, 120_000);

  afterAll(async () => {
    await hosted?.stop();
    await source?.stop();
    database?.close();
    await stack?.stop();
    await plug?.stop();
    await household?.close();
  });

  it('registers the plug under its discovery name, from HA discovery, with an API document made from its config', () => {
    const registered = stack.coordinator.registry.get(PLUG_ID)!;
    expect(registered.profile.name).toBe('Coffee machine plug');
    expect(registered.profile.type).toBe('switch');
    expect(registered.profile.origin).toBe('ha-discovery');
    expect(registered.profile.vendor).toBe('Tasmota');
    expect(registered.profile.capabilities.map((capability) => capability.function)).toEqual(['turn_on', 'turn_off', 'toggle', 'is_on']);
    expect(stack.coordinator.registry.view(registered).origin).toBe('ha-discovery');
  });

  it('turns the plug on and off by chat: POWER commands on its command topic, verified against the state it reports', async () => {
    const on = await stack.coordinator.goals.submit({ text: 'turn on the coffee machine plug' }).finished;
    expect(on.status).toBe('done');
    expect(on.answer).toContain('Coffee machine plug');
    expect(plug.power).toBe('ON');
    expect(plug.commands).toEqual(['ON']);
    expect(source.devices()[0]!.driver.getState()).toEqual({ on: true });

    const off = await stack.coordinator.goals.submit({ text: 'switch the coffee machine plug off' }).finished;
    expect(off.status).toBe('done');
    expect(plug.power).toBe('OFF');
    expect(plug.commands).toEqual(['ON', 'OFF']);
  }, 60_000);

  it('toggles the plug by chat', async () => {
    const before = plug.power;
    const goal = await stack.coordinator.goals.submit({ text: 'toggle the coffee machine plug' }).finished;
    expect(goal.status).toBe('done');
    expect(plug.power).not.toBe(before);
    await waitFor(() => source.devices()[0]!.driver.getState().on === (plug.power === 'ON'), 10_000, 'the reported state');
    await stack.coordinator.goals.submit({ text: 'turn off the coffee machine plug' }).finished;
    expect(plug.power).toBe('OFF');
  }, 60_000);

  it('answers a question from the state the plug reports', async () => {
    const goal = await stack.coordinator.goals.submit({ text: 'is the coffee machine plug on?' }).finished;
    expect(goal.status).toBe('done');
    expect(goal.subtasks[0]!.value).toBe(false);
  }, 60_000);

  it('follows the plug\'s own availability: offline when its last will says Offline, online again when it is back', async () => {
    await plug.pullPlug();
    await waitFor(() => stack.coordinator.registry.get(PLUG_ID)?.availability === 'offline', 30_000, 'the plug offline at the coordinator');
    // The agent stays connected and reports its device offline (the host of h/zigbee), so the coordinator sends it nothing.
    expect(hosted.agents.has(PLUG_ID)).toBe(true);
    await plug.start();
    await waitFor(() => stack.coordinator.registry.get(PLUG_ID)?.availability === 'online', 30_000, 'the plug online again');
    const goal = await stack.coordinator.goals.submit({ text: 'turn on the coffee machine plug' }).finished;
    expect(goal.status).toBe('done');
    expect(plug.power).toBe('ON');
  }, 90_000);

  it('reached the household broker only with the login the user gave (a wrong one is refused)', async () => {
    const intruder = new HaDiscoverySource({ brokerUrl: household.url, credentials: { username: 'meshmind', password: 'wrong' } });
    await expect(intruder.start()).rejects.toThrow();
    await intruder.stop();
  });
});
