import { EventEmitter } from 'node:events';
import { createHmac, pbkdf2Sync, randomBytes, scrypt, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto';
import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { MeshmindError, principalOf, usernameOf, type MqttCredentials, type Principal } from '@meshmind/protocol';
import { openDatabase } from '../store/database';
import { hashSecret, secretMatches } from './secrets';
import * as schema from '../store/schema';
import type { MasterKey } from './master-key';

export type CredentialRow = typeof schema.mqttCredentials.$inferSelect;

export interface CredentialStoreEvents {
  /** A credential stopped being valid (revoked here or, seen through the database, by another process). */
  revoked: [username: string];
}

// scrypt at N = 2^14, r = 8 (about 16 MiB, tens of milliseconds): the cost OWASP names for scrypt.
const SCRYPT = { N: 16_384, r: 8, p: 1, keyLength: 32 } as const;
// Mosquitto's password file format: PBKDF2-HMAC-SHA512, 12-byte salt, 64-byte key; more rounds than its default 101.
const MOSQUITTO_ITERATIONS = 10_000;
/** How often a broker host looks for revocations written by another process (the CLI). */
const WATCH_INTERVAL_MS = 500;

function scryptAsync(password: BinaryLike, salt: BinaryLike, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `scrypt$N$r$p$salt$hash`, parameters kept with the hash so they can be raised later. */
async function scryptHash(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(secret, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

async function scryptVerify(secret: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scryptAsync(secret, Buffer.from(salt, 'base64'), expected.length, { N: Number(N), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 });
  return timingSafeEqual(key, expected);
}

/** A password-file line's hash in Mosquitto 2's own `$7$` format. */
export function mosquittoHash(secret: string): string {
  const salt = randomBytes(12);
  const key = pbkdf2Sync(secret, salt, MOSQUITTO_ITERATIONS, 64, 'sha512');
  return `$7$${MOSQUITTO_ITERATIONS}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/**
 * Every MQTT identity of one installation, in the coordinator's SQLite database.
 *
 * - **derived**: the password is an HMAC of the username under the coordinator's master key, so the
 *   coordinator and the simulated devices of its own process need nothing stored, and a restart
 *   gives them the same passwords (an external Mosquitto keeps working).
 * - **issued**: a random secret handed to an agent on another board (`meshmind devices add`); only
 *   its scrypt hash is kept, plus a Mosquitto-format hash for external brokers.
 *
 * Revoking marks the row; a broker host watching the database disconnects the client at once.
 */
export class CredentialStore extends EventEmitter<CredentialStoreEvents> {
  private sqlite: Database.Database | null = null;
  private database: BetterSQLite3Database<typeof schema> | null = null;
  /** Successful scrypt checks, by username: a reconnecting agent is not charged scrypt again. */
  private readonly verified = new Map<string, Buffer>();
  private watcher: NodeJS.Timeout | null = null;
  private dataVersion = 0;
  private tableSignature = '';
  private readonly cacheKey = randomBytes(32);

  constructor(
    private readonly path: string,
    private readonly masterKey: MasterKey,
    private readonly clock: () => number = Date.now,
  ) {
    super();
  }

  open(): void {
    if (this.sqlite) return;
    this.sqlite = openDatabase(this.path);
    this.database = drizzle(this.sqlite, { schema });
  }

  close(): void {
    this.unwatch();
    this.sqlite?.close();
    this.sqlite = null;
    this.database = null;
  }

  private get db(): BetterSQLite3Database<typeof schema> {
    if (!this.database) throw new MeshmindError('E_INTERNAL', 'the credential store is not open');
    return this.database;
  }

  /** The password a derived identity uses. Only the holder of the master key can compute it. */
  derivedPassword(principal: Principal): string {
    return createHmac('sha256', this.masterKey.bytes).update(`mqtt:${usernameOf(principal)}`).digest('base64url');
  }

  /**
   * Enrolls an identity whose password is derived from the master key (the coordinator, simulated
   * devices): idempotent, and it re-activates a revoked one. Returns the credentials to connect with.
   */
  enrollDerived(principal: Principal): MqttCredentials {
    const username = usernameOf(principal);
    const password = this.derivedPassword(principal);
    const existing = this.get(username);
    if (!existing || existing.kind !== 'derived' || existing.revokedAt !== null) {
      const row = { kind: 'derived' as const, deviceId: principal.kind === 'agent' ? principal.deviceId : null, secretHash: null, mosquittoHash: null, revokedAt: null };
      this.db
        .insert(schema.mqttCredentials)
        .values({ username, createdAt: this.clock(), ...row })
        .onConflictDoUpdate({ target: schema.mqttCredentials.username, set: row })
        .run();
      this.verified.delete(username);
    }
    return { username, password };
  }

  /** Issues a fresh random secret for an agent on another board, replacing any earlier one. Shown once. */
  async issue(principal: Principal): Promise<MqttCredentials> {
    const username = usernameOf(principal);
    const password = randomBytes(24).toString('base64url');
    const row = {
      kind: 'issued' as const,
      deviceId: principal.kind === 'agent' ? principal.deviceId : null,
      secretHash: await scryptHash(password),
      mosquittoHash: mosquittoHash(password),
      revokedAt: null,
    };
    this.db
      .insert(schema.mqttCredentials)
      .values({ username, createdAt: this.clock(), ...row })
      .onConflictDoUpdate({ target: schema.mqttCredentials.username, set: { ...row, createdAt: this.nextGeneration(username) } })
      .run();
    // An earlier secret of the same name stops working: clients holding it are disconnected.
    this.forget(username);
    return { username, password };
  }

  /** A creation time later than the row's current one, so a re-issue is always a new generation. */
  private nextGeneration(username: string): number {
    const previous = this.get(username)?.createdAt ?? 0;
    return Math.max(this.clock(), previous + 1);
  }

  /** Revokes an identity; true if there was an active one. */
  revoke(username: string): boolean {
    const result = this.db
      .update(schema.mqttCredentials)
      .set({ revokedAt: this.clock() })
      .where(and(eq(schema.mqttCredentials.username, username), isNull(schema.mqttCredentials.revokedAt)))
      .run();
    if (result.changes === 0) return false;
    this.forget(username);
    return true;
  }

  get(username: string): CredentialRow | undefined {
    return this.db.select().from(schema.mqttCredentials).where(eq(schema.mqttCredentials.username, username)).get();
  }

  list(): CredentialRow[] {
    return this.db.select().from(schema.mqttCredentials).orderBy(asc(schema.mqttCredentials.username)).all();
  }

  /** Which issue of the identity is valid now (its creation time), or null when revoked or unknown. */
  generation(username: string): number | null {
    const row = this.get(username);
    return row && row.revokedAt === null ? row.createdAt : null;
  }

  /** The principal these credentials prove, or null. Never throws on bad input. */
  async verify(username: string | undefined, password: Buffer | string | undefined): Promise<Principal | null> {
    if (!username || password === undefined) return null;
    const principal = principalOf(username);
    if (!principal) return null;
    const row = this.get(username);
    if (!row || row.revokedAt !== null) return null;
    const secret = typeof password === 'string' ? password : password.toString('utf8');
    if (row.kind === 'derived') return secretMatches(secret, hashSecret(this.derivedPassword(principal))) ? principal : null;
    if (!row.secretHash) return null;
    const fingerprint = createHmac('sha256', this.cacheKey).update(`${row.secretHash}\n${secret}`).digest();
    const cached = this.verified.get(username);
    if (cached && timingSafeEqual(cached, fingerprint)) return principal;
    if (!(await scryptVerify(secret, row.secretHash).catch(() => false))) return null;
    this.verified.set(username, fingerprint);
    return principal;
  }

  /**
   * Notices revocations and re-issues written by other processes (the CLI) through SQLite's
   * data_version, which changes only when another connection commits. Cheap enough to poll.
   */
  watch(): void {
    if (this.watcher || !this.sqlite) return;
    this.dataVersion = this.sqlite.pragma('data_version', { simple: true }) as number;
    this.tableSignature = this.signature();
    this.watcher = setInterval(() => this.checkForeignChanges(), WATCH_INTERVAL_MS);
    this.watcher.unref();
  }

  unwatch(): void {
    if (this.watcher) clearInterval(this.watcher);
    this.watcher = null;
  }

  private checkForeignChanges(): void {
    if (!this.sqlite) return;
    const version = this.sqlite.pragma('data_version', { simple: true }) as number;
    if (version === this.dataVersion) return;
    this.dataVersion = version;
    // Any other connection's commit changes data_version (the coordinator's own store writes goals
    // all the time): act only when this table changed.
    const signature = this.signature();
    if (signature === this.tableSignature) return;
    this.tableSignature = signature;
    // Whoever is connected is checked again by the broker; cached scrypt results may be stale.
    this.verified.clear();
    this.emit('revoked', '*');
  }

  /** Changes whenever a row is added, re-issued or revoked. */
  private signature(): string {
    const row = this.sqlite!.prepare('SELECT count(*) AS rows, max(created_at) AS issued, count(revoked_at) AS revoked, max(revoked_at) AS lastRevoked FROM mqtt_credentials').get();
    return JSON.stringify(row);
  }

  private forget(username: string): void {
    this.verified.delete(username);
    this.emit('revoked', username);
  }
}
