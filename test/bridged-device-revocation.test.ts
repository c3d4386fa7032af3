import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Zigbee2mqttSource, parseScenario, zigbee2mqttDeviceId } from '@meshmind/devices';
import type { Stack } from '@meshmind/cli';
import { startHaBridges, type HaBridges } from '../apps/cli/src/ha-bridges';
import { agentClientId, closeMqtt, connectMqtt, toMeshmindError, usernameOf, type MqttCredentials } from '@meshmind/protocol';
import { Zigbee2mqttSimulator } from './support/zigbee2mqtt-simulator';
import { ieeeOf, zigbeeHome } from './support/zigbee2mqtt-home';
import { startPlainBroker, type PlainBroker } from './support/plain-broker';
import { FakeTasmotaPlug, startHouseholdBroker, type HouseholdBroker } from './support/ha-broker';
import { silentLogger, startTestStack, waitFor } from './support/stack';

const NO_DEVICES = parseScenario('name: none\nareas: []\ndevices: []\n', 'no simulated devices');

/** The identity a bridged device's agent used, as the embedded broker would check it now. */
function loginOf(stack: Stack, deviceId: string): MqttCredentials {
  return { username: usernameOf({ kind: 'agent', deviceId }), password: stack.security.credentials.derivedPassword({ kind: 'agent', deviceId }) };
}

async function loginCode(stack: Stack, deviceId: string): Promise<string> {
  try {
    await closeMqtt(await connectMqtt({ url: stack.mqttUrl, clientId: agentClientId(deviceId), credentials: loginOf(stack, deviceId) }));
    return 'accepted';
  } catch (error) {
    return toMeshmindError(error).code;
  }
}

describe('a device that leaves zigbee2mqtt for good loses its agent and its login on the embedded broker', () => {
  let zigbeeBroker: PlainBroker;
  let simulator: Zigbee2mqttSimulator;
  let stack: Stack;
  const plug = zigbee2mqttDeviceId(ieeeOf(104));
  const bulb = zigbee2mqttDeviceId(ieeeOf(100));

  beforeAll(async () => {
    zigbeeBroker = await startPlainBroker();
    simulator = new Zigbee2mqttSimulator({ mqttUrl: zigbeeBroker.url, devices: zigbeeHome() });
    await simulator.start();
    stack = await startTestStack(NO_DEVICES, { deviceSources: [new Zigbee2mqttSource({ mqttUrl: zigbeeBroker.url, reportTimeoutMs: 3_000 })] });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    await simulator?.stop();
    await zigbeeBroker?.close();
  });

  it('stops the agent, revokes its identity, refuses its login, and keeps the others', async () => {
    await waitFor(() => stack.coordinator.registry.get(plug)?.availability === 'online', 30_000, 'the plug online');
    await simulator.remove('Coffee plug');
    await waitFor(() => !stack.bridged!.agents.has(plug), 30_000, 'the plug\'s agent to stop');
    await stack.bridged!.settled();
    expect(stack.bridged!.agents.get(plug)).toBeUndefined();
    expect(stack.security.credentials.get(usernameOf({ kind: 'agent', deviceId: plug }))?.revokedAt).not.toBeNull();
    expect(await loginCode(stack, plug)).toBe('E_UNAUTHORIZED');
    await waitFor(() => stack.coordinator.registry.get(plug) === undefined, 10_000, 'the plug out of the coordinator\'s list');
    expect(stack.coordinator.registry.get(bulb)?.availability).toBe('online');
  }, 60_000);

  it('enrolls a device that joins again under the same identity', async () => {
    await simulator.join(zigbeeHome().find((device) => device.friendlyName === 'Coffee plug')!);
    await waitFor(() => stack.coordinator.registry.get(plug)?.availability === 'online', 30_000, 'the plug back online');
    expect(stack.security.credentials.get(usernameOf({ kind: 'agent', deviceId: plug }))?.revokedAt).toBeNull();
  }, 60_000);
});

describe('a device whose Home Assistant discovery config is cleared loses its agent and its login', () => {
  const PLUG_ID = 'ha_c0ffee123456';
  let household: HouseholdBroker;
  let plug: FakeTasmotaPlug;
  let stack: Stack;
  let bridges: HaBridges;

  beforeAll(async () => {
    household = await startHouseholdBroker({ plug: 'plug-secret', meshmind: 'bridge-secret' });
    plug = new FakeTasmotaPlug({ url: household.url, username: 'plug', password: 'plug-secret', topic: 'tasmota_C0FFEE', mac: 'C0FFEE123456', name: 'Coffee machine plug' });
    await plug.start();
    stack = await startTestStack(NO_DEVICES);
    bridges = await startHaBridges({
      settings: { discoveryPrefix: 'homeassistant', publishPrefix: null, brokerUrl: household.url, credentials: { username: 'meshmind', password: 'bridge-secret' } },
      coordinator: stack.coordinator,
      security: stack.security,
      credentialsFor: stack.enrollBridged,
      revoke: stack.retireBridged,
      brain: stack.simulation.brain,
      mqttUrl: stack.mqttUrl,
      logger: silentLogger,
    });
    await waitFor(() => stack.coordinator.registry.get(PLUG_ID)?.availability === 'online', 30_000, 'the plug online');
  }, 120_000);

  afterAll(async () => {
    await bridges?.stop();
    await stack?.stop();
    await plug?.stop();
    await household?.close();
  });

  it('stops the agent, revokes its identity and refuses its login once the device is gone for good', async () => {
    expect(await loginCode(stack, PLUG_ID)).toBe('accepted');
    await plug.withdraw();
    await waitFor(() => stack.coordinator.registry.get(PLUG_ID) === undefined, 30_000, 'the plug out of the coordinator\'s list');
    expect(stack.security.credentials.get(usernameOf({ kind: 'agent', deviceId: PLUG_ID }))?.revokedAt).not.toBeNull();
    expect(await loginCode(stack, PLUG_ID)).toBe('E_UNAUTHORIZED');
  }, 60_000);
});
