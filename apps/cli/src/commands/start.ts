import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteScenarioFile, type SiteScenario } from '@meshmind/devices';
import { MeshmindError } from '@meshmind/protocol';
import { scenarioWithOptions, SCENARIO_OPTIONS, SCENARIO_USAGE } from '../scenario-options';
import type { CliCommand } from '../command';
import { createLogger } from '../logger';
import { DEFAULT_DATABASE_PATH, DEFAULT_SCENARIO, OWNER_TOKEN_FILE } from '../paths';
import { startStack } from '../stack';
import { listenerTls, mqttClientSecurityFrom, SECURITY_OPTIONS, SECURITY_USAGE } from '../security-options';
import { BRAIN_OPTIONS, BRAIN_USAGE, brainConfigFrom, plannerEngineFrom } from '../brain-options';
import { startBanner } from '../banner';
import { preparePrivateDirectory, refuseMosquittoInside } from '../data-directory';
import { wholeNumber } from '../whole-number';
import { HA_OPTIONS, HA_USAGE, haSettingsFrom, withHaDefaults } from '../ha-options';
import { startHaBridges } from '../ha-bridges';
import { ZIGBEE2MQTT_OPTIONS, ZIGBEE2MQTT_USAGE, emptyHome, isNoScenario, withZigbee2mqttDefault, zigbee2mqttSourceFrom } from '../zigbee2mqtt-options';

const DEVICE_WORD: Record<SiteScenario['kind'], string> = { home: 'devices', warehouse: 'robots', network: 'network devices' };
const EXAMPLE_GOAL: Record<SiteScenario['kind'], string> = {
  home: 'turn on the kitchen light',
  warehouse: 'which shelves have free space?',
  network: 'what is the packet error rate of client 2?',
};

export const startCommand: CliCommand = {
  name: 'start',
  usage: `meshmind start [--scenario FILE|none] [--robots N] [--zigbee2mqtt [BASE]] [--port N] [--host ADDRESS] [--broker mqtt://HOST:PORT] [--mqtt-port N] [--db FILE]
               [--require-token] [--allowed-host NAME ...] [--rate-limit N] [--confirm-ttl SECONDS]
               [--subtask-timeout SECONDS]
${SCENARIO_USAGE}; none: no simulated devices
${ZIGBEE2MQTT_USAGE}
  --port       HTTP port of the coordinator (default: $MESHMIND_PORT or 8080)
  --host       HTTP address to listen on (default: 127.0.0.1); clients elsewhere need tokens of their own (meshmind tokens)
  --broker     use this external MQTT broker instead of the embedded one (or $MESHMIND_BROKER_URL)
  --mosquitto-config DIR  that broker is a Mosquitto run from the files \`meshmind broker mosquitto-config DIR\`
               wrote: bridged devices (--zigbee2mqtt, --ha-discovery) that join or leave are written into its
               password file and ACL (or out of them), and it is reloaded (SIGHUP to DIR/run/mosquitto.pid)
  --mqtt-port  port of the embedded broker (default: 1883, or 8883 with TLS)
  --mqtt-host  address of the embedded broker (default: 127.0.0.1); beyond loopback it uses TLS
  --db         SQLite file of the coordinator (default: ${DEFAULT_DATABASE_PATH}); agents keep theirs beside it
  --require-token    accepted for older scripts: every /api request needs a token now, on loopback too
                     (the owner's token is made on first start in the --db directory, owner.token, mode 0600)
  --allowed-host     a further name the Host header may carry (a DNS name, a proxy's); repeatable
  --rate-limit       goals one client (its token) may send a minute (default 120; 0: no limit)
  --confirm-ttl      seconds a sensitive action waits for its "yes" (default 300)
  --subtask-timeout  seconds a subtask waits for its device's report before the answer says so (default 15)
${SECURITY_USAGE}
${HA_USAGE}
${BRAIN_USAGE}`,
  async run(argv, io) {
    const { values } = parseArgs({
      args: withHaDefaults(withZigbee2mqttDefault(argv)),
      options: {
        ...SCENARIO_OPTIONS,
        ...HA_OPTIONS,
        ...ZIGBEE2MQTT_OPTIONS,
        port: { type: 'string' },
        host: { type: 'string' },
        broker: { type: 'string' },
        'mosquitto-config': { type: 'string' },
        'mqtt-port': { type: 'string' },
        'mqtt-host': { type: 'string' },
        db: { type: 'string' },
        ...SECURITY_OPTIONS,
        'require-token': { type: 'boolean' },
        'allowed-host': { type: 'string', multiple: true },
        'rate-limit': { type: 'string' },
        'confirm-ttl': { type: 'string' },
        'subtask-timeout': { type: 'string' },
        ...BRAIN_OPTIONS,
      },
    });
    const goalsPerMinute = wholeNumber('rate-limit', values['rate-limit']);
    const confirmTtlSeconds = wholeNumber('confirm-ttl', values['confirm-ttl']);
    // Checked before anything starts: a wrong HA flag is a coded error naming it, not a half-started stack.
    const haSettings = haSettingsFrom(values, io.env);
    const subtaskTimeoutSeconds = wholeNumber('subtask-timeout', values['subtask-timeout']);
    if (subtaskTimeoutSeconds === 0) throw new MeshmindError('E_CONFIG_INVALID', '--subtask-timeout needs at least 1 second');
    const logger = createLogger(io.env, 'info');
    const scenario = isNoScenario(values.scenario) ? emptyHome() : scenarioWithOptions(await loadSiteScenarioFile(values.scenario ?? DEFAULT_SCENARIO), values);
    const databasePath = values.db ?? DEFAULT_DATABASE_PATH;
    const brokerUrl = values.broker ?? io.env.MESHMIND_BROKER_URL;
    if (values['mosquitto-config'] && !brokerUrl) throw new MeshmindError('E_CONFIG_INVALID', '--mosquitto-config names the files of an external Mosquitto: give its URL with --broker');
    if (values['mosquitto-config'] && databasePath !== ':memory:') refuseMosquittoInside(values['mosquitto-config'], dirname(databasePath));
    // Its owner's only, on every start: it holds the master key, the databases, the broker's store and the owner's HTTP token.
    if (databasePath !== ':memory:') preparePrivateDirectory(dirname(databasePath), (message) => logger.warn(message));
    const zigbee2mqtt = await zigbee2mqttSourceFrom(values, io.env, brokerUrl, logger);
    const stateDirectory = databasePath === ':memory:' ? undefined : dirname(databasePath);
    const brain = await brainConfigFrom(values, io.env, stateDirectory ? `${stateDirectory}/cache/rag` : undefined);
    const plannerEngine = await plannerEngineFrom(values, io.env);
    const httpHost = values.host ?? '127.0.0.1';
    const mqttHost = values['mqtt-host'] ?? '127.0.0.1';
    const tlsDirectory = join(stateDirectory ?? '.meshmind', 'tls');
    const httpTls = await listenerTls('HTTP', httpHost, values, tlsDirectory, io);
    const mqttTls = brokerUrl ? null : await listenerTls('MQTT', mqttHost, values, tlsDirectory, io);
    const external = brokerUrl ? await mqttClientSecurityFrom(values, io.env) : {};
    const stack = await startStack({
      ...external,
      ...(stateDirectory ? { stateDirectory } : {}),
      mqttHost,
      mqttTls,
      ...(plannerEngine ? { plannerEngine } : {}),
      brain,
      ...(stateDirectory ? { agentDatabasePath: `${stateDirectory}/agents.db` } : {}),
      // The embedded broker's sessions and retained messages outlive a restart of `meshmind start`.
      ...(stateDirectory ? { brokerStoreDirectory: join(stateDirectory, 'broker') } : {}),
      scenario,
      ...(zigbee2mqtt ? { deviceSources: [zigbee2mqtt] } : {}),
      logger,
      ...(brokerUrl ? { brokerUrl } : {}),
      ...(values['mosquitto-config'] ? { mosquittoConfigDirectory: values['mosquitto-config'] } : {}),
      mqttPort: Number(values['mqtt-port'] ?? (mqttTls ? 8883 : 1883)),
      databasePath,
      http: { host: httpHost, port: Number(values.port ?? io.env.MESHMIND_PORT ?? 8080), tls: httpTls },
      // --require-token changes nothing: a token is always required.
      access: {
        ...(values['allowed-host'] ? { allowedHosts: values['allowed-host'] } : {}),
        ...(goalsPerMinute !== undefined ? { goalsPerMinute } : {}),
      },
      ...(confirmTtlSeconds !== undefined ? { confirmationTtlMs: confirmTtlSeconds * 1000 } : {}),
      ...(subtaskTimeoutSeconds !== undefined ? { subtaskTimeoutMs: subtaskTimeoutSeconds * 1000 } : {}),
    });
    const haBridges = haSettings
      ? await startHaBridges({
          settings: haSettings,
          coordinator: stack.coordinator,
          security: stack.security,
          credentialsFor: stack.enrollBridged,
          revoke: stack.retireBridged,
          brain: stack.simulation.brain,
          mqttUrl: stack.mqttUrl,
          ...(stack.mqttClientTls ? { mqttTls: stack.mqttClientTls } : {}),
          ...(stateDirectory ? { databasePath: `${stateDirectory}/bridged-agents.db` } : {}),
          logger,
        }).catch(async (error: unknown) => {
          await stack.stop();
          throw error;
        })
      : null;
    const fingerprint = mqttTls?.fingerprint ?? httpTls?.fingerprint;
    io.stdout.write(
      startBanner({
        scenarioName: scenario.name,
        deviceCount: stack.simulation.agents.size + (stack.bridged?.agents.size ?? 0),
        deviceWord: DEVICE_WORD[scenario.kind],
        exampleGoal: EXAMPLE_GOAL[scenario.kind],
        http: stack.coordinator.address!,
        httpTls: httpTls !== null,
        ownerToken: stack.coordinator.ownerToken,
        terminal: (io.stdout as { isTTY?: boolean }).isTTY === true,
        ...(stateDirectory ? { ownerTokenFile: join(stateDirectory, OWNER_TOKEN_FILE) } : {}),
        mqttUrl: stack.broker ? stack.broker.url : stack.mqttUrl,
        embeddedBroker: stack.broker !== null,
        ...(fingerprint ? { fingerprint } : {}),
        ...(httpTls?.certPath ? { certPath: httpTls.certPath } : {}),
        ...(values.db ? { databaseFlag: values.db } : {}),
      }),
    );
    const signal = await io.untilSignal;
    logger.info({ signal }, 'stopping');
    await haBridges?.stop();
    await stack.stop();
    return 0;
  },
};
