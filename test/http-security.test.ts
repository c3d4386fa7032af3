import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { HttpTokens, Store, buildApp, type HttpAccessOptions } from '@meshmind/coordinator';
import type { Stack } from '@meshmind/cli';
import type { GoalView } from '@meshmind/protocol';
import { ownerAuthorization, scenarioFrom, silentLogger, startTestStack, statesOf } from './support/stack';

const KEY_HEADER = 'x-meshmind-conversation-key';

/** A garage door and a lock: both sensitive, so the assistant asks before it acts. */
const garageScenario = () =>
  scenarioFrom(`
name: Garage
floors: [ { id: ground, name: Ground floor } ]
areas: [ { id: garage, name: Garage, floor: ground } ]
devices:
  - { id: garage_door, type: garage_door, name: Garage door, aliases: [garage], area: garage, state: { door_state: closed } }
  - { id: side_door_lock, type: lock, name: Side door lock, aliases: [side door], area: garage, state: { lock_state: locked, battery: 80 } }
`);

/** The HTTP API of a running stack, built as if it listened at `access.bindHost` (tests never bind beyond loopback). */
async function appFor(stack: Stack, access: HttpAccessOptions, goalsPerMinute?: number): Promise<FastifyInstance> {
  const { coordinator } = stack;
  return buildApp({
    goals: coordinator.goals,
    registry: coordinator.registry,
    history: coordinator.store,
    tokens: coordinator.tokens,
    logger: silentLogger,
    access,
    ...(goalsPerMinute !== undefined ? { goalsPerMinute } : {}),
  });
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The first server-sent event of a stream, parsed. */
async function firstEvent(response: Response): Promise<{ event: string; data: unknown }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended before an event');
      buffer += decoder.decode(value, { stream: true });
      for (const block of buffer.split('\n\n').slice(0, -1)) {
        const lines = block.split('\n');
        const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
        const data = lines.find((line) => line.startsWith('data: '))?.slice(6);
        if (event && data) return { event, data: JSON.parse(data) };
      }
    }
  } finally {
    await reader.cancel();
  }
}

describe('HTTP bound beyond loopback: every /api route needs a token, as everywhere', () => {
  let stack: Stack;
  let app: FastifyInstance;
  let directory: string;
  let databasePath: string;
  let token: string;
  let tokenId: string;
  const inject = (options: InjectOptions) => app.inject(options);

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-security-'));
    databasePath = join(directory, 'meshmind.db');
    stack = await startTestStack(garageScenario(), { databasePath });
    app = await appFor(stack, { bindHost: '0.0.0.0' });
    ({ token, id: tokenId } = stack.coordinator.tokens.create('laptop'));
  });
  afterAll(async () => {
    await app?.close();
    await stack?.stop();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it.each([
    ['GET', '/api/health'],
    ['GET', '/api/devices'],
    ['GET', '/api/devices/garage_door'],
    ['GET', '/api/goals/some-goal'],
    ['GET', '/api/goals/some-goal/events'],
    ['GET', '/api/events'],
    ['POST', '/api/goals'],
    ['GET', '/api/schedules'],
    ['DELETE', '/api/schedules/some-step'],
    ['GET', '/api/world'],
    ['GET', '/api/no-such-route'],
    ['GET', '/docs/json'],
  ] as const)('answers %s %s without a token with 401 E_UNAUTHORIZED', async (method, url) => {
    const response = await inject({ method, url, ...(method === 'POST' ? { payload: { text: 'open the garage door' } } : {}) });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'E_UNAUTHORIZED', message: expect.stringContaining('token') } });
    expect(response.headers['www-authenticate']).toBe('Bearer realm="meshmind"');
  });

  it('trusts no peer for its address: a request from 127.0.0.1 needs a token too', async () => {
    const response = await inject({ method: 'GET', url: '/api/health', remoteAddress: '127.0.0.1' });
    expect(response.statusCode).toBe(401);
  });

  it('serves the request with a token from the database', async () => {
    const response = await inject({ method: 'GET', url: '/api/health', headers: bearer(token) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', devices: 2 });
  });

  it.each([
    ['an unknown token', 'mm_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a known id with a wrong secret', () => `${token.slice(0, -4)}AAAA`],
    ['something that is not a token', 'hunter2'],
  ])('answers %s with 401', async (_label, presented) => {
    const value = typeof presented === 'function' ? presented() : presented;
    const response = await inject({ method: 'GET', url: '/api/health', headers: bearer(value) });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('E_UNAUTHORIZED');
  });

  it('refuses a token the moment another process revokes it in the database', async () => {
    const other = stack.coordinator.tokens.create('phone');
    expect((await inject({ method: 'GET', url: '/api/health', headers: bearer(other.token) })).statusCode).toBe(200);
    // A second connection to the same file, as `meshmind tokens revoke` in another process has.
    const elsewhere = new Store(databasePath);
    elsewhere.open();
    new HttpTokens(elsewhere).revoke(other.id);
    elsewhere.close();
    const after = await inject({ method: 'GET', url: '/api/health', headers: bearer(other.token) });
    expect(after.statusCode).toBe(401);
    expect(after.json().error).toEqual({ code: 'E_UNAUTHORIZED', message: 'the token is unknown or revoked' });
  });

  it('keeps the console page and its scripts open: they hold no data, and they ask for the token', async () => {
    expect((await inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
    expect((await inject({ method: 'GET', url: '/console/app.js' })).statusCode).toBe(200);
  });

  it('keeps GET /health open for monitors, and it says nothing of the house', async () => {
    const response = await inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('takes the token as ?access_token= on the event streams, which EventSource cannot give a header', async () => {
    const done = await inject({ method: 'POST', url: '/api/goals', headers: bearer(token), payload: { text: 'is the side door locked?', wait: true } });
    expect(done.statusCode).toBe(200);
    const stream = await inject({ method: 'GET', url: `/api/goals/${done.json().id}/events?access_token=${encodeURIComponent(token)}` });
    expect(stream.statusCode).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
  });

  it('opens an event stream with a stream ticket asked for with the token, so the URL a proxy logs holds no token', async () => {
    const reader = stack.coordinator.tokens.create('wall display', ['read']);
    const issued = await inject({ method: 'POST', url: '/api/events/tickets', headers: bearer(reader.token) });
    expect(issued.statusCode).toBe(200);
    const { ticket, expiresAt } = issued.json() as { ticket: string; expiresAt: number };
    expect(ticket).not.toContain(reader.token);
    expect(expiresAt).toBeGreaterThan(Date.now());
    const done = await inject({ method: 'POST', url: '/api/goals', headers: bearer(token), payload: { text: 'is the side door locked?', wait: true } });
    const stream = await inject({ method: 'GET', url: `/api/goals/${done.json().id}/events?ticket=${encodeURIComponent(ticket)}` });
    expect(stream.statusCode).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
  });

  it('refuses a stream ticket that is unknown, used off the event streams, or stands for a token revoked since', async () => {
    const unknown = await inject({ method: 'GET', url: '/api/events?ticket=mst_nothing' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('E_UNAUTHORIZED');
    const phone = stack.coordinator.tokens.create('old phone');
    const { ticket } = (await inject({ method: 'POST', url: '/api/events/tickets', headers: bearer(phone.token) })).json() as { ticket: string };
    expect((await inject({ method: 'GET', url: `/api/health?ticket=${encodeURIComponent(ticket)}` })).statusCode).toBe(401);
    // Nor does a ticket buy another ticket: they are asked for with the token in a header only.
    expect((await inject({ method: 'POST', url: `/api/events/tickets?ticket=${encodeURIComponent(ticket)}` })).statusCode).toBe(401);
    stack.coordinator.tokens.revoke(phone.id);
    const revoked = await inject({ method: 'GET', url: `/api/events?ticket=${encodeURIComponent(ticket)}` });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error).toEqual({ code: 'E_UNAUTHORIZED', message: 'the token is unknown or revoked' });
  });

  it('does not take ?access_token= on other routes', async () => {
    const response = await inject({ method: 'GET', url: `/api/health?access_token=${encodeURIComponent(token)}` });
    expect(response.statusCode).toBe(401);
  });

  it("binds a conversation to the token that started it: the right key with another token is refused", async () => {
    const started = await inject({ method: 'POST', url: '/api/goals', headers: bearer(token), payload: { text: 'open the garage door', wait: true } });
    const key = started.headers[KEY_HEADER] as string;
    const intruder = stack.coordinator.tokens.create('guest');
    const answer = await inject({
      method: 'POST',
      url: '/api/goals',
      headers: { ...bearer(intruder.token), [KEY_HEADER]: key },
      payload: { text: 'yes', conversationId: started.json().conversationId, wait: true },
    });
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error.code).toBe('E_FORBIDDEN');
    expect(statesOf(stack).garage_door).toMatchObject({ door_state: 'closed' });
    expect(tokenId).not.toBe(intruder.id);
  });

  it('lets a read-only token look but not act: a route that names no scope needs control for anything but GET', async () => {
    const reader = stack.coordinator.tokens.create('wall display', ['read']).token;
    expect((await inject({ method: 'GET', url: '/api/devices', headers: bearer(reader) })).statusCode).toBe(200);
    const goal = await inject({ method: 'POST', url: '/api/goals', headers: bearer(reader), payload: { text: 'open the garage door', wait: true } });
    expect([goal.statusCode, goal.json().error.code]).toEqual([403, 'E_FORBIDDEN']);
    expect(statesOf(stack).garage_door).toMatchObject({ door_state: 'closed' });

    const actor = stack.coordinator.tokens.create('kitchen tablet', ['control']).token;
    const asked = await inject({ method: 'POST', url: '/api/goals', headers: bearer(actor), payload: { text: 'is the side door locked?', wait: true } });
    expect(asked.statusCode).toBe(200);
    // control without read: it may act, not browse the house.
    expect((await inject({ method: 'GET', url: '/api/devices', headers: bearer(actor) })).statusCode).toBe(403);
  });
});

describe('Host header check (DNS rebinding)', () => {
  let stack: Stack;
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    stack = await startTestStack(garageScenario());
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await stack?.stop();
  });
  async function hostCheck(access: HttpAccessOptions, host: string): Promise<number> {
    const app = await appFor(stack, access);
    apps.push(app);
    // The console page: open without a token, so only the Host check can refuse it.
    return (await app.inject({ method: 'GET', url: '/', headers: { host } })).statusCode;
  }

  it('refuses a foreign name with 421 E_HOST_NOT_ALLOWED, on the console page too', async () => {
    const response = await stack.coordinator.http.inject({ method: 'GET', url: '/', headers: { host: 'attacker.example:8080' } });
    expect(response.statusCode).toBe(421);
    expect(response.json()).toEqual({ error: { code: 'E_HOST_NOT_ALLOWED', message: expect.stringContaining('attacker.example') } });
  });

  it.each(['localhost:8080', '127.0.0.1:1234', '[::1]:80', 'localhost'])('allows the loopback name %s on any port', async (host) => {
    expect(await hostCheck({ bindHost: '127.0.0.1' }, host)).toBe(200);
  });

  it("allows the machine's own hostname only when bound to every interface", async () => {
    expect(await hostCheck({ bindHost: '0.0.0.0' }, `${hostname()}:8080`)).toBe(200);
    expect(await hostCheck({ bindHost: '127.0.0.1' }, `${hostname()}:8080`)).toBe(421);
  });

  it('allows a name given with --allowed-host', async () => {
    expect(await hostCheck({ bindHost: '127.0.0.1', allowedHosts: ['home.example'] }, 'home.example:8080')).toBe(200);
    expect(await hostCheck({ bindHost: '127.0.0.1', allowedHosts: ['home.example'] }, 'other.example:8080')).toBe(421);
  });
});

describe('a coordinator listening on loopback: nothing is trusted for the port it arrived on', () => {
  let stack: Stack;
  let url: string;
  beforeAll(async () => {
    stack = await startTestStack(garageScenario(), { http: { host: '127.0.0.1', port: 0 } });
    url = stack.coordinator.url!;
  });
  afterAll(async () => {
    await stack?.stop();
  });
  const postGoal = (headers: Record<string, string> = {}) =>
    fetch(`${url}/api/goals`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text: 'open the garage door', wait: true }) });

  it.each([
    ['POST', '/api/goals'],
    ['GET', '/api/devices'],
    ['GET', '/api/events'],
    ['GET', '/api/aliases'],
    ['GET', '/docs/json'],
  ] as const)('answers %s %s from 127.0.0.1 without a token with 401 E_UNAUTHORIZED', async (method, path) => {
    const response = method === 'POST' ? await postGoal() : await fetch(`${url}${path}`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string; message: string } }).error).toEqual({ code: 'E_UNAUTHORIZED', message: expect.stringContaining('owner.token') });
    expect(statesOf(stack).garage_door).toMatchObject({ door_state: 'closed' });
  });

  it("serves the owner's token, which the coordinator made on its start with every scope", async () => {
    const devices = await fetch(`${url}/api/devices`, { headers: ownerAuthorization(stack) });
    expect(devices.status).toBe(200);
    const owner = stack.coordinator.tokens.list().find((token) => token.revokedAt === null && token.name === 'owner')!;
    expect(owner.scopes).toEqual(['read', 'control', 'admin']);
  });

  it('lets a read-only token look but not post a goal: 403 E_FORBIDDEN, and nothing moves', async () => {
    const reader = stack.coordinator.tokens.create('wall display', ['read']).token;
    expect((await fetch(`${url}/api/devices`, { headers: bearer(reader) })).status).toBe(200);
    const refused = await postGoal(bearer(reader));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('E_FORBIDDEN');
    expect(statesOf(stack).garage_door).toMatchObject({ door_state: 'closed' });
  });
});

describe('a pending confirmation belongs to whoever asked', () => {
  let stack: Stack;
  let url: string;
  let clockOffset = 0;
  beforeAll(async () => {
    stack = await startTestStack(garageScenario(), { http: { host: '127.0.0.1', port: 0 }, clock: () => Date.now() + clockOffset });
    url = stack.coordinator.url!;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  // The same token throughout (one person's browser): only the conversation key tells its tabs apart.
  const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/goals`, { method: 'POST', headers: { 'content-type': 'application/json', ...ownerAuthorization(stack), ...headers }, body: JSON.stringify({ wait: true, ...body }) });

  async function askToOpenTheGarage(): Promise<{ goalId: string; conversationId: string; key: string }> {
    const response = await post({ text: 'open the garage door' });
    const view = (await response.json()) as GoalView;
    expect(view.answer).toMatch(/go ahead/);
    return { goalId: view.id, conversationId: view.conversationId, key: response.headers.get(KEY_HEADER)! };
  }

  it('gives the key only to the creator, in a header, and never in the goal view or the event stream', async () => {
    const { goalId, conversationId, key } = await askToOpenTheGarage();
    expect(key).toMatch(/^[\w-]{43}$/);
    const view = await fetch(`${url}/api/goals/${goalId}`, { headers: ownerAuthorization(stack) }).then((response) => response.text());
    expect(view).toContain(conversationId);
    expect(view).not.toContain(key);
    const abort = new AbortController();
    const snapshot = await firstEvent(await fetch(`${url}/api/events?conversationId=${conversationId}`, { headers: ownerAuthorization(stack), signal: abort.signal }));
    abort.abort();
    expect(snapshot.event).toBe('snapshot');
    expect(JSON.stringify(snapshot.data)).toContain(conversationId);
    expect(JSON.stringify(snapshot.data)).not.toContain(key);
  });

  it('opens the garage when its creator says "yes" with the key', async () => {
    const { conversationId, key } = await askToOpenTheGarage();
    const response = await post({ text: 'yes', conversationId }, { [KEY_HEADER]: key });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'done', subtasks: [expect.objectContaining({ deviceId: 'garage_door', status: 'done' })] });
    expect(statesOf(stack).garage_door).toMatchObject({ door_state: 'open' });
    await post({ text: 'close the garage door' });
  });

  it('keeps the garage closed when a reader of /api/events says "yes" in the conversation it saw there', async () => {
    await post({ text: 'close the garage door' });
    expect(statesOf(stack).garage_door).toMatchObject({ door_state: 'closed' });
    const victim = await askToOpenTheGarage();

    // The attacker reads the live stream, finds the goal waiting for a "yes", and answers it.
    const abort = new AbortController();
    const snapshot = await firstEvent(await fetch(`${url}/api/events`, { headers: ownerAuthorization(stack), signal: abort.signal }));
    abort.abort();
    const asking = (snapshot.data as { goals: GoalView[] }).goals.filter((goal) => /go ahead/.test(goal.answer ?? ''));
    const seen = asking.at(-1)!.conversationId;
    expect(seen).toBe(victim.conversationId);

    const attempts: Array<Record<string, string>> = [{}, { [KEY_HEADER]: 'a-guessed-key' }];
    for (const headers of attempts) {
      const response = await post({ text: 'yes', conversationId: seen }, headers);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('E_FORBIDDEN');
    }
    expect(statesOf(stack).garage_door).toMatchObject({ door_state: 'closed' });
  });

  it('does nothing for a "yes" after the confirmation expired, and says so', async () => {
    const { conversationId, key } = await askToOpenTheGarage();
    clockOffset += 5 * 60_000 + 1_000;
    const response = await post({ text: 'yes', conversationId }, { [KEY_HEADER]: key });
    expect(await response.json()).toMatchObject({ status: 'failed', answer: 'That request has expired; ask again.', subtasks: [] });
    expect(statesOf(stack).garage_door).toMatchObject({ door_state: 'closed' });
  });
});

describe('rate limit on goal submission', () => {
  let stack: Stack;
  let limited: FastifyInstance;
  let unlimited: FastifyInstance;
  beforeAll(async () => {
    stack = await startTestStack(garageScenario());
    limited = await appFor(stack, { bindHost: '127.0.0.1' }, 2);
    unlimited = await appFor(stack, { bindHost: '127.0.0.1' }, 0);
  });
  afterAll(async () => {
    await limited?.close();
    await unlimited?.close();
    await stack?.stop();
  });
  const submit = (app: FastifyInstance, headers: Record<string, string> = ownerAuthorization(stack), remoteAddress = '192.0.2.10') =>
    app.inject({ method: 'POST', url: '/api/goals', headers, remoteAddress, payload: { text: 'is the side door locked?' } });

  it('answers 429 E_RATE_LIMITED past the limit, with when to retry', async () => {
    expect((await submit(limited)).statusCode).toBe(202);
    expect((await submit(limited)).statusCode).toBe(202);
    const refused = await submit(limited);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({ error: { code: 'E_RATE_LIMITED', message: expect.stringContaining('at most 2 a minute') } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('counts each token apart, wherever it connects from', async () => {
    expect((await submit(limited, ownerAuthorization(stack), '192.0.2.99')).statusCode).toBe(429);
    const { token } = stack.coordinator.tokens.create('kitchen tablet');
    expect((await submit(limited, bearer(token))).statusCode).toBe(202);
  });

  it('can be turned off with 0', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await submit(unlimited);
      expect(response.statusCode).toBe(202);
      expect(response.headers['x-ratelimit-limit']).toBeUndefined();
    }
  });
});
