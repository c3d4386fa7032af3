import { describe, expect, it } from 'vitest';
import { Sandbox, checkSource, createManualClock, type SandboxRunOptions } from '@meshmind/fsm';
import { FakeDevice } from './helpers/fake-device';

function setup(overrides: Partial<SandboxRunOptions> = {}) {
  const device = new FakeDevice();
  const clock = createManualClock({ autoAdvance: true });
  const options: SandboxRunOptions = { driver: device, clock, confirmed: false, ...overrides };
  return { device, clock, options, sandbox: new Sandbox() };
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the run to fail');
}

describe('Sandbox', () => {
  it('runs a two-call program and returns the reading', async () => {
    const { device, options, sandbox } = setup();
    const outcome = await sandbox.run('await device.move_to_shelf({ shelf: 3 });\nconst free = await device.check_free_space();\nreturn free;', options);
    expect(outcome).toEqual({
      calls: [
        { function: 'move_to_shelf', arguments: { shelf: 3 } },
        { function: 'check_free_space', arguments: {}, result: 4 },
      ],
      value: 4,
      replayedCalls: 0,
    });
    expect(device.getState().shelf).toBe(3);
  });

  it('gives the last reading as the value when the program returns nothing', async () => {
    const { options, sandbox } = setup();
    const outcome = await sandbox.run('await device.read_temperature({});', options);
    expect(outcome.value).toBe(21.5);
  });

  it('lets conditions read the device state', async () => {
    const { device, options, sandbox } = setup();
    await sandbox.run('if (device.state().lamp === false) { await device.set_lamp({ on: true }); }', options);
    expect(device.log).toEqual([{ function: 'set_lamp', arguments: { on: true } }]);
  });

  it('waits through the injected clock', async () => {
    const { clock, options, sandbox } = setup();
    const before = clock.now();
    await sandbox.run('await wait(120); await device.stop({});', options);
    expect(clock.now() - before).toBe(120_000);
  });

  it('offers no ambient capabilities to code that reaches for them', async () => {
    const { options, sandbox } = setup();
    // Unchecked on purpose: the sandbox itself must hold even when the checker is bypassed.
    const outcome = await sandbox.runUnchecked(
      '(function () { const F = this.constructor.constructor; return [typeof process, typeof require, typeof F("return globalThis.process")(), typeof globalThis.std, typeof globalThis.os, typeof fetch, typeof setTimeout]; })()',
      options,
    );
    expect(outcome.value).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('refuses an escape attempt before it runs', async () => {
    const { device, options, sandbox } = setup();
    const error = await failure(sandbox.run('device.move_to_shelf.constructor("return process")().exit(1);', options));
    expect(error.code).toBe('E_PROGRAM_REJECTED');
    expect(device.log).toEqual([]);
  });

  it('stops an infinite loop with the time limit', async () => {
    const { options, sandbox } = setup({ limits: { cpuTimeMs: 50 } });
    const error = await failure(sandbox.runUnchecked('while (true) {}', options));
    expect(error.code).toBe('E_SANDBOX_LIMIT');
    expect(error.message).toMatch(/interrupted/);
  });

  it('stops a runaway allocation with the memory limit', async () => {
    const { options, sandbox } = setup({ limits: { memoryBytes: 4 * 1024 * 1024, cpuTimeMs: 10_000 } });
    const error = await failure(sandbox.runUnchecked('const a = []; for (;;) a.push([1, 2, 3, 4, 5, 6, 7, 8]);', options));
    expect(error.code).toBe('E_SANDBOX_LIMIT');
    expect(error.message).toMatch(/out of memory/);
  });

  it('validates arguments computed at run time at the device boundary', async () => {
    const { device, options, sandbox } = setup();
    const error = await failure(sandbox.run('let shelf = 4; shelf += 40; await device.move_to_shelf({ shelf: shelf });', options));
    expect(error.code).toBe('E_ARGUMENT_OUT_OF_RANGE');
    expect(device.log).toEqual([]);
  });

  it('keeps a refused call refused even when the guest catches the error', async () => {
    const { device, options, sandbox } = setup();
    const error = await failure(sandbox.runUnchecked('(function () { try { device.move_to_shelf({ shelf: 99 }); } catch (e) {} device.stop({}); })()', options));
    expect(error.code).toBe('E_ARGUMENT_OUT_OF_RANGE');
    expect(device.log).toEqual([]);
  });

  it('bounds the number of device calls', async () => {
    const { options, sandbox } = setup({ limits: { maxCalls: 5 } });
    const error = await failure(sandbox.run('for (let i = 0; i < 10; i++) { await device.stop({}); }', options));
    expect(error.code).toBe('E_SANDBOX_LIMIT');
  });

  it('refuses a sensitive call that was not confirmed, even if the checker was bypassed', async () => {
    const { device, options, sandbox } = setup();
    const error = await failure(sandbox.runUnchecked('device.release_emergency_stop({})', options));
    expect(error.code).toBe('E_CONFIRMATION_REQUIRED');
    expect(device.log).toEqual([]);
  });

  it('reports a device fault with its code', async () => {
    const { device, options, sandbox } = setup();
    device.call = async () => {
      throw new Error('motor jammed');
    };
    // A call that changes something: one the device already shows is never sent (see below).
    const error = await failure(sandbox.run('await device.move_to_shelf({ shelf: 3 });', options));
    expect(error.code).toBe('E_DEVICE_FAULT');
    expect(error.message).toBe('motor jammed');
  });

  it('sends no action the device already shows, records no intent for it and names it in alreadyCalls', async () => {
    const device = new FakeDevice(undefined, { shelf: 4, moving: false, lamp: false, emergency_stop: true });
    const { options, sandbox } = setup({ driver: device });
    const intents: unknown[] = [];
    // At shelf 4, not moving: "stop" and "move to shelf 4" are already so.
    const outcome = await sandbox.run('await device.stop({}); await device.move_to_shelf({ shelf: 4 }); await device.move_to_shelf({ shelf: 2 });', {
      ...options,
      onIntent: (intent) => intents.push(intent.requested.function),
    });
    expect(device.keys).toHaveLength(1);
    expect(intents).toEqual(['move_to_shelf']);
    expect(outcome.alreadyCalls).toEqual([0, 1]);
    expect(outcome.calls.map((call) => call.function)).toEqual(['stop', 'move_to_shelf', 'move_to_shelf']);
    expect(device.getState().shelf).toBe(2);
  });

  it('sends an action whose effect does not hold yet', async () => {
    const moving = new FakeDevice(undefined, { shelf: 0, moving: true, lamp: false, emergency_stop: true });
    const { options, sandbox } = setup({ driver: moving });
    const outcome = await sandbox.run('await device.stop({});', options);
    expect(outcome.alreadyCalls).toBeUndefined();
    expect(moving.keys).toHaveLength(1);
    expect(moving.getState().moving).toBe(false);
  });

  it('reports a program that throws as E_PROGRAM_FAILED', async () => {
    const { options, sandbox } = setup();
    const error = await failure(sandbox.run('const free = await device.check_free_space(); return free.count.total;', options));
    expect(error.code).toBe('E_PROGRAM_FAILED');
  });

  it('replays journaled calls instead of repeating them, then goes live', async () => {
    const { device, options, sandbox } = setup();
    const recorded: unknown[] = [];
    const outcome = await sandbox.run('await device.move_to_shelf({ shelf: 3 }); await wait(30); const free = await device.check_free_space(); return free;', {
      ...options,
      journal: [{ function: 'move_to_shelf', arguments: { shelf: 3 } }],
      onCall: (call, index) => recorded.push([index, call.function]),
    });
    expect(device.log.map((entry) => entry.function)).toEqual(['check_free_space']);
    expect(outcome.replayedCalls).toBe(1);
    expect(outcome.value).toBe(4);
    expect(recorded).toEqual([
      [0, 'move_to_shelf'],
      [1, 'check_free_space'],
    ]);
  });

  it('stops between calls when the task is cancelled', async () => {
    const { device, options, sandbox } = setup();
    const controller = new AbortController();
    const held = device.hold('move_to_shelf');
    const run = sandbox.run('await device.move_to_shelf({ shelf: 3 }); await device.set_lamp({ on: true });', { ...options, signal: controller.signal });
    await held.reached;
    controller.abort(new Error('superseded'));
    held.release();
    const error = await failure(run);
    expect(error.code).toBe('E_CANCELLED');
    expect(device.called('set_lamp')).toBe(0);
  });

  it('keeps working after a run that hit a limit', async () => {
    const { options, sandbox } = setup({ limits: { cpuTimeMs: 30 } });
    await failure(sandbox.runUnchecked('while (true) {}', options));
    const outcome = await sandbox.run('return await device.read_temperature({});', { ...options, limits: {} });
    expect(outcome.value).toBe(21.5);
    expect(checkSource('return 1;', options.driver.description).ok).toBe(true);
  });
});
