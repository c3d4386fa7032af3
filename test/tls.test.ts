import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateSelfSigned, type TlsMaterial } from '@meshmind/coordinator';
import { agentClientId, connectMqtt } from '@meshmind/protocol';
import type { Stack } from '@meshmind/cli';
import { ownerAuthorization, scenarioFrom, startTestStack } from './support/stack';

function httpsGet(url: string, ca: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca, headers }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('TLS on the embedded broker and the HTTP API', () => {
  let directory: string;
  let material: TlsMaterial;
  let stack: Stack;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-tls-'));
    material = await loadOrCreateSelfSigned(join(directory, 'tls'));
    stack = await startTestStack(
      scenarioFrom('name: Porch\nareas: [ { id: porch, name: Porch } ]\ndevices:\n  - { id: porch_light, type: light, name: Porch light, area: porch, state: { on: false } }\n'),
      { mqttTls: material, http: { host: '127.0.0.1', port: 0, tls: material } },
    );
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('makes a self-signed certificate once and keeps it, key readable by its owner only', async () => {
    expect(material.generated).toBe(true);
    expect(material.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const again = await loadOrCreateSelfSigned(join(directory, 'tls'));
    expect(again.generated).toBe(false);
    expect(again.fingerprint).toBe(material.fingerprint);
  });

  it('runs the broker as mqtts:// and the agents, pinning the fingerprint, carry out a goal', async () => {
    expect(stack.broker!.url).toMatch(/^mqtts:\/\//);
    const goal = await stack.coordinator.goals.submit({ text: 'turn on the porch light' }).finished;
    expect(goal.status).toBe('done');
  });

  it('sends no credentials to a broker whose certificate is not the pinned one', async () => {
    const wrong = material.fingerprint.replace(/^../, material.fingerprint.startsWith('00') ? '11' : '00');
    await expect(
      connectMqtt({ url: stack.mqttUrl, clientId: agentClientId('porch_light'), credentials: stack.security.device('porch_light'), tls: { fingerprint: wrong } }),
    ).rejects.toMatchObject({ code: 'E_UNAUTHORIZED', message: expect.stringContaining('not the pinned') });
  });

  it('refuses a certificate nothing vouches for, and accepts it given as the CA file', async () => {
    const credentials = stack.security.coordinator();
    await expect(connectMqtt({ url: stack.mqttUrl, clientId: 'meshmind-coordinator-noca', credentials })).rejects.toMatchObject({ code: 'E_BROKER_UNREACHABLE' });
    const client = await connectMqtt({ url: stack.mqttUrl, clientId: 'meshmind-coordinator-withca', credentials, tls: { caFile: join(directory, 'tls', 'cert.pem') } });
    await client.endAsync();
  });

  it('serves the HTTP API over HTTPS with the same certificate', async () => {
    expect(stack.coordinator.url).toMatch(/^https:\/\//);
    const response = await httpsGet(`${stack.coordinator.url}/api/health`, readFileSync(join(directory, 'tls', 'cert.pem'), 'utf8'), ownerAuthorization(stack));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ status: 'ok', devices: 1 });
  });
});
