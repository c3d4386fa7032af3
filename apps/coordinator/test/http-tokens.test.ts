import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../src/store/store';
import { HttpTokens, parseHttpScopes } from '../src/security/http-tokens';

describe('HttpTokens over the store', () => {
  let store: Store;
  let tokens: HttpTokens;
  beforeEach(() => {
    store = new Store(':memory:');
    store.open();
    tokens = new HttpTokens(store, () => 1_000);
  });
  afterEach(() => store.close());

  it('creates a token of the form mm_<id>_<secret> that verifies as its id and name', () => {
    const created = tokens.create('laptop');
    expect(created.token).toMatch(/^mm_[0-9a-f]{16}_[\w-]{43}$/);
    expect(created.token.slice(3, 19)).toBe(created.id);
    expect(tokens.verify(created.token)).toEqual({ id: created.id, name: 'laptop', scopes: ['read', 'control', 'admin'] });
  });

  it('gives a token only the scopes it was made with', () => {
    const created = tokens.create('wall panel', parseHttpScopes('read, control'));
    expect(created.scopes).toEqual(['read', 'control']);
    expect(tokens.verify(created.token)?.scopes).toEqual(['read', 'control']);
    expect(tokens.list().find((token) => token.id === created.id)?.scopes).toEqual(['read', 'control']);
    expect(() => parseHttpScopes('read,root')).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
    expect(() => parseHttpScopes(' , ')).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
  });

  it('keeps only a hash of the secret in the database', () => {
    const created = tokens.create('laptop');
    const secret = created.token.slice(20);
    const row = store.getHttpToken(created.id)!;
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it('lists tokens with their names and revocation, never their secrets', () => {
    const first = tokens.create('laptop');
    tokens.create('phone');
    tokens.revoke(first.id);
    expect(tokens.list()).toEqual([
      { id: first.id, name: 'laptop', createdAt: 1_000, revokedAt: 1_000, scopes: ['read', 'control', 'admin'] },
      { id: expect.any(String), name: 'phone', createdAt: 1_000, revokedAt: null, scopes: ['read', 'control', 'admin'] },
    ]);
  });

  it('stops verifying a token once it is revoked', () => {
    const created = tokens.create('laptop');
    tokens.revoke(created.id);
    expect(tokens.verify(created.token)).toBeNull();
  });

  it('refuses to revoke an id it does not know with E_TOKEN_NOT_FOUND', () => {
    expect(() => tokens.revoke('0123456789abcdef')).toThrow(expect.objectContaining({ code: 'E_TOKEN_NOT_FOUND' }));
  });

  it.each([
    ['a wrong secret', (token: string) => `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`],
    ['an unknown id', (token: string) => `mm_0000000000000000${token.slice(19)}`],
    ['a malformed value', () => 'Bearer nonsense'],
    ['an empty value', () => ''],
  ])('does not verify %s', (_label, alter) => {
    const created = tokens.create('laptop');
    expect(tokens.verify(alter(created.token))).toBeNull();
  });

  it.each(['', 'x'.repeat(65), 'new\nline'])('refuses the token name %j with E_CONFIG_INVALID', (name) => {
    expect(() => tokens.create(name)).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
  });
});
