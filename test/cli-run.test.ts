import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createSimulatedDriver } from '@meshmind/devices';
import { HOME_SCENARIO_PATH, loadHome } from './support/stack';
import { WAREHOUSE_SCENARIO_PATH, WIFI_SCENARIO_PATH, vacancyMismatches } from './support/warehouse';
import { subtaskTimeoutFrom } from '../apps/cli/src/one-shot-run';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../bin/meshmind.mjs', import.meta.url));

// Ten robots scan shelves in simulated time; on a loaded 2-core machine one can take longer than the
// run's default 15 s to answer. These tests check what the run reports, not how fast: they give each
// device a minute.
const LOADED_MACHINE = ['--timeout', '60000'];

describe('meshmind run --json (the contract for testing the whole system from outside)', () => {
  it('closes every blind of the example home and changes nothing else', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'run', '--scenario', HOME_SCENARIO_PATH, '--say', 'close all the blinds', '--json'], { timeout: 60_000 });
    const output = JSON.parse(stdout) as { replies: string[]; devices: Record<string, { type: string; state: Record<string, unknown> }>; world: unknown };
    const home = await loadHome();
    expect(output.replies).toHaveLength(1);
    expect(output.world).toBeNull();
    expect(Object.keys(output.devices).sort()).toEqual(home.devices.map((device) => device.id).sort());
    const blinds = home.devices.filter((device) => /blinds/i.test(device.name));
    expect(blinds.length).toBeGreaterThanOrEqual(3);
    for (const device of home.devices) {
      const after = output.devices[device.id]!;
      expect(after.type).toBe(device.type);
      if (blinds.includes(device)) expect(after.state).toMatchObject({ position: 0, cover_state: 'closed' });
      else {
        // The untouched baseline: a simulator started from the scenario (some derive fields on start).
        const baseline = createSimulatedDriver(device.type, { initialState: device.state });
        await baseline.start();
        expect(after.state).toEqual(baseline.getState());
        await baseline.stop();
      }
    }
  }, 120_000);

  it('keeps one conversation across --say messages ("it" means the last device)', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'run', '--say', 'turn on the kitchen light', '--say', 'now turn it off', '--json'], { timeout: 60_000 });
    const output = JSON.parse(stdout);
    expect(output.replies).toHaveLength(2);
    expect(output.replies[1]).toContain('Kitchen light');
    expect(output.devices.kitchen_light.state.on).toBe(false);
  }, 120_000);

  it('persists its retrieval indexes under .meshmind/cache/rag and answers the same from them on the next run', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-run-cache-'));
    try {
      const once = async () => JSON.parse((await run(process.execPath, [BIN, 'run', '--say', 'set the kitchen light to 40% brightness', '--json'], { cwd: directory, timeout: 60_000 })).stdout);
      const first = await once();
      const persisted = readdirSync(join(directory, '.meshmind', 'cache', 'rag', 'functions'));
      // A one-shot run builds the indexes of the devices its goals reach (here the kitchen light's
      // API document), one vectors file and one HNSW graph each; `meshmind start` builds the home's.
      expect(persisted.filter((name) => name.endsWith('.vectors')).length).toBeGreaterThanOrEqual(1);
      expect(persisted.filter((name) => name.endsWith('.hnsw')).length).toBe(persisted.filter((name) => name.endsWith('.vectors')).length);
      const second = await once();
      expect(readdirSync(join(directory, '.meshmind', 'cache', 'rag', 'functions')).sort()).toEqual(persisted.sort());
      expect(second.replies).toEqual(first.replies);
      expect(second.devices.kitchen_light.state).toEqual(first.devices.kitchen_light.state);
      expect(second.devices.kitchen_light.state).toMatchObject({ on: true, brightness: expect.any(Number) });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 150_000);

  it('refuses a --timeout that is not a positive whole number of milliseconds, with its code', () => {
    expect(subtaskTimeoutFrom(undefined)).toBe(15_000);
    expect(subtaskTimeoutFrom('60000')).toBe(60_000);
    for (const bad of ['', 'soon', '-5', '0', '1.5']) expect(() => subtaskTimeoutFrom(bad)).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
  });

  it('exits non-zero with a coded message for a bad scenario file', async () => {
    const failure = await run(process.execPath, [BIN, 'run', '--scenario', '/nonexistent/home.yaml', '--say', 'hi', '--json'], { timeout: 60_000 }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('E_SCENARIO_INVALID') });
  }, 120_000);

  it('runs a warehouse: every robot\'s state, and the world\'s ground truth the answer is checked against', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'run', '--scenario', WAREHOUSE_SCENARIO_PATH, '--say', 'which shelves have free space?', '--json', ...LOADED_MACHINE], { timeout: 120_000 });
    const output = JSON.parse(stdout);
    expect(Object.keys(output.devices)).toEqual(Array.from({ length: 10 }, (_, index) => `robot-${index + 1}`));
    expect(output.devices['robot-1'].state).toMatchObject({ x: expect.any(Number), y: expect.any(Number), battery: expect.any(Number), status: 'idle' });
    expect(output.world).toMatchObject({ kind: 'warehouse', width: expect.any(Number), height: expect.any(Number), docks: expect.any(Array) });
    expect(output.world.shelves).toHaveLength(12);
    for (const robot of output.world.robots) expect(output.devices[robot.id].state).toMatchObject({ x: robot.x, y: robot.y, battery: robot.battery, status: robot.status });
    expect(vacancyMismatches(output.replies[0], output.world)).toEqual([]);
  }, 150_000);

  it('takes --robots N for a warehouse, and derives the grid from it', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'run', '--scenario', WAREHOUSE_SCENARIO_PATH, '--robots', '3', '--say', 'how much battery does each robot have', '--json', ...LOADED_MACHINE], { timeout: 120_000 });
    const output = JSON.parse(stdout);
    expect(output.world.robots.map((robot: { id: string }) => robot.id)).toEqual(['robot-1', 'robot-2', 'robot-3']);
    for (const robot of output.world.robots) expect(output.replies[0]).toContain(`${robot.name}: `);
  }, 150_000);

  it('runs a network: every device\'s state, and the measured rates per client', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'run', '--scenario', WIFI_SCENARIO_PATH, '--say', 'move client 2 to 5 GHz', '--json', ...LOADED_MACHINE], { timeout: 120_000 });
    const output = JSON.parse(stdout);
    expect(Object.keys(output.devices)).toEqual(['access-point', 'client-1', 'client-2', 'microwave']);
    expect(output.devices['client-2'].state).toMatchObject({ band: '5GHz' });
    expect(output.world).toMatchObject({ kind: 'network', bands: ['2.4GHz', '5GHz'], interferer: { kind: 'microwave', running: false } });
    const client = output.world.clients.find((entry: { id: string }) => entry.id === 'client-2');
    expect(client).toMatchObject({ band: '5GHz', packetErrorRate: output.devices['client-2'].state.packet_error_rate, goodputMbps: output.devices['client-2'].state.goodput });
  }, 150_000);
});
