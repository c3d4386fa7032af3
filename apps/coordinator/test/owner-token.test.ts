import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../src/store/store';
import { HttpTokens } from '../src/security/http-tokens';
import { loadOrCreateOwnerToken } from '../src/security/owner-token';

describe("the owner's HTTP token", () => {
  let store: Store;
  let tokens: HttpTokens;
  let directory: string;
  let path: string;
  beforeEach(() => {
    store = new Store(':memory:');
    store.open();
    tokens = new HttpTokens(store);
    directory = mkdtempSync(join(tmpdir(), 'meshmind-owner-'));
    path = join(directory, 'state', 'owner.token');
  });
  afterEach(() => {
    store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('is made on first start with every scope, its client copy written with mode 0600 in a directory of mode 0700', () => {
    const owner = loadOrCreateOwnerToken(tokens, path);
    expect(owner.created).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(`${owner.token}\n`);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(directory, 'state')).mode & 0o777).toBe(0o700);
    expect(tokens.verify(owner.token)).toEqual({ id: owner.id, name: 'owner', scopes: ['read', 'control', 'admin'] });
    // Hashed at rest like every other token: the database holds no secret.
    expect(JSON.stringify(store.getHttpToken(owner.id))).not.toContain(owner.token.slice(20));
  });

  it('is read back on the next start while it verifies', () => {
    const first = loadOrCreateOwnerToken(tokens, path);
    const again = loadOrCreateOwnerToken(tokens, path);
    expect(again).toEqual({ token: first.token, id: first.id, created: false });
    expect(tokens.list()).toHaveLength(1);
  });

  it('is replaced once revoked, and the file with it', () => {
    const first = loadOrCreateOwnerToken(tokens, path);
    tokens.revoke(first.id);
    const rotated = loadOrCreateOwnerToken(tokens, path);
    expect(rotated.created).toBe(true);
    expect(rotated.token).not.toBe(first.token);
    expect(readFileSync(path, 'utf8').trim()).toBe(rotated.token);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('replaces a file that names no token of this database (a database made anew, a hand-edited file)', () => {
    loadOrCreateOwnerToken(tokens, path);
    writeFileSync(path, 'mm_0123456789abcdef_not-a-token-of-this-database\n');
    const replaced = loadOrCreateOwnerToken(tokens, path);
    expect(replaced.created).toBe(true);
    expect(tokens.verify(readFileSync(path, 'utf8').trim())).not.toBeNull();
  });

  it('without a path, lives in the database only, for the caller to revoke when it stops', () => {
    const owner = loadOrCreateOwnerToken(tokens, null);
    expect(owner.created).toBe(true);
    expect(tokens.verify(owner.token)?.name).toBe('owner');
  });
});
