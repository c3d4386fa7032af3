import { describe, expect, it } from 'vitest';
import { hashSecret, randomSecret, secretMatches } from '../src/security/secrets';

describe('random secrets', () => {
  it('gives 43 base64url characters, 32 bytes, every time, across draws from the generator', () => {
    // 300 secrets: more than one draw of 128.
    const secrets = Array.from({ length: 300 }, () => randomSecret());
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    }
  });

  it('never gives the same secret twice, nor the zeros a used one leaves behind', () => {
    const secrets = Array.from({ length: 600 }, () => randomSecret());
    expect(new Set(secrets).size).toBe(secrets.length);
    expect(secrets).not.toContain(Buffer.alloc(32).toString('base64url'));
  });

  it('matches a secret against its own hash only', () => {
    const secret = randomSecret();
    expect(secretMatches(secret, hashSecret(secret))).toBe(true);
    expect(secretMatches(randomSecret(), hashSecret(secret))).toBe(false);
  });
});
