import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createSimulatedDriver } from '@meshmind/devices';
import { HOME_SCENARIO_PATH, loadHome } from './support/stack';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../bin/meshmind.mjs', import.meta.url));

describe('meshmind run --json (the contract for testing the whole system from outside)', () => {
  it('closes every blind of the example home and changes nothing else', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'run', '--scenario', HOME_SCENARIO_PATH, '--say', 'close all the blinds', '--json'], { timeout: 60_000 });
    const output = JSON.parse(stdout) as { replies: string[]; devices: Record<string, { type: string; state: Record<string, unknown> }> };
    const home = await loadHome();
    expect(output.replies).toHaveLength(1);
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
  });

  it('keeps one conversation across --say messages ("it" means the last device)', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'run', '--say', 'turn on the kitchen light', '--say', 'now turn it off', '--json'], { timeout: 60_000 });
    const output = JSON.parse(stdout);
    expect(output.replies).toHaveLength(2);
    expect(output.replies[1]).toContain('Kitchen light');
    expect(output.devices.kitchen_light.state.on).toBe(false);
  });

  it('exits non-zero with a coded message for a bad scenario file', async () => {
    const failure = await run(process.execPath, [BIN, 'run', '--scenario', '/nonexistent/home.yaml', '--say', 'hi', '--json'], { timeout: 60_000 }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('E_SCENARIO_INVALID') });
  });
});
