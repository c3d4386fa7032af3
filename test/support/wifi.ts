import { AgentBrain, Teardown, createAgent } from '@meshmind/device-agent';
import { createWifiNetwork, type WifiNetwork } from '@meshmind/devices';
import { openTaskDatabase } from '@meshmind/fsm';
import { startFleetCoordinator, type FleetCoordinator } from '../../bench/fleet/fleet-coordinator';
import { silentLogger } from './stack';

export interface WifiLab {
  network: WifiNetwork;
  side: FleetCoordinator;
  stop(): Promise<void>;
}

/** LLMind 2.0's WiFi testbed with a real MQTT agent per device (access point, two clients, microwave). */
export async function startWifiLab(): Promise<WifiLab> {
  const { network, devices } = createWifiNetwork();
  const teardown = new Teardown();
  const side = await startFleetCoordinator({ shelves: 0, logger: silentLogger, subtaskTimeoutMs: 15_000 });
  teardown.add(() => side.stop());
  const brain = await AgentBrain.create({}, silentLogger);
  teardown.add(() => brain.close());
  const database = openTaskDatabase(':memory:');
  teardown.add(() => database.close());
  teardown.add(() => network.stop());
  for (const device of devices) {
    await device.driver.start();
    teardown.add(() => device.driver.stop().catch(() => undefined));
    const agent = await createAgent({
      brain,
      identity: { id: device.id, name: device.name, aliases: [], area: null },
      driver: device.driver,
      database,
      mqttUrl: side.broker.url,
      credentials: side.credentialsFor(device.id),
      logger: silentLogger,
    });
    await agent.start();
    teardown.add(() => agent.stop().catch(() => undefined));
  }
  await side.waitForDevices(devices.length, 10_000);
  return { network, side, stop: () => teardown.run() };
}
