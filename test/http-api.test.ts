import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import type { Stack } from '@meshmind/cli';
import { GOAL_TEXT_MAX } from '@meshmind/protocol';
import { injectAsOwner, startTestStack, studioScenario } from './support/stack';

describe('HTTP API (fastify inject against the running coordinator)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startTestStack(studioScenario());
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const inject = (options: InjectOptions) => injectAsOwner(stack, options);

  it('accepts a goal with 202 and its view, then serves the finished goal', async () => {
    const accepted = await inject({ method: 'POST', url: '/api/goals', payload: { text: 'turn on the studio lamp' } });
    expect(accepted.statusCode).toBe(202);
    const view = accepted.json();
    expect(view).toMatchObject({ text: 'turn on the studio lamp', status: expect.stringMatching(/planning|running|done/) });
    let goal = view;
    for (let attempt = 0; attempt < 100 && !['done', 'partial', 'failed'].includes(goal.status); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      goal = (await inject({ method: 'GET', url: `/api/goals/${view.id}` })).json();
    }
    expect(goal.status).toBe('done');
    expect(goal.subtasks).toEqual([expect.objectContaining({ deviceId: 'studio_lamp', status: 'done' })]);
  });

  it('waits for the outcome when asked to', async () => {
    const response = await inject({ method: 'POST', url: '/api/goals', payload: { text: 'close the studio blinds', wait: true } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'done', answer: expect.stringContaining('Studio blinds') });
  });

  it('lists devices with availability, area and state, and serves one by id', async () => {
    const list = (await inject({ method: 'GET', url: '/api/devices' })).json();
    expect(list.map((device: { id: string }) => device.id)).toEqual(['studio_blinds', 'studio_lamp']);
    const lamp = await inject({ method: 'GET', url: '/api/devices/studio_lamp' });
    expect(lamp.json()).toMatchObject({ id: 'studio_lamp', type: 'light', availability: 'online', area: { id: 'studio', name: 'Studio' } });
  });

  it.each([
    ['malformed JSON', { method: 'POST', url: '/api/goals', headers: { 'content-type': 'application/json' }, payload: '{"text": ' }, 400, 'E_BAD_JSON'],
    ['a missing text', { method: 'POST', url: '/api/goals', payload: {} }, 400, 'E_INVALID_PAYLOAD'],
    ['an empty text', { method: 'POST', url: '/api/goals', payload: { text: '' } }, 400, 'E_INVALID_PAYLOAD'],
    ['an unknown field', { method: 'POST', url: '/api/goals', payload: { text: 'hi', admin: true } }, 400, 'E_INVALID_PAYLOAD'],
    ['an oversized text', { method: 'POST', url: '/api/goals', payload: { text: 'a'.repeat(GOAL_TEXT_MAX + 1) } }, 413, 'E_TEXT_TOO_LONG'],
    ['a huge body', { method: 'POST', url: '/api/goals', payload: { text: 'b'.repeat(100_000) } }, 413, 'E_TEXT_TOO_LONG'],
    ['an unknown device', { method: 'GET', url: '/api/devices/nope' }, 404, 'E_UNKNOWN_DEVICE'],
    ['an unknown goal', { method: 'GET', url: '/api/goals/nope' }, 404, 'E_GOAL_NOT_FOUND'],
    ['an unknown route', { method: 'GET', url: '/api/nothing' }, 404, 'E_ROUTE_NOT_FOUND'],
    ['a goal id of 110 characters', { method: 'GET', url: `/api/goals/${'g'.repeat(110)}` }, 404, 'E_GOAL_NOT_FOUND'],
    ['a goal id over 128 characters', { method: 'GET', url: `/api/goals/${'g'.repeat(129)}` }, 400, 'E_INVALID_PAYLOAD'],
    ['a path segment over 256 characters', { method: 'GET', url: `/api/devices/${'d'.repeat(300)}` }, 414, 'E_URL_TOO_LONG'],
    ['a malformed %-escape', { method: 'GET', url: '/api/goals/%ff' }, 400, 'E_BAD_URL'],
    ['a truncated %-escape', { method: 'GET', url: '/api/devices/%E0%A4%A' }, 400, 'E_BAD_URL'],
    ['an unsupported media type', { method: 'POST', url: '/api/goals', headers: { 'content-type': 'text/xml' }, payload: '<goal/>' }, 400, 'E_INVALID_PAYLOAD'],
  ] as const)('answers %s with a coded error', async (_label, request, status, code) => {
    const response = await inject(request as InjectOptions);
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('carries out a goal of 1,500 characters: one text limit holds from the API to the agents', async () => {
    const text = `turn on the studio lamp ${'please '.repeat(200)}`.trim();
    expect(text.length).toBeGreaterThan(1_000);
    const response = await inject({ method: 'POST', url: '/api/goals', payload: { text, wait: true } });
    expect(response.statusCode).toBe(200);
    const goal = response.json();
    expect(goal.subtasks.map((subtask: { deviceId: string; status: string }) => [subtask.deviceId, subtask.status])).toEqual([['studio_lamp', 'done']]);
  });

  it('keeps serving after bad requests', async () => {
    const health = await inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok', devices: 2, online: 2 });
  });
});
