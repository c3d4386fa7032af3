import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_BYTES = 32;
/** Secrets drawn from the system's generator at a time (4 KB). */
const SECRETS_PER_DRAW = 128;
let drawn = Buffer.alloc(0);
let next = 0;

/**
 * 32 random bytes as base64url (43 characters): 256 bits nobody can guess. The bytes come from
 * node's CSPRNG (randomBytes) 128 secrets at a time, as node's own randomUUID draws its bytes:
 * one draw cost 20-55 us on a loaded machine whatever its size, and every goal of a new
 * conversation takes a secret (its conversation key), issue #18. Each secret's bytes are handed
 * out once and zeroed as they are, so the pool holds no secret already given.
 */
export function randomSecret(): string {
  if (next + SECRET_BYTES > drawn.length) {
    drawn = randomBytes(SECRET_BYTES * SECRETS_PER_DRAW);
    next = 0;
  }
  const secret = drawn.toString('base64url', next, next + SECRET_BYTES);
  drawn.fill(0, next, next + SECRET_BYTES);
  next += SECRET_BYTES;
  return secret;
}

/**
 * SHA-256, on purpose not a password hash (scrypt, argon2): what is hashed here are 256-bit random
 * values, never a person's password, so there is no dictionary to try and a slow hash would only
 * add cost to every request. Hashing at rest still matters: a copied database hands out no secret.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares digests in constant time, so the time of an answer says nothing about a wrong guess. */
export function secretMatches(secret: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
