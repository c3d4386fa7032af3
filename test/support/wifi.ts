import { AgentBrain, DeviceAgent } from '@meshmind/device-agent';
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
  const side = await startFleetCoordinator({ shelves: 0, logger: silentLogger, subtaskTimeoutMs: 15_000 });
  const brain = await AgentBrain.create({}, silentLogger);
  const database = openTaskDatabase(':memory:');
  const agents: DeviceAgent[] = [];
  for (const device of devices) {
    await device.driver.start();
    const agent = new DeviceAgent({
      identity: { id: device.id, name: device.name, aliases: [], area: null },
      driver: device.driver,
      tasks: await brain.taskFunctions(device.description, () => device.driver.getState()),
      database,
      mqttUrl: side.broker.url,
      credentials: side.credentialsFor(device.id),
      logger: silentLogger,
    });
    await agent.start();
    agents.push(agent);
  }
  await side.waitForDevices(devices.length, 10_000);
  return {
    network,
    side,
    async stop() {
      await Promise.allSettled(agents.map((agent) => agent.stop()));
      await Promise.allSettled(devices.map((device) => device.driver.stop()));
      network.stop();
      database.close();
      await brain.close();
      await side.stop();
    },
  };
}
