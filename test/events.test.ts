import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '@meshmind/cli';
import type { DeviceView, GoalView } from '@meshmind/protocol';
import { injectAsOwner, ownerAuthorization, startTestStack, studioScenario, waitFor } from './support/stack';

interface ServerSentEvent {
  event: string;
  data: unknown;
}

/** Reads SSE blocks off a fetch body; comment lines and the `retry:` preamble carry no event. */
async function* serverSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = new Map(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()]));
      const event = fields.get('event');
      const data = fields.get('data');
      if (event && data !== undefined) yield { event, data: JSON.parse(data) };
    }
  }
}

async function nextEvent(events: AsyncGenerator<ServerSentEvent>, wanted: (event: ServerSentEvent) => boolean): Promise<ServerSentEvent> {
  for (;;) {
    const { value, done } = await events.next();
    if (done) throw new Error('the stream ended before the wanted event');
    if (wanted(value)) return value;
  }
}

const isFinal = (goal: GoalView) => ['done', 'partial', 'failed'].includes(goal.status);

async function postGoal(url: string, auth: Record<string, string>, body: Record<string, unknown>): Promise<GoalView> {
  const response = await fetch(`${url}/api/goals`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(body) });
  expect(response.status).toBe(202);
  return (await response.json()) as GoalView;
}

describe('live progress over server-sent events (a real listening coordinator)', () => {
  let stack: Stack;
  let url: string;
  let auth: Record<string, string>;
  let withoutStreams: { goal: number; changed: number };
  const listenerCounts = () => ({
    goal: stack.coordinator.goals.listenerCount('goal'),
    changed: stack.coordinator.registry.listenerCount('changed'),
  });
  /** The server learns of a client's disconnect a moment after the client aborts. */
  const streamListenersGone = () =>
    waitFor(() => JSON.stringify(listenerCounts()) === JSON.stringify(withoutStreams), 5_000, 'the stream listeners to be removed');

  beforeAll(async () => {
    stack = await startTestStack(studioScenario(), { http: { host: '127.0.0.1', port: 0 } });
    url = stack.coordinator.url!;
    auth = ownerAuthorization(stack);
    withoutStreams = listenerCounts();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('/api/events starts with a snapshot, then streams the device change and the goal to its end', async () => {
    const abort = new AbortController();
    const response = await fetch(`${url}/api/events`, { headers: auth, signal: abort.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('no-cache');
    const events = serverSentEvents(response.body!);
    try {
      const snapshot = await nextEvent(events, () => true);
      expect(snapshot.event).toBe('snapshot');
      const { devices } = snapshot.data as { devices: DeviceView[]; goals: GoalView[] };
      expect(devices.map((device) => [device.id, device.availability])).toEqual([
        ['studio_blinds', 'online'],
        ['studio_lamp', 'online'],
      ]);

      const goal = await postGoal(url, auth, { text: 'turn on the studio lamp' });
      const lamp = await nextEvent(events, (event) => event.event === 'device' && (event.data as DeviceView).id === 'studio_lamp');
      expect((lamp.data as DeviceView).state).toMatchObject({ on: true });
      const finished = await nextEvent(events, (event) => event.event === 'goal' && (event.data as GoalView).id === goal.id && isFinal(event.data as GoalView));
      expect(finished.data).toMatchObject({ status: 'done', subtasks: [expect.objectContaining({ deviceId: 'studio_lamp', status: 'done' })] });
    } finally {
      abort.abort();
    }
  });

  it('/api/events removes its listeners when the client disconnects', async () => {
    await streamListenersGone();
    const abort = new AbortController();
    const response = await fetch(`${url}/api/events`, { headers: auth, signal: abort.signal });
    await nextEvent(serverSentEvents(response.body!), (event) => event.event === 'snapshot');
    expect(listenerCounts()).toEqual({ goal: withoutStreams.goal + 1, changed: withoutStreams.changed + 1 });
    abort.abort();
    await streamListenersGone();
  });

  it("/api/events?conversationId= puts only that conversation's goals in the snapshot", async () => {
    const mine = await postGoal(url, auth, { text: 'close the studio blinds', conversationId: 'conversation-a', wait: false });
    await postGoal(url, auth, { text: 'open the studio blinds', conversationId: 'conversation-b' });
    const abort = new AbortController();
    const response = await fetch(`${url}/api/events?conversationId=conversation-a`, { headers: auth, signal: abort.signal });
    try {
      const snapshot = await nextEvent(serverSentEvents(response.body!), (event) => event.event === 'snapshot');
      const goals = (snapshot.data as { goals: GoalView[] }).goals;
      expect(goals.map((goal) => goal.id)).toEqual([mine.id]);
    } finally {
      abort.abort();
    }
  });

  it('/api/goals/:id/events streams one goal from now until it finishes, then ends', async () => {
    const goal = await postGoal(url, auth, { text: 'turn off the studio lamp' });
    const response = await fetch(`${url}/api/goals/${goal.id}/events`, { headers: auth });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const received: GoalView[] = [];
    for await (const event of serverSentEvents(response.body!)) {
      expect(event.event).toBe('goal');
      received.push(event.data as GoalView);
    }
    expect(received.every((view) => view.id === goal.id)).toBe(true);
    expect(received.filter(isFinal)).toHaveLength(1);
    expect(received.at(-1)).toMatchObject({ status: 'done', answer: expect.stringContaining('Studio lamp') });
    await streamListenersGone();
  });

  it('/api/goals/:id/events sends a finished goal once and ends at once', async () => {
    const done = await fetch(`${url}/api/goals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ text: 'turn on the studio lamp', wait: true }),
    }).then((response) => response.json() as Promise<GoalView>);
    const response = await injectAsOwner(stack, { method: 'GET', url: `/api/goals/${done.id}/events` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(`retry: 2000\n\nevent: goal\ndata: ${JSON.stringify(done)}\n\n`);
  });

  it.each([
    ['an unknown goal', '/api/goals/nope/events', 404, 'E_GOAL_NOT_FOUND'],
    ['an empty conversation id', '/api/events?conversationId=', 400, 'E_INVALID_PAYLOAD'],
    ['an unknown query parameter', '/api/events?admin=1', 400, 'E_INVALID_PAYLOAD'],
  ])('answers %s with a coded error before any stream opens', async (_label, path, status, code) => {
    const response = await injectAsOwner(stack, { method: 'GET', url: path });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.json()).toEqual({ error: { code, message: expect.any(String) } });
  });
});

describe('server-sent events when the coordinator stops', () => {
  it('ends open streams, so stopping never waits on a connected client', async () => {
    const stack = await startTestStack(studioScenario(), { http: { host: '127.0.0.1', port: 0 } });
    const response = await fetch(`${stack.coordinator.url}/api/events`, { headers: ownerAuthorization(stack) });
    const events = serverSentEvents(response.body!);
    await nextEvent(events, (event) => event.event === 'snapshot');
    await stack.stop();
    const rest: ServerSentEvent[] = [];
    for await (const event of events) rest.push(event);
    expect(rest.every((event) => event.event === 'device')).toBe(true);
  });
});
