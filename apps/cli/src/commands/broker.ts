import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { LocalSecurity, isLoopbackHost, loadOrCreateSelfSigned, readTlsMaterial, writeMosquittoConfig } from '@meshmind/coordinator';
import { loadSiteScenarioFile, scenarioDeviceIds } from '@meshmind/devices';
import { MeshmindError, Topics } from '@meshmind/protocol';
import type { CliCommand } from '../command';
import { DEFAULT_SCENARIO } from '../paths';
import { preparePrivateDirectory, refuseMosquittoInside } from '../data-directory';
import { BROKER_SERVE_USAGE, serveBroker } from './broker-serve';

export const brokerCommand: CliCommand = {
  name: 'broker',
  usage: `meshmind broker mosquitto-config DIR [--scenario FILE|none] [--host ADDRESS] [--port N] [--tls] [--tls-cert FILE --tls-key FILE] [--db FILE]
  writes DIR/mosquitto.conf, DIR/passwd (Mosquitto's own PBKDF2 hashes) and DIR/acl: no anonymous clients,
  the coordinator and every enrolled agent with only the topics its job needs. Run mosquitto -c DIR/mosquitto.conf.
  DIR must lie outside the --db directory, which is its owner's only (0700): e.g. .meshmind-mosquitto.
  --scenario  also enroll the simulated devices \`meshmind start --broker\` will run (default: examples/home.yaml)
  --host      listener address (default 127.0.0.1); beyond loopback the listener uses TLS unless --insecure
  --port      listener port (default 1883, or 8883 with TLS)
  --tls       TLS on loopback too; the certificate is --tls-cert/--tls-key or the installation's own (made on first use)
  --db        the coordinator's database (default: .meshmind/meshmind.db); its master key is kept beside it
  After \`meshmind devices add|remove\`, run this again and reload Mosquitto (kill -HUP).
  Bridged devices (--zigbee2mqtt, --ha-discovery): \`meshmind start --broker URL --mosquitto-config DIR\` writes them
  in and out as they join and leave, and reloads Mosquitto through DIR/run/mosquitto.pid.

${BROKER_SERVE_USAGE}`,
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action === 'serve') return serveBroker(rest, io);
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        scenario: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        tls: { type: 'boolean' },
        insecure: { type: 'boolean' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        db: { type: 'string' },
      },
    });
    const [directory] = positionals;
    if (action !== 'mosquitto-config' || !directory) {
      io.stderr.write(`usage: ${brokerCommand.usage}\n`);
      return 2;
    }
    const databasePath = values.db ?? '.meshmind/meshmind.db';
    if (databasePath === ':memory:') throw new MeshmindError('E_CONFIG_INVALID', '--db must be the coordinator\'s database file');
    const stateDirectory = dirname(databasePath);
    refuseMosquittoInside(directory, stateDirectory);
    preparePrivateDirectory(stateDirectory, (message) => io.stderr.write(`meshmind broker: ${message}\n`));
    const host = values.host ?? '127.0.0.1';
    const loopback = isLoopbackHost(host);
    const wantsTls = values.tls === true || !!values['tls-cert'] || (!loopback && values.insecure !== true);
    if (!loopback && !wantsTls) io.stderr.write(`WARNING: Mosquitto will listen on ${host} without TLS (--insecure): passwords cross the network in the clear.\n`);
    let tls: { certPath: string; keyPath: string; copy?: boolean } | null = null;
    if (wantsTls) {
      if (values['tls-cert'] && values['tls-key']) {
        readTlsMaterial(values['tls-cert'], values['tls-key']);
        tls = { certPath: values['tls-cert'], keyPath: values['tls-key'] };
      } else {
        await loadOrCreateSelfSigned(join(stateDirectory, 'tls'));
        // Mosquitto's own copy: the installation's pair stays in the private data directory.
        tls = { certPath: join(stateDirectory, 'tls', 'cert.pem'), keyPath: join(stateDirectory, 'tls', 'key.pem'), copy: true };
      }
    }
    const security = new LocalSecurity({ databasePath, stateDirectory });
    try {
      security.coordinator();
      if (values.scenario !== 'none') {
        const scenario = await loadSiteScenarioFile(values.scenario ?? DEFAULT_SCENARIO);
        for (const deviceId of scenarioDeviceIds(scenario)) security.device(deviceId);
      }
      const files = writeMosquittoConfig({
        directory,
        credentials: security.credentials,
        topics: new Topics(),
        host,
        port: Number(values.port ?? (tls ? 8883 : 1883)),
        tls,
      });
      io.stdout.write(
        `wrote ${files.config}, ${files.passwords} (${files.users} identities) and ${files.acl}\n` +
          `Run: mosquitto -c ${files.config}\n` +
          `Then: meshmind start --broker ${tls ? 'mqtts' : 'mqtt'}://${host.includes(':') ? `[${host}]` : host}:${values.port ?? (tls ? 8883 : 1883)} --db ${databasePath}\n`,
      );
      return 0;
    } finally {
      security.close();
    }
  },
};
