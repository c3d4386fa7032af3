import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coordinator, LocalSecurity, startEmbeddedBroker, type EmbeddedBroker } from '@meshmind/coordinator';
import { Topics } from '@meshmind/protocol';
import { silentLogger } from './support/stack';

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: unknown[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}

// The docs describe routes only: a coordinator without devices is enough.
describe('OpenAPI spec and UI at /docs', () => {
  let broker: EmbeddedBroker;
  let coordinator: Coordinator;
  const security = new LocalSecurity({ databasePath: ':memory:' });
  let spec: { openapi: string; paths: Record<string, Record<string, Operation>> };

  beforeAll(async () => {
    broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, authenticator: security.credentials, topics: new Topics() });
    coordinator = new Coordinator({ mqttUrl: broker.url, mqttCredentials: security.coordinator(), databasePath: ':memory:', logger: silentLogger });
    await coordinator.start();
    spec = (await coordinator.http.inject({ method: 'GET', url: '/docs/json', headers: { authorization: `Bearer ${coordinator.ownerToken}` } })).json();
  });
  afterAll(async () => {
    await coordinator?.stop();
    await broker?.close();
    security.close();
  });

  it('lists every route of the API, the event streams and the console', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths).sort()).toEqual([
      '/',
      '/api/aliases',
      '/api/aliases/{id}',
      '/api/devices',
      '/api/devices/{id}',
      '/api/events',
      '/api/events/tickets',
      '/api/goals',
      '/api/goals/{id}',
      '/api/goals/{id}/events',
      '/api/health',
      '/api/schedules',
      '/api/schedules/{id}',
      '/api/world',
      '/console/{file}',
      '/health',
    ]);
  });

  it('gives every operation a summary, a tag and described responses', () => {
    const operations = Object.entries(spec.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
    for (const { path, method, operation } of operations) {
      expect(operation.summary, `${method} ${path}`).toEqual(expect.any(String));
      expect(operation.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(response.description, `${method} ${path} ${status}`).not.toBe('Default Response');
      }
    }
  });

  it('documents the goal request body and the coded error answers', () => {
    const post = spec.paths['/api/goals']!.post!;
    expect(post.requestBody!.content['application/json']!.schema).toMatchObject({ required: ['text'], properties: { text: { maxLength: 2000 } } });
    expect(Object.keys(post.responses).sort()).toEqual(['200', '202', '400', '401', '403', '413', '429']);
    expect(post.responses['413']!.content!['application/json']!.schema).toMatchObject({ properties: { error: { required: ['code', 'message'] } } });
  });

  it("documents the conversation key: sent back in a request header, given in the answer's header", () => {
    const post = spec.paths['/api/goals']!.post! as Operation & { parameters: Array<{ in: string; name: string }> };
    expect(post.parameters).toContainEqual(expect.objectContaining({ in: 'header', name: 'x-meshmind-conversation-key' }));
    const accepted = post.responses['202'] as { headers?: Record<string, unknown> };
    expect(Object.keys(accepted.headers ?? {})).toEqual(['x-meshmind-conversation-key']);
  });

  it('documents both event streams as text/event-stream with their events', () => {
    const stream = spec.paths['/api/events']!.get!.responses['200']!.content!['text/event-stream']!.schema as { anyOf: Array<{ properties: { event: { enum: string[] } } }> };
    expect(stream.anyOf.map((event) => event.properties.event.enum[0])).toEqual(['snapshot', 'device', 'goal', 'world']);
    const goalStream = spec.paths['/api/goals/{id}/events']!.get!;
    expect(Object.keys(goalStream.responses['200']!.content!)).toEqual(['text/event-stream']);
    expect(goalStream.responses['404']).toBeDefined();
  });

  it('serves the browsable UI', async () => {
    const page = await coordinator.http.inject({ method: 'GET', url: '/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const yaml = await coordinator.http.inject({ method: 'GET', url: '/docs/yaml', headers: { authorization: `Bearer ${coordinator.ownerToken}` } });
    expect(yaml.statusCode).toBe(200);
    expect(yaml.body).toContain('openapi: 3.1.0');
  });

  it('keeps the spec behind a token like every /api route; the page asks with the token the console stored', async () => {
    for (const url of ['/docs/json', '/docs/yaml']) {
      const refused = await coordinator.http.inject({ method: 'GET', url });
      expect([url, refused.statusCode, refused.json().error.code]).toEqual([url, 401, 'E_UNAUTHORIZED']);
    }
    const initializer = await coordinator.http.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(initializer.statusCode).toBe(200);
    expect(initializer.body).toMatch(/"requestInterceptor":function withConsoleToken\(request\) \{[^}]*getItem\("meshmind\.token"\)/);
  });
});
