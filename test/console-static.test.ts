import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coordinator, LocalSecurity, startEmbeddedBroker, type EmbeddedBroker } from '@meshmind/coordinator';
import { Topics } from '@meshmind/protocol';
import { silentLogger } from './support/stack';

describe('the web console files', () => {
  let broker: EmbeddedBroker;
  let coordinator: Coordinator;
  const security = new LocalSecurity({ databasePath: ':memory:' });
  const get = (url: string, headers: Record<string, string> = {}) => coordinator.http.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, authenticator: security.credentials, topics: new Topics() });
    coordinator = new Coordinator({ mqttUrl: broker.url, mqttCredentials: security.coordinator(), databasePath: ':memory:', logger: silentLogger });
    await coordinator.start();
  });
  afterAll(async () => {
    await coordinator?.stop();
    await broker?.close();
    security.close();
  });

  it('serves the page at / as HTML with a strict content security policy', async () => {
    const page = await get('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<script type="module" src="/console/app.js"></script>');
  });

  it.each([
    ['/console/app.js', 'text/javascript; charset=utf-8'],
    ['/console/conversation.js', 'text/javascript; charset=utf-8'],
    ['/console/console.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (url, contentType) => {
    const response = await get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(contentType);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('lets browsers revalidate: no-cache with an ETag, then 304 while the file is unchanged', async () => {
    const first = await get('/console/app.js');
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/console/app.js', { 'if-none-match': `W/${etag}` });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await get('/console/app.js', { 'if-none-match': '"something-else"' });
    expect(other.statusCode).toBe(200);
  });

  it.each([
    ['an unknown file', '/console/nope.js', 404, 'E_ROUTE_NOT_FOUND'],
    ['a path outside the console', '/console/..%2Fapp.ts', 400, 'E_INVALID_PAYLOAD'],
    ['a file type the console does not serve', '/console/index.html', 400, 'E_INVALID_PAYLOAD'],
  ])('answers %s with a coded error', async (_label, url, status, code) => {
    const response = await get(url);
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({ error: { code, message: expect.any(String) } });
  });
});
