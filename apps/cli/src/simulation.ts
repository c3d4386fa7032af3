import type { Logger } from 'pino';
import { createSimulatedDriver, type Scenario, type SimulatedDriver } from '@meshmind/devices';
import { DeviceAgent, type SubtaskMapper } from '@meshmind/device-agent';
import type { DeviceDescription } from '@meshmind/protocol';

export type MapperFactory = (description: DeviceDescription) => SubtaskMapper;

export interface Simulation {
  agents: Map<string, DeviceAgent>;
  drivers: Map<string, SimulatedDriver>;
  stop(): Promise<void>;
}

/** One real MQTT agent per simulated device of a scenario, all in this process. */
export async function startSimulation(options: { scenario: Scenario; mqttUrl: string; logger: Logger; createMapper: MapperFactory }): Promise<Simulation> {
  const agents = new Map<string, DeviceAgent>();
  const drivers = new Map<string, SimulatedDriver>();
  for (const device of options.scenario.devices) {
    const driver = createSimulatedDriver(device.type, { initialState: device.state });
    await driver.start();
    drivers.set(device.id, driver);
    agents.set(
      device.id,
      new DeviceAgent({
        identity: { id: device.id, name: device.name, aliases: device.aliases, area: device.area, ...(device.vendor ? { vendor: device.vendor } : {}) },
        driver,
        mapper: options.createMapper(driver.description),
        mqttUrl: options.mqttUrl,
        logger: options.logger.child({ ns: 'agent', device: device.id }),
      }),
    );
  }
  await Promise.all([...agents.values()].map((agent) => agent.start()));
  return {
    agents,
    drivers,
    async stop() {
      await Promise.all([...agents.values()].map((agent) => agent.stop()));
      await Promise.all([...drivers.values()].map((driver) => driver.stop()));
    },
  };
}
