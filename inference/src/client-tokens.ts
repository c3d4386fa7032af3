import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MeshmindError } from '@meshmind/protocol';

/**
 * The identities of the board's inference server's clients. Each client has its own bearer token
 * `<name>:<secret>` (256 random bits); the server keeps only the SHA-256 of the secret, one file per
 * client (`<name>.sha256`), so enrolling a client never rewrites a file another process is writing.
 * The client's copy of its token is `<name>.token` (mode 0600) in the same directory (mode 0700):
 * whoever may write that directory may enroll a client, which is the board user who runs the
 * server and its agents. Nothing is trusted for the socket it came on (SECURITY.md).
 */

const CLIENT_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function checkName(name: string): void {
  if (!CLIENT_NAME_PATTERN.test(name)) {
    throw new MeshmindError('E_CONFIG_INVALID', `inference client name ${JSON.stringify(name)} must be 1-64 letters, digits, _, . or -, starting with a letter or digit`);
  }
}

function digestOf(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new MeshmindError('E_CONFIG_INVALID', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** Writes a new file with mode 0600; false when another process made it first. */
function writeSecretFile(path: string, text: string): boolean {
  try {
    writeFileSync(path, `${text}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new MeshmindError('E_CONFIG_INVALID', `cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
  chmodSync(path, 0o600);
  return true;
}

/**
 * The client's token, made on its first run: the server's record (the digest) is written before
 * the client's copy, so a token that exists is always one the server accepts.
 */
export function ensureClientToken(directory: string, name: string): string {
  checkName(name);
  const tokenPath = join(directory, `${name}.token`);
  const existing = readIfPresent(tokenPath);
  if (existing) return existing;
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  const token = `${name}:${secret}`;
  // A digest without a token file is a half-finished enrolment (a crash between the two writes): replace it.
  rmSync(join(directory, `${name}.sha256`), { force: true });
  if (!writeSecretFile(join(directory, `${name}.sha256`), digestOf(secret).toString('hex'))) return ensureClientToken(directory, name);
  if (!writeSecretFile(tokenPath, token)) return ensureClientToken(directory, name);
  return token;
}

/** Reads a token a person handed over (`embeddingServer.tokenFile`), as a coded error when unreadable. */
export function readClientToken(path: string): string {
  const token = readIfPresent(path);
  if (!token) throw new MeshmindError('E_CONFIG_INVALID', `the inference client token file ${path} is missing or empty`);
  return token;
}

/** Revokes a client: its next request is refused. Answers whether it existed. */
export function revokeClientToken(directory: string, name: string): boolean {
  checkName(name);
  const existed = readIfPresent(join(directory, `${name}.sha256`)) !== null;
  rmSync(join(directory, `${name}.sha256`), { force: true });
  rmSync(join(directory, `${name}.token`), { force: true });
  return existed;
}

export function listClients(directory: string): string[] {
  try {
    return readdirSync(directory).filter((file) => file.endsWith('.sha256')).map((file) => file.slice(0, -'.sha256'.length)).sort();
  } catch {
    return [];
  }
}

/**
 * Answers the client's name for a valid bearer token, null otherwise. Reads the client's digest on
 * every call (a few microseconds), so an enrolment or a revocation counts at once, without a restart.
 */
export function createClientTokenVerifier(directory: string): (token: string) => string | null {
  return (token) => {
    const separator = token.lastIndexOf(':');
    if (separator <= 0) return null;
    const name = token.slice(0, separator);
    if (!CLIENT_NAME_PATTERN.test(name)) return null;
    let stored: string | null;
    try {
      stored = readIfPresent(join(directory, `${name}.sha256`));
    } catch {
      return null;
    }
    if (!stored || !/^[0-9a-f]{64}$/.test(stored)) return null;
    const expected = Buffer.from(stored, 'hex');
    const actual = digestOf(token.slice(separator + 1));
    return timingSafeEqual(actual, expected) ? name : null;
  };
}
