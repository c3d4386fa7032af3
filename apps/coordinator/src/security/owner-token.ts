import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MeshmindError } from '@meshmind/protocol';
import { HTTP_SCOPES } from '../store/records';
import type { HttpTokens } from './http-tokens';

/** The name the owner's token carries in `meshmind tokens list`. */
export const OWNER_TOKEN_NAME = 'owner';

/** The owner's token as the coordinator holds it: the bearer value and its row's id. */
export interface OwnerToken {
  token: string;
  id: string;
  /** Made by this call (first start, or the previous one was revoked or lost), not read back. */
  created: boolean;
}

function readTokenFile(path: string): string | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new MeshmindError('E_CONFIG_INVALID', `cannot read the owner token ${path}: ${(error as Error).message}`, { cause: error });
  }
  const token = text.trim();
  return token.length > 0 ? token : null;
}

/**
 * Written aside with mode 0600 and renamed over the old file: a client reading at that moment sees
 * the old token or the new one, never half of one, and the secret is never readable by others.
 */
function writeTokenFile(path: string, token: string): void {
  const directory = dirname(path);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, `${token}\n`, { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new MeshmindError('E_CONFIG_INVALID', `cannot write the owner token ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The token of whoever runs the coordinator, made on first start like the master key: every scope,
 * hashed in the token table like any other, and the client's copy in `path` (mode 0600) for the CLI
 * on this machine to read. The right to read the data directory is the right to control the home,
 * as it already is for the MQTT identities derived from the master key.
 *
 * A restart keeps the token while it still verifies, so a browser that stored it and a script that
 * reads the file go on working. One that was revoked (`meshmind tokens revoke`), or a file that is
 * gone or names a token this database does not know, is replaced: that is how it is rotated.
 *
 * Without a path (an in-memory database, tests) the token lives as long as the process: the caller
 * revokes it when it stops.
 */
export function loadOrCreateOwnerToken(tokens: HttpTokens, path: string | null): OwnerToken {
  const existing = path === null ? null : readTokenFile(path);
  if (existing !== null) {
    const identity = tokens.verify(existing);
    if (identity) return { token: existing, id: identity.id, created: false };
  }
  const made = tokens.create(OWNER_TOKEN_NAME, [...HTTP_SCOPES]);
  if (path !== null) writeTokenFile(path, made.token);
  return { token: made.token, id: made.id, created: true };
}
