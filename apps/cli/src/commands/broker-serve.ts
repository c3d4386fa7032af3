import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { LocalSecurity, isWildcardHost, startEmbeddedBroker, type BrokerPersistence } from '@meshmind/coordinator';
import { MeshmindError, Topics } from '@meshmind/protocol';
import type { CliIo } from '../command';
import { createLogger } from '../logger';
import { listenerTls } from '../security-options';
import { preparePrivateDirectory } from '../data-directory';

export const BROKER_SERVE_USAGE = `meshmind broker serve [--host ADDRESS] [--port N] [--redis redis://HOST:PORT | --store DIR] [--db FILE] [--tls] [--tls-cert FILE --tls-key FILE] [--insecure]
  runs one MQTT broker node (aedes) with meshmind's identities and ACL, for \`meshmind start --broker URL\` and agents.
  --redis     share sessions, retained messages and every message with the other nodes on this Redis
              (or $MESHMIND_REDIS_URL): start as many nodes as you like, on this machine or others
  --store     without Redis: keep this one node's sessions and retained messages in a LevelDB directory
  --db        the coordinator's database (default: .meshmind/meshmind.db), read for credentials; its master
              key (master.key beside it) must be there too: a node checks the same identities as the coordinator
  --host      listener address (default 127.0.0.1); beyond loopback the listener uses TLS unless --insecure
  --port      listener port (default 1883, or 8883 with TLS)`;

/** The node's own store, from the flags: Redis, LevelDB, or memory. */
function persistenceFrom(values: { redis?: string; store?: string }, env: NodeJS.ProcessEnv): BrokerPersistence {
  const redisUrl = values.redis ?? env.MESHMIND_REDIS_URL;
  if (redisUrl && values.store) throw new MeshmindError('E_CONFIG_INVALID', '--redis and --store exclude each other: a node keeps its state in one place');
  if (redisUrl) return { kind: 'redis', url: redisUrl };
  if (values.store) return { kind: 'level', directory: values.store };
  return { kind: 'memory' };
}

function describePersistence(persistence: BrokerPersistence): string {
  if (persistence.kind === 'redis') return `shared through Redis at ${persistence.url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')}`;
  if (persistence.kind === 'level') return `kept in ${persistence.directory}`;
  return 'in memory (gone when this node stops)';
}

/** `meshmind broker serve`: one broker node, until SIGINT/SIGTERM. */
export async function serveBroker(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      redis: { type: 'string' },
      store: { type: 'string' },
      db: { type: 'string' },
      tls: { type: 'boolean' },
      insecure: { type: 'boolean' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
    },
  });
  const persistence = persistenceFrom(values, io.env);
  const databasePath = values.db ?? '.meshmind/meshmind.db';
  const stateDirectory = dirname(databasePath);
  // A node must check the identities the coordinator issued, never make up its own.
  for (const needed of [databasePath, join(stateDirectory, 'master.key')]) {
    if (!existsSync(needed)) {
      throw new MeshmindError(
        'E_CONFIG_INVALID',
        `${needed} does not exist: a broker node reads the coordinator's credentials (its database and master key). Run \`meshmind broker mosquitto-config\` or \`meshmind start\` once, or give this node a copy of that directory`,
      );
    }
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) throw new MeshmindError('E_CONFIG_INVALID', `--port must be a port number, not ${values.port}`);
  const host = values.host ?? '127.0.0.1';
  const logger = createLogger(io.env, 'info');
  // The copy of the coordinator's credentials a node reads: its owner's only, as on the coordinator.
  preparePrivateDirectory(stateDirectory, (message) => logger.warn(message));
  const tls = await listenerTls('MQTT', host, values, join(stateDirectory, 'tls'), io);
  const security = new LocalSecurity({ databasePath, stateDirectory });
  try {
    const broker = await startEmbeddedBroker({
      host,
      port: port ?? (tls ? 8883 : 1883),
      authenticator: security.credentials,
      topics: new Topics(),
      tls,
      persistence,
      logger: logger.child({ ns: 'broker' }),
    });
    // `meshmind devices remove` on the coordinator's machine disconnects the device here too.
    security.credentials.watch();
    const shownUrl = isWildcardHost(host) ? broker.url.replace(/\/\/[^/]+:(\d+)$/, '//127.0.0.1:$1') : broker.url;
    io.stdout.write(`meshmind broker node listening on ${shownUrl}, state ${describePersistence(persistence)}\n`);
    if (tls) io.stdout.write(`  certificate fingerprint (SHA-256) ${tls.fingerprint}\n`);
    const signal = await io.untilSignal;
    logger.info({ signal }, 'stopping the broker node');
    await broker.close();
    return 0;
  } finally {
    security.close();
  }
}
