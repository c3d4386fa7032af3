import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify as toYaml } from 'yaml';
import { LocalSecurity, fingerprintOf } from '@meshmind/coordinator';
import { hasDeviceType, listDeviceTypes } from '@meshmind/devices';
import { MeshmindError, isValidTopicSegment, principalOf, usernameOf } from '@meshmind/protocol';
import type { CliCommand, CliIo } from '../command';
import { preparePrivateDirectory } from '../data-directory';

const DEFAULT_DATABASE = '.meshmind/meshmind.db';

function openSecurity(databasePath: string, io: CliIo): LocalSecurity {
  if (databasePath === ':memory:') throw new MeshmindError('E_CONFIG_INVALID', '--db must be the coordinator\'s database file, not :memory:');
  preparePrivateDirectory(dirname(databasePath), (message) => io.stderr.write(`meshmind devices: ${message}\n`));
  return new LocalSecurity({ databasePath, stateDirectory: dirname(databasePath) });
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'area';
}

/** The installation's certificate, when there is one: agents pin its fingerprint. */
function installationFingerprint(stateDirectory: string): string | null {
  const certPath = join(stateDirectory, 'tls', 'cert.pem');
  if (!existsSync(certPath)) return null;
  return fingerprintOf(readFileSync(certPath, 'utf8'));
}

async function add(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      name: { type: 'string' },
      area: { type: 'string' },
      alias: { type: 'string', multiple: true },
      broker: { type: 'string' },
      out: { type: 'string' },
      db: { type: 'string' },
    },
  });
  const [id] = positionals;
  if (!id || !values.type || !values.name) {
    io.stderr.write(`usage: ${devicesCommand.usage}\n`);
    return 2;
  }
  if (!isValidTopicSegment(id)) throw new MeshmindError('E_CONFIG_INVALID', `device id ${JSON.stringify(id)} must be letters, digits, '_', '-' or '.' (it becomes an MQTT topic segment)`);
  if (!hasDeviceType(values.type)) throw new MeshmindError('E_UNKNOWN_DEVICE_TYPE', `unknown device type ${JSON.stringify(values.type)}; known: ${listDeviceTypes().join(', ')}`);
  const databasePath = values.db ?? DEFAULT_DATABASE;
  const stateDirectory = dirname(databasePath);
  const security = openSecurity(databasePath, io);
  try {
    const fingerprint = installationFingerprint(stateDirectory);
    const broker = values.broker ?? (fingerprint ? 'mqtts://127.0.0.1:8883' : 'mqtt://127.0.0.1:1883');
    if (broker.startsWith('mqtt://') && fingerprint === null) {
      io.stderr.write('warning: the agent will connect without TLS; anyone on the network can read its traffic. Start the broker with TLS (see SECURITY.md).\n');
    }
    const credentials = await security.credentials.issue({ kind: 'agent', deviceId: id });
    const config = {
      broker,
      credentials,
      ...(broker.startsWith('mqtts://') && fingerprint ? { tls: { fingerprint } } : {}),
      device: {
        id,
        type: values.type,
        name: values.name,
        aliases: values.alias ?? [],
        area: values.area ? { id: slug(values.area), name: values.area, aliases: [], floor: null } : null,
      },
    };
    const out = resolve(values.out ?? `agent-${id}.yaml`);
    writeFileSync(out, `# meshmind agent config for ${values.name}: it holds this device's secret, keep it private.\n${toYaml(config)}`, { mode: 0o600 });
    io.stdout.write(
      `enrolled ${id} as ${credentials.username}; its config is ${out} (mode 0600).\n` +
        `Copy it to the board and run: npx meshmind agent --config ${out.split('/').pop()}\n` +
        `The secret is shown only there; run \`meshmind devices add ${id} ...\` again to issue a new one.\n`,
    );
    return 0;
  } finally {
    security.close();
  }
}

function remove(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { db: { type: 'string' } } });
  const [id] = positionals;
  if (!id) {
    io.stderr.write(`usage: ${devicesCommand.usage}\n`);
    return Promise.resolve(2);
  }
  const security = openSecurity(values.db ?? DEFAULT_DATABASE, io);
  try {
    const username = principalOf(id) ? id : usernameOf({ kind: 'agent', deviceId: id });
    if (!security.credentials.revoke(username)) {
      throw new MeshmindError('E_UNKNOWN_DEVICE', `no active enrollment for ${id}`);
    }
    io.stdout.write(
      `revoked ${username}: a running coordinator disconnects it within a second and forgets the device.\n` +
        'With an external Mosquitto, write its files again (meshmind broker mosquitto-config DIR) and reload it (kill -HUP).\n',
    );
    return Promise.resolve(0);
  } finally {
    security.close();
  }
}

function list(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
  const security = openSecurity(values.db ?? DEFAULT_DATABASE, io);
  try {
    const rows = security.credentials.list().map((row) => ({
      username: row.username,
      kind: row.kind,
      status: row.revokedAt === null ? 'active' : 'revoked',
      since: new Date(row.revokedAt ?? row.createdAt).toISOString(),
    }));
    if (values.json) io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else for (const row of rows) io.stdout.write(`${row.username.padEnd(40)} ${row.kind.padEnd(8)} ${row.status.padEnd(8)} ${row.since}\n`);
    return Promise.resolve(0);
  } finally {
    security.close();
  }
}

export const devicesCommand: CliCommand = {
  name: 'devices',
  usage: `meshmind devices add ID --type TYPE --name NAME [--area NAME] [--alias A ...] [--broker URL] [--out FILE] [--db FILE]
meshmind devices remove ID [--db FILE]
meshmind devices list [--json] [--db FILE]
  add      issues the agent's MQTT identity (device.ID) and writes a ready agent config (default agent-ID.yaml, mode 0600)
  remove   revokes it: a running coordinator disconnects the agent at once and forgets the device
  --db     the coordinator's database (default: ${DEFAULT_DATABASE}); its master key is kept beside it`,
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action === 'add') return add(rest, io);
    if (action === 'remove') return remove(rest, io);
    if (action === 'list') return list(rest, io);
    io.stderr.write(`usage: ${devicesCommand.usage}\n`);
    return 2;
  },
};
