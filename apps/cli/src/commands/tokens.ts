import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { HttpTokens, Store, parseHttpScopes, type HttpTokenInfo } from '@meshmind/coordinator';
import { MeshmindError } from '@meshmind/protocol';
import type { CliCommand } from '../command';
import { DEFAULT_DATABASE_PATH } from '../paths';
import { preparePrivateDirectory } from '../data-directory';

const USAGE = `meshmind tokens create NAME [--db FILE] [--scope read,control,admin]
                                            make a token for the HTTP API; it is printed once, only a hash is kept;
                                            without --scope it may do everything
meshmind tokens list [--db FILE] [--json]   every token: id, name, created, revoked
meshmind tokens revoke ID [--db FILE]       the token stops working at once, also in a running coordinator
  --db   the coordinator's SQLite file (default: ${DEFAULT_DATABASE_PATH}), the same as \`meshmind start --db\``;

function describeToken(token: HttpTokenInfo): string {
  const created = new Date(token.createdAt).toISOString();
  const status = token.revokedAt === null ? 'active' : `revoked ${new Date(token.revokedAt).toISOString()}`;
  return `${token.id}  ${created}  ${status.padEnd(31)}  ${token.name}`;
}

/** Opens the coordinator's database beside a running coordinator: SQLite in WAL mode lets both write. */
function openStore(path: string, create: boolean, warn: (message: string) => void): Store {
  if (path !== ':memory:' && !existsSync(path) && !create) throw new MeshmindError('E_CONFIG_INVALID', `no coordinator database at ${path} (say which with --db FILE)`);
  if (path !== ':memory:') preparePrivateDirectory(dirname(path), warn);
  const store = new Store(path);
  store.open();
  return store;
}

export const tokensCommand: CliCommand = {
  name: 'tokens',
  usage: USAGE,
  async run(argv, io) {
    const [subcommand, ...rest] = argv;
    if (subcommand !== 'create' && subcommand !== 'list' && subcommand !== 'revoke') {
      io.stderr.write(`usage: ${USAGE}\n`);
      return 2;
    }
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { db: { type: 'string' }, json: { type: 'boolean' }, scope: { type: 'string' } } });
    const argument = positionals.join(' ').trim();
    if ((subcommand === 'list') !== (argument === '')) {
      io.stderr.write(`usage: ${USAGE}\n`);
      return 2;
    }
    const databasePath = values.db ?? DEFAULT_DATABASE_PATH;
    const store = openStore(databasePath, subcommand === 'create', (message) => io.stderr.write(`meshmind tokens: ${message}\n`));
    try {
      const tokens = new HttpTokens(store);
      if (subcommand === 'create') {
        const created = tokens.create(argument, values.scope === undefined ? undefined : parseHttpScopes(values.scope));
        // The token alone on stdout, so that TOKEN=$(meshmind tokens create laptop) works.
        io.stdout.write(`${created.token}\n`);
        io.stderr.write(
          `token "${created.name}" created (id ${created.id}). It is shown only this once; keep it like a password.\n` +
            `  use it as:  Authorization: Bearer <token>, or MESHMIND_TOKEN=<token> npx meshmind chat ...\n` +
            `  revoke it:  npx meshmind tokens revoke ${created.id}${values.db ? ` --db ${values.db}` : ''}\n`,
        );
      } else if (subcommand === 'list') {
        const list = tokens.list();
        if (values.json) io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        else io.stdout.write(list.length === 0 ? 'no tokens yet (meshmind tokens create NAME)\n' : `${list.map(describeToken).join('\n')}\n`);
      } else {
        const revoked = tokens.revoke(argument);
        io.stdout.write(`revoked ${revoked.id} (${revoked.name})\n`);
      }
      return 0;
    } finally {
      store.close();
    }
  },
};
