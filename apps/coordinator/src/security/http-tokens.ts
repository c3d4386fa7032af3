import { randomBytes } from 'node:crypto';
import { MeshmindError } from '@meshmind/protocol';
import { HTTP_SCOPES, type HttpScope } from '../store/records';
import type { Store } from '../store/store';
import { hashSecret, randomSecret, secretMatches } from './secrets';

/**
 * `mm_<id>_<secret>`: the id finds the row without comparing against every stored hash, the prefix
 * makes a leaked token easy to recognise (and to grep for in logs and repositories).
 */
const TOKEN_PATTERN = /^mm_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const NAME_PATTERN = /^[\p{L}\p{N} ._@-]{1,64}$/u;

export interface HttpTokenInfo {
  id: string;
  name: string;
  createdAt: number;
  revokedAt: number | null;
  /** What it may do; a token made without scopes may do everything (as before scopes existed). */
  scopes: HttpScope[];
}

/** A live token, as the HTTP layer knows who is calling. */
export interface HttpTokenIdentity {
  id: string;
  name: string;
  scopes: HttpScope[];
}

/** Reads `read,control` into scopes; E_CONFIG_INVALID for a word that is none. */
export function parseHttpScopes(text: string): HttpScope[] {
  const words = text.split(',').map((word) => word.trim()).filter((word) => word.length > 0);
  const unknown = words.filter((word) => !(HTTP_SCOPES as readonly string[]).includes(word));
  if (words.length === 0 || unknown.length > 0) {
    throw new MeshmindError('E_CONFIG_INVALID', `scopes are a comma-separated list of ${HTTP_SCOPES.join(', ')}; got ${JSON.stringify(text)}`);
  }
  return [...new Set(words as HttpScope[])];
}

/** What the HTTP layer needs of the token table: one check per request. */
export interface HttpTokenVerifier {
  verify(presented: string): HttpTokenIdentity | null;
}

/** Bearer tokens of the HTTP API, kept in the coordinator's SQLite database. */
export class HttpTokens implements HttpTokenVerifier {
  constructor(
    private readonly store: Store,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Makes a token; the returned `token` is the only time its secret exists outside the caller. */
  create(name: string, scopes?: HttpScope[]): HttpTokenInfo & { token: string } {
    if (!NAME_PATTERN.test(name)) {
      throw new MeshmindError('E_CONFIG_INVALID', `a token name is 1-64 letters, digits, spaces or . _ @ -, got ${JSON.stringify(name)}`);
    }
    const id = randomBytes(8).toString('hex');
    const secret = randomSecret();
    const createdAt = this.clock();
    this.store.insertHttpToken({ id, name, secretHash: hashSecret(secret), createdAt, revokedAt: null, scopes: scopes ?? null });
    return { id, name, createdAt, revokedAt: null, scopes: scopes ?? [...HTTP_SCOPES], token: `mm_${id}_${secret}` };
  }

  list(): HttpTokenInfo[] {
    return this.store.listHttpTokens().map(({ id, name, createdAt, revokedAt, scopes }) => ({ id, name, createdAt, revokedAt, scopes: scopes ?? [...HTTP_SCOPES] }));
  }

  /** Revokes a token for good; revoking one that is already revoked changes nothing. */
  revoke(id: string): HttpTokenInfo {
    if (!this.store.getHttpToken(id)) throw new MeshmindError('E_TOKEN_NOT_FOUND', `no HTTP token with id ${JSON.stringify(id)} (see \`meshmind tokens list\`)`);
    this.store.revokeHttpToken(id, this.clock());
    const { name, createdAt, revokedAt, scopes } = this.store.getHttpToken(id)!;
    return { id, name, createdAt, revokedAt, scopes: scopes ?? [...HTTP_SCOPES] };
  }

  /**
   * Reads the table on every call, with no cache: a token revoked by another process (`meshmind
   * tokens revoke` beside a running coordinator) stops working with the next request. A lookup by
   * primary key costs microseconds, nothing next to planning a goal.
   */
  verify(presented: string): HttpTokenIdentity | null {
    const match = TOKEN_PATTERN.exec(presented);
    if (!match) return null;
    const row = this.store.getHttpToken(match[1]!);
    if (!row || row.revokedAt !== null) return null;
    return secretMatches(match[2]!, row.secretHash) ? { id: row.id, name: row.name, scopes: row.scopes ?? [...HTTP_SCOPES] } : null;
  }
}
