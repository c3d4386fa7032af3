import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadScenarioFile } from '@meshmind/devices';
import type { CliCommand } from '../command';
import { createLogger } from '../logger';
import { DEFAULT_SCENARIO } from '../paths';
import { startStack } from '../stack';
import { BRAIN_OPTIONS, BRAIN_USAGE, brainConfigFrom, plannerEngineFrom } from '../brain-options';

export const startCommand: CliCommand = {
  name: 'start',
  summary: 'Start the broker, the coordinator and the simulated devices of a scenario',
  usage: `meshmind start [--scenario FILE] [--port N] [--host ADDRESS] [--broker mqtt://HOST:PORT] [--mqtt-port N] [--db FILE]
  --scenario   scenario YAML (default: examples/home.yaml)
  --port       HTTP port of the coordinator (default: $MESHMIND_PORT or 8080)
  --host       HTTP address to listen on (default: 127.0.0.1)
  --broker     use this external MQTT broker instead of the embedded one (or $MESHMIND_BROKER_URL)
  --mqtt-port  port of the embedded broker on loopback (default: 1883)
  --db         SQLite file of the coordinator (default: .meshmind/meshmind.db); agents keep theirs beside it
${BRAIN_USAGE}`,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        broker: { type: 'string' },
        'mqtt-port': { type: 'string' },
        db: { type: 'string' },
        ...BRAIN_OPTIONS,
      },
    });
    const logger = createLogger(io.env, 'info');
    const scenario = await loadScenarioFile(values.scenario ?? DEFAULT_SCENARIO);
    const databasePath = values.db ?? '.meshmind/meshmind.db';
    if (databasePath !== ':memory:') mkdirSync(dirname(databasePath), { recursive: true });
    const brokerUrl = values.broker ?? io.env.MESHMIND_BROKER_URL;
    const stateDirectory = databasePath === ':memory:' ? undefined : dirname(databasePath);
    const brain = await brainConfigFrom(values, io.env, stateDirectory ? `${stateDirectory}/cache/rag` : undefined);
    const plannerEngine = await plannerEngineFrom(values, io.env);
    const stack = await startStack({
      ...(plannerEngine ? { plannerEngine } : {}),
      brain,
      ...(stateDirectory ? { agentDatabasePath: `${stateDirectory}/agents.db` } : {}),
      scenario,
      logger,
      ...(brokerUrl ? { brokerUrl } : {}),
      mqttPort: Number(values['mqtt-port'] ?? 1883),
      databasePath,
      http: { host: values.host ?? '127.0.0.1', port: Number(values.port ?? io.env.MESHMIND_PORT ?? 8080) },
    });
    io.stdout.write(
      `meshmind is running: ${scenario.devices.length} devices of "${scenario.name}"\n` +
        `  coordinator  ${stack.coordinator.url}\n` +
        `  MQTT broker  ${stack.mqttUrl}${stack.broker ? ' (embedded)' : ''}\n` +
        `Try: npx meshmind chat "turn on the kitchen light"\n`,
    );
    const signal = await io.untilSignal;
    logger.info({ signal }, 'stopping');
    await stack.stop();
    return 0;
  },
};
