import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HaDiscoverySource } from '@meshmind/devices';
import { openTaskDatabase, type TaskDatabase } from '@meshmind/fsm';
import { startDeviceSourceAgents, type DeviceSourceAgents, type Stack } from '@meshmind/cli';
import { FakeTasmotaPlug, startMosquittoHousehold, type HouseholdBroker } from './support/ha-broker';
import { silentLogger, startTestStack, studioScenario, waitFor } from './support/stack';
import { requireSystemPackages } from './support/system-packages';

const hasMosquitto = requireSystemPackages(
  'HA discovery on Mosquitto tests',
  ['mosquitto'],
  spawnSync('sh', ['-c', '(command -v mosquitto || test -x /usr/sbin/mosquitto) && command -v mosquitto_passwd']).status === 0,
);

/** The household's ACL: meshmind's login reads discovery and the plug's telemetry and may command it; nothing else. */
const ACL = `user meshmind
topic read homeassistant/#
topic read tasmota_C0FFEE/tele/#
topic write tasmota_C0FFEE/cmnd/#

user plug
topic readwrite tasmota_C0FFEE/#
topic write homeassistant/#
`;

describe.skipIf(!hasMosquitto)('a Tasmota plug on a household Mosquitto with its own logins and ACL, switched by chat', () => {
  let directory: string;
  let household: HouseholdBroker;
  let plug: FakeTasmotaPlug;
  let stack: Stack;
  let source: HaDiscoverySource;
  let database: TaskDatabase;
  let hosted: DeviceSourceAgents;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-ha-mosquitto-'));
    household = await startMosquittoHousehold({ plug: 'plug-secret', meshmind: 'bridge-secret' }, ACL, directory);
    plug = new FakeTasmotaPlug({ url: household.url, username: 'plug', password: 'plug-secret', topic: 'tasmota_C0FFEE', mac: 'C0FFEE123456', name: 'Coffee machine plug' });
    await plug.start();
    stack = await startTestStack(studioScenario({ lampOnly: true }));
    source = new HaDiscoverySource({ brokerUrl: household.url, credentials: { username: 'meshmind', password: 'bridge-secret' }, settleMs: 50 });
    database = openTaskDatabase(':memory:');
    hosted = await startDeviceSourceAgents({ source, brain: stack.simulation.brain, database, mqttUrl: stack.mqttUrl, credentialsFor: (id) => stack.security.device(id), logger: silentLogger });
    await source.start();
    await waitFor(() => stack.coordinator.registry.get('ha_c0ffee123456')?.availability === 'online', 30_000, 'the plug online');
  }, 120_000);

  afterAll(async () => {
    await hosted?.stop();
    await source?.stop();
    database?.close();
    await stack?.stop();
    await plug?.stop();
    await household?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('turns the plug on by chat through the bridge login the ACL allows', async () => {
    const goal = await stack.coordinator.goals.submit({ text: 'turn on the coffee machine plug' }).finished;
    expect(goal.status).toBe('done');
    expect(plug.power).toBe('ON');
  }, 60_000);
});
