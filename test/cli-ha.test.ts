import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '@meshmind/cli';
import { captureIo } from './support/cli-io';
import { FakeTasmotaPlug, startHouseholdBroker, type HouseholdBroker } from './support/ha-broker';
import { ownerAuthorizationIn, waitFor } from './support/stack';

describe('meshmind start --ha-discovery: a real plug, no simulated devices, chat from the CLI', () => {
  let directory: string;
  let household: HouseholdBroker;
  let plug: FakeTasmotaPlug;
  let stopSignal: (signal: string) => void = () => undefined;
  let running: Promise<number>;
  let start: ReturnType<typeof captureIo>;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-ha-'));
    household = await startHouseholdBroker({ plug: 'plug-secret', meshmind: 'bridge-secret' });
    plug = new FakeTasmotaPlug({ url: household.url, username: 'plug', password: 'plug-secret', topic: 'tasmota_BEEF', mac: 'BEEF00112233', name: 'Hall heater plug' });
    await plug.start();
    const scenario = join(directory, 'house.yaml');
    writeFileSync(scenario, 'name: Real house\nareas: [ { id: hall, name: Hall } ]\ndevices: []\n');
    start = captureIo({ MESHMIND_HA_PASSWORD: 'bridge-secret', MESHMIND_LOG_LEVEL: 'silent' }, new Promise<string>((resolve) => (stopSignal = resolve)));
    running = main(
      ['start', '--scenario', scenario, '--db', join(directory, 'meshmind.db'), '--port', '0', '--mqtt-port', '0', '--ha-discovery', '--ha-broker', household.url, '--ha-username', 'meshmind'],
      start.io,
    );
    await waitFor(() => /http:\/\/127\.0\.0\.1:\d+/.test(start.stdout()), 90_000, 'the start banner');
  }, 120_000);

  afterAll(async () => {
    stopSignal('SIGTERM');
    await running;
    await plug?.stop();
    await household?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('lists the plug from HA discovery online, and switches it by chat', async () => {
    const base = /http:\/\/127\.0\.0\.1:\d+/.exec(start.stdout())![0];
    let devices: Array<{ id: string; availability: string; origin?: string }> = [];
    const poll = async () => {
      const body = (await (await fetch(`${base}/api/devices`, { headers: ownerAuthorizationIn(directory) })).json()) as unknown;
      if (!Array.isArray(body)) throw new Error(`GET /devices: ${JSON.stringify(body)}`);
      devices = body as typeof devices;
    };
    const deadline = Date.now() + 30_000;
    while (!devices.some((device) => device.availability === 'online') && Date.now() < deadline) {
      await poll();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(devices).toEqual([expect.objectContaining({ id: 'ha_beef00112233', availability: 'online', origin: 'ha-discovery' })]);
    // As a person on this machine: chat reads the owner's token beside the database.
    const chat = captureIo({ MESHMIND_STATE_DIR: directory });
    expect(await main(['chat', '--url', base, 'turn on the hall heater plug'], chat.io)).toBe(0);
    expect(chat.stdout()).toContain('Hall heater plug');
    expect(plug.power).toBe('ON');
  }, 60_000);

  it('drops the plug from its device list once its discovery config is cleared', async () => {
    const base = /http:\/\/127\.0\.0\.1:\d+/.exec(start.stdout())![0];
    await plug.withdraw();
    const deadline = Date.now() + 30_000;
    let devices: unknown[] = [{}];
    while (devices.length > 0 && Date.now() < deadline) {
      devices = (await (await fetch(`${base}/api/devices`, { headers: ownerAuthorizationIn(directory) })).json()) as unknown[];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(devices).toEqual([]);
  }, 60_000);
});
