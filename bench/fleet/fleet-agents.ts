import type { Logger } from 'pino';
import { AgentBrain, Teardown, createAgent, type AgentBrainConfig, type AgentMind, type DeviceAgent } from '@meshmind/device-agent';
import { createManualClock, createWarehouseFleet, type FleetRobot, type ManualSimulationClock, type WarehouseWorld } from '@meshmind/devices';
import { openTaskDatabase, type TaskDatabase } from '@meshmind/fsm';
import { programCarryingTasks } from './centralised';
import type { MqttCredentials } from '@meshmind/protocol';

/**
 * The device side of a fleet run: one warehouse world and one real MQTT device agent per robot,
 * all in this process with one shared brain. The world is one simulation (robots share the grid),
 * so its drivers live where it lives; agents are still separate MQTT clients with their own will.
 */

export type FleetMode = 'distributed' | 'centralised';

export interface FleetAgentsOptions {
  mqttUrl: string;
  /** Each robot's identity on the broker, enrolled by the coordinator's side. */
  credentialsFor: (deviceId: string) => MqttCredentials;
  robots: number;
  shelves: number;
  seed: number;
  mode: FleetMode;
  logger: Logger;
  brain?: AgentBrainConfig;
  /** A brain to use instead of creating one (kept open on stop): fleets started one after another share it. */
  sharedBrain?: AgentBrain;
  /** How much faster than real time the clock driver runs the world (default 100). */
  timeScale?: number;
  /** Agents connect this many at a time (default 50). */
  connectBatch?: number;
}

export interface FleetAgents {
  world: WarehouseWorld;
  robots: FleetRobot[];
  agents: Map<string, DeviceAgent>;
  clock: ManualSimulationClock;
  brain: AgentBrain | null;
  /** Simulated milliseconds the clock has advanced since start. */
  simulatedMs(): number;
  /** Runs simulated time while something is pending (robots drive only while the clock moves). */
  drive(): () => void;
  /** A robot drops off mid-task: its agent loses the connection (the broker sends its will) and the robot halts. */
  dropRobot(robotId: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startFleetAgents(options: FleetAgentsOptions): Promise<FleetAgents> {
  const clock = createManualClock();
  const startedAt = clock.now();
  const { world, robots } = createWarehouseFleet({ seed: options.seed, robots: options.robots, shelves: options.shelves, clock });
  const ownsBrain = options.mode === 'distributed' && !options.sharedBrain;
  const teardown = new Teardown();
  teardown.add(() => world.stop());
  const brain = options.mode !== 'distributed' ? null : (options.sharedBrain ?? (await AgentBrain.create(options.brain ?? {}, options.logger.child({ ns: 'brain' }))));
  if (ownsBrain) teardown.add(() => brain?.close());
  const database: TaskDatabase = openTaskDatabase(':memory:');
  teardown.add(() => database.close());
  const agents = new Map<string, DeviceAgent>();
  teardown.add(() => Promise.allSettled(robots.map((robot) => robot.driver.stop())));
  teardown.add(() => Promise.allSettled([...agents.values()].map((agent) => agent.stop())));
  const timeScale = options.timeScale ?? 100;
  try {
    for (const robot of robots) {
      await robot.driver.start();
      const mind: AgentMind = brain ? { brain } : { tasks: programCarryingTasks(robot.description) };
      const agent = await createAgent({
        ...mind,
        identity: { id: robot.id, name: robot.name, aliases: [], area: null, vendor: robot.vendor },
        driver: robot.driver,
        database,
        mqttUrl: options.mqttUrl,
        credentials: options.credentialsFor(robot.id),
        // Fifty agents connect at once to a broker that shares the machine with the coordinator:
        // on a saturated machine their CONNACKs took longer than the default 5 s (one N = 1,000
        // run ended before its goal with E_BROKER_UNREACHABLE: connack timeout).
        connectTimeoutMs: 120_000,
        logger: options.logger.child({ ns: 'agent', device: robot.id }),
      });
      agents.set(robot.id, agent);
    }
    const all = [...agents.values()];
    const batch = options.connectBatch ?? 50;
    for (let index = 0; index < all.length; index += batch) await Promise.all(all.slice(index, index + batch).map((agent) => agent.start()));
  } catch (error) {
    await teardown.run().catch(() => undefined);
    throw error;
  }
  return {
    world,
    robots,
    agents,
    clock,
    brain,
    simulatedMs: () => clock.now() - startedAt,
    drive() {
      // Simulated time follows wall time at a fixed scale, however busy the event loop is; a stall
      // advances at most one simulated second at once so robots still move tick by tick.
      let last = performance.now();
      const timer = setInterval(() => {
        const now = performance.now();
        clock.advance(Math.min(1000, Math.max(1, Math.round((now - last) * timeScale))));
        last = now;
      }, 1);
      return () => clearInterval(timer);
    },
    async dropRobot(robotId) {
      await agents.get(robotId)?.crash();
      await robots.find((robot) => robot.id === robotId)?.driver.stop();
    },
    stop: () => teardown.run(),
  };
}
