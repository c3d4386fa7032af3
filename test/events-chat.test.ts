import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo, type Stack } from '@meshmind/cli';
import type { GoalView } from '@meshmind/protocol';
import { startTestStack, studioScenario } from './support/stack';
import { captureIo } from './support/cli-io';

const stateDirectory = mkdtempSync(join(tmpdir(), 'meshmind-chat-state-'));
afterAll(() => rmSync(stateDirectory, { recursive: true, force: true }));

describe('meshmind chat follows the goal live over server-sent events', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startTestStack(studioScenario({ lampOnly: true }), { http: { host: '127.0.0.1', port: 0 } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('prints each subtask state as it moves, then the answer', async () => {
    const { io, stdout, stderr } = captureIo({ MESHMIND_STATE_DIR: stateDirectory });
    const code = await main(['chat', 'turn on the studio lamp', '--url', stack.coordinator.url!, '--token', stack.coordinator.ownerToken], io);
    expect(code).toBe(0);
    const progress = stderr().split('\n').filter(Boolean);
    expect(progress.at(-1)).toBe('  · Studio lamp: done');
    // The stream shows the agent's stages, which the old 150 ms polling mostly missed.
    expect(progress.some((line) => /^ {2}· Studio lamp: running \(\w+\)$/.test(line))).toBe(true);
    expect(stdout()).toMatch(/^Studio lamp.*\n\(conversation [^)]+\)\n$/);
    expect(stack.simulation.drivers.get('studio_lamp')!.getState()).toMatchObject({ on: true });
  });

  it('prints only the final goal as JSON with --json', async () => {
    const { io, stdout, stderr } = captureIo({ MESHMIND_STATE_DIR: stateDirectory });
    const code = await main(['chat', 'turn off the studio lamp', '--url', stack.coordinator.url!, '--token', stack.coordinator.ownerToken, '--json'], io);
    expect(code).toBe(0);
    expect(stderr()).toBe('');
    const goal = JSON.parse(stdout()) as GoalView;
    expect(goal).toMatchObject({ status: 'done', subtasks: [expect.objectContaining({ deviceId: 'studio_lamp', status: 'done' })] });
  });
});

describe('meshmind chat against a coordinator without the event stream', () => {
  // A fake coordinator speaking only the JSON routes: the events route answers 404, as an older one would.
  let server: Server;
  let url: string;
  let polls = 0;
  const view = (status: GoalView['status'], subtaskStatus: GoalView['subtasks'][number]['status'], stage: string | null = null): GoalView => ({
    id: 'goal-1',
    conversationId: 'conversation-1',
    text: 'turn on the studio lamp',
    status,
    answer: status === 'done' ? 'Studio lamp: turned on.' : null,
    createdAt: 1,
    finishedAt: status === 'done' ? 2 : null,
    subtasks: [{ id: 'subtask-1', deviceId: 'studio_lamp', deviceName: 'Studio lamp', text: 'turn on', status: subtaskStatus, stage, message: null }],
  });
  // The views a poll sees in turn: the agent's stages as they come, its last one ("done") before its report is read.
  const polled = [view('running', 'dispatched'), view('running', 'running', 'executing'), view('running', 'running', 'done')];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.method === 'POST' && request.url === '/api/goals') return json(202, view('running', 'pending'));
      if (request.url === '/api/goals/goal-1/events') return json(404, { error: { code: 'E_ROUTE_NOT_FOUND', message: 'no route' } });
      if (request.url === '/api/goals/goal-1') {
        polls += 1;
        return json(200, polled[polls - 1] ?? view('done', 'done'));
      }
      return json(404, { error: { code: 'E_ROUTE_NOT_FOUND', message: 'no route' } });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('falls back to polling and keeps the same output, a finished agent shown as reporting until its report is read', async () => {
    const { io, stdout, stderr } = captureIo({ MESHMIND_STATE_DIR: stateDirectory });
    const code = await main(['chat', 'turn on the studio lamp', '--url', url], io);
    expect(code).toBe(0);
    expect(polls).toBeGreaterThanOrEqual(4);
    expect(stderr()).toBe('  · Studio lamp: pending\n  · Studio lamp: dispatched\n  · Studio lamp: running (executing)\n  · Studio lamp: running (reporting)\n  · Studio lamp: done\n');
    expect(stdout()).toBe('Studio lamp: turned on.\n(conversation conversation-1)\n');
  });
});

describe('meshmind chat shows what devices say without letting the terminal obey it', () => {
  // A device named with escape sequences: clear screen, a window title, an OSC 8 link, an 8-bit CSI, a bidi override.
  const ESC = '\u001B';
  const hostileName = `${ESC}[2J${ESC}[HStudio${ESC}]0;pwned\u0007 lamp${ESC}]8;;https://evil.example/${ESC}\\\u009B31m\u202E`;
  const hostileAnswer = `${ESC}[1mStudio lamp\u0007: turned on.\r\nAll\u0085 done\u2066.\u2069`;
  let server: Server;
  let url: string;
  const view: GoalView = {
    id: 'goal-2',
    conversationId: 'conversation-2',
    text: 'turn on the studio lamp',
    status: 'done',
    answer: hostileAnswer,
    createdAt: 1,
    finishedAt: 2,
    subtasks: [{ id: 'subtask-1', deviceId: 'studio_lamp', deviceName: hostileName, text: 'turn on', status: 'done', stage: null, message: null }],
  };
  const controlCharacters = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

  beforeAll(async () => {
    server = createServer((request, response) => {
      response.writeHead(request.method === 'POST' ? 202 : 200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(view));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('prints device names and answers with every control and escape sequence removed', async () => {
    const { io, stdout, stderr } = captureIo({ MESHMIND_STATE_DIR: stateDirectory });
    const code = await main(['chat', 'turn on the studio lamp', '--url', url], io);
    expect(code).toBe(0);
    expect(stderr()).toBe('  · Studio lamp: done\n');
    expect(stdout()).toBe('Studio lamp: turned on.\nAll done.\n(conversation conversation-2)\n');
  });

  it('prints --json with the controls JSON leaves raw escaped, the same goal when parsed', async () => {
    const { io, stdout } = captureIo({ MESHMIND_STATE_DIR: stateDirectory });
    await main(['chat', 'turn on the studio lamp', '--url', url, '--json'], io);
    expect(stdout()).not.toMatch(controlCharacters);
    expect(JSON.parse(stdout())).toEqual(view);
  });
});
