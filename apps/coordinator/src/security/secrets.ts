import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url (43 characters): 256 bits nobody can guess. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
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
