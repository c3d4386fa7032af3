import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '@meshmind/cli';
import { captureIo } from './support/cli-io';
import { haSettingsFrom, withHaDefaults } from '../apps/cli/src/ha-options';

const directory = mkdtempSync(join(tmpdir(), 'meshmind-config-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function agentWith(yaml: string): Promise<{ code: number; stderr: string }> {
  const path = join(directory, `agent-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, yaml);
  const { io, stderr } = captureIo();
  const code = await main(['agent', '--config', path, '--data-dir', join(directory, 'data')], io);
  return { code, stderr: stderr() };
}

const GOOD = `broker: mqtt://127.0.0.1:1883
credentials: { username: device.porch_light, password: secret }
device: { id: porch_light, type: light, name: Porch light }
`;

describe('meshmind agent --config: a config error is one coded line that names the key', () => {
  it('names a wrong broker URL and a bad device id, in words rather than a pattern', async () => {
    const { code, stderr } = await agentWith(GOOD.replace('mqtt://127.0.0.1:1883', 'http://hub:1883').replace('id: porch_light', 'id: "porch light"'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^meshmind agent: E_CONFIG_INVALID: .*key broker: must be an MQTT URL/);
    expect(stderr).toContain('key device.id: must be 1-64 letters');
  });

  it('names a missing key and an unknown one', async () => {
    const { stderr } = await agentWith(GOOD.replace('password: secret', '').replace('name: Porch light', 'name: Porch light, colour: red'));
    expect(stderr).toContain('E_CONFIG_INVALID');
    expect(stderr).toContain('key credentials.password is missing');
    expect(stderr).toContain('unknown key device.colour');
  });

  it('names device.type when the catalog has no such type, and credentials.username when it is not the device\'s', async () => {
    expect((await agentWith(GOOD.replace('type: light', 'type: toaster'))).stderr).toMatch(/E_CONFIG_INVALID: .*key device\.type: unknown device type "toaster"/);
    expect((await agentWith(GOOD.replace('device.porch_light', 'device.other'))).stderr).toContain('key credentials.username must be device.porch_light');
  });

  it('says so when the file is not a mapping of keys', async () => {
    expect((await agentWith('- just\n- a list\n')).stderr).toContain('E_CONFIG_INVALID');
  });
});

describe('meshmind start --ha-discovery / --ha-publish settings', () => {
  it('takes the default prefix when the flag stands alone', () => {
    expect(withHaDefaults(['--ha-discovery', '--ha-broker', 'mqtt://ha:1883'])).toEqual(['--ha-discovery', 'homeassistant', '--ha-broker', 'mqtt://ha:1883']);
    expect(withHaDefaults(['--ha-publish'])).toEqual(['--ha-publish', 'homeassistant']);
    expect(withHaDefaults(['--ha-publish', 'ha'])).toEqual(['--ha-publish', 'ha']);
  });

  it('needs the broker Home Assistant uses, and the password of the login given for it', () => {
    expect(() => haSettingsFrom({ 'ha-discovery': 'homeassistant' }, {})).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID', message: expect.stringContaining('--ha-broker') }));
    expect(() => haSettingsFrom({ 'ha-discovery': 'homeassistant', 'ha-broker': 'mqtt://ha:1883', 'ha-username': 'meshmind' }, {})).toThrow(expect.objectContaining({ message: expect.stringContaining('MESHMIND_HA_PASSWORD') }));
    expect(() => haSettingsFrom({ 'ha-publish': 'home/#', 'ha-broker': 'mqtt://ha:1883' }, {})).toThrow(expect.objectContaining({ message: expect.stringContaining('--ha-publish') }));
    expect(haSettingsFrom({ 'ha-discovery': 'homeassistant', 'ha-broker': 'mqtt://ha:1883', 'ha-username': 'meshmind' }, { MESHMIND_HA_PASSWORD: 'pw' })).toEqual({
      discoveryPrefix: 'homeassistant',
      publishPrefix: null,
      brokerUrl: 'mqtt://ha:1883',
      credentials: { username: 'meshmind', password: 'pw' },
    });
    expect(haSettingsFrom({}, {})).toBeNull();
  });

  it('refuses a wrong HA flag before anything starts, with its code', async () => {
    const { io, stderr } = captureIo();
    expect(await main(['start', '--ha-discovery', '--db', ':memory:'], io)).toBe(1);
    expect(stderr()).toContain('E_CONFIG_INVALID: --ha-broker is missing');
  });
});

describe('the edge-board service files', () => {
  const root = new URL('../', import.meta.url);
  it('the systemd unit runs meshmind agent --config for its instance, restarts on failure, and writes only its state directory', () => {
    const unit = readFileSync(new URL('deploy/systemd/meshmind-agent@.service', root), 'utf8');
    expect(unit).toMatch(/^ExecStart=.*bin\/meshmind\.mjs agent --config \/etc\/meshmind\/%i\.yaml --data-dir \$\{STATE_DIRECTORY\}$/m);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^ProtectSystem=strict$/m);
    expect(unit).toMatch(/^StateDirectory=meshmind\/%i$/m);
  });

  it('the Dockerfile is Node 20 slim and runs meshmind agent --config', () => {
    const dockerfile = readFileSync(new URL('deploy/docker/Dockerfile', root), 'utf8');
    expect(dockerfile.match(/^FROM node:20-bookworm-slim/gm)).toHaveLength(2);
    expect(dockerfile).toContain('CMD ["agent", "--config", "/config/agent.yaml", "--data-dir", "/data"]');
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
