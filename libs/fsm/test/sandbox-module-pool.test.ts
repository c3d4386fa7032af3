import { describe, expect, it } from 'vitest';
import { Sandbox, SandboxModulePool, createManualClock, type SandboxRunOptions } from '@meshmind/fsm';
import { FakeDevice, speakerDescription } from './helpers/fake-device';

function agent(pool: SandboxModulePool, device: FakeDevice) {
  const options: SandboxRunOptions = { driver: device, clock: createManualClock({ autoAdvance: true }), confirmed: false };
  return { device, options, sandbox: new Sandbox({ modules: pool }) };
}

/** Unchecked code in the shape of checkSource's executable (device calls need no await in the guest). */
function program(body: string): string {
  return `(function () {\n${body}\n})()`;
}

// What a program can see of its world: globals it did not get from the sandbox, and its device's methods.
const LOOK_AROUND =
  "return { secret: typeof globalThis.secret, leaked: typeof globalThis.leaked, robotOnly: typeof device.move_to_shelf, methods: Object.keys(device).sort().join(',') };";

describe('SandboxModulePool', () => {
  it("keeps two agents' programs apart while both run on the pool at once", async () => {
    const pool = new SandboxModulePool();
    const robot = agent(pool, new FakeDevice());
    const speaker = agent(pool, new FakeDevice(speakerDescription, { volume: 10 }));
    const held = robot.device.hold('move_to_shelf');
    // Unchecked on purpose: the checker would refuse the globals; isolation must hold without it.
    const robotRun = robot.sandbox.runUnchecked(program('globalThis.secret = 42; globalThis.leaked = device; device.move_to_shelf({ shelf: 2 }); return typeof globalThis.secret;'), robot.options);
    await held.reached;

    const whileRobotDrives = await speaker.sandbox.runUnchecked(program(LOOK_AROUND), speaker.options);
    expect(whileRobotDrives.value).toEqual({ secret: 'undefined', leaked: 'undefined', robotOnly: 'undefined', methods: 'beep,set_volume,state,volume_up' });
    expect(pool.stats()).toMatchObject({ loaded: 2, lent: 1, idle: 1 });

    held.release();
    expect((await robotRun).value).toBe('number');
    expect(robot.device.getState().shelf).toBe(2);
    expect(speaker.device.log).toEqual([]);
  });

  it("shows a program nothing of the previous agent's program on a reused module", async () => {
    const pool = new SandboxModulePool({ maxIdleModules: 1 });
    const robot = agent(pool, new FakeDevice());
    const speaker = agent(pool, new FakeDevice(speakerDescription, { volume: 10 }));
    await robot.sandbox.runUnchecked(program('globalThis.secret = 42; globalThis.leaked = 1; Object.prototype.polluted = true; device.set_lamp({ on: true });'), robot.options);

    const after = await speaker.sandbox.runUnchecked(program(`const polluted = typeof ({}).polluted; ${LOOK_AROUND.replace('return {', 'return { polluted,')}`), speaker.options);
    expect(after.value).toEqual({ polluted: 'undefined', secret: 'undefined', leaked: 'undefined', robotOnly: 'undefined', methods: 'beep,set_volume,state,volume_up' });
    expect(pool.stats()).toEqual({ loaded: 1, lent: 0, idle: 1, dropped: 0 });
  });

  it('serves many agents that run one after another with one module', async () => {
    const pool = new SandboxModulePool();
    for (let index = 0; index < 5; index += 1) {
      const { sandbox, options } = agent(pool, new FakeDevice());
      const outcome = await sandbox.run('return await device.read_temperature({});', options);
      expect(outcome.value).toBe(21.5);
    }
    expect(pool.stats()).toEqual({ loaded: 1, lent: 0, idle: 1, dropped: 0 });
  });

  it('keeps no module between runs when told to keep none idle', async () => {
    const pool = new SandboxModulePool({ maxIdleModules: 0 });
    const { sandbox, options } = agent(pool, new FakeDevice());
    await sandbox.run('await device.set_lamp({ on: true });', options);
    await sandbox.run('await device.set_lamp({ on: false });', options);
    expect(pool.stats()).toEqual({ loaded: 2, lent: 0, idle: 0, dropped: 2 });
  });

  it('drops a module whose memory grew during a run, and the next run gets a fresh one', async () => {
    const pool = new SandboxModulePool();
    const { sandbox, options } = agent(pool, new FakeDevice());
    const big = { ...options, limits: { memoryBytes: 64 * 1024 * 1024, cpuTimeMs: 20_000 } };
    await sandbox.runUnchecked(program('const parts = []; for (let index = 0; index < 40; index += 1) parts.push("x".repeat(1024 * 1024) + index); return parts.length;'), big);
    expect(pool.stats()).toMatchObject({ loaded: 1, idle: 0, dropped: 1 });
    expect((await sandbox.run('return await device.read_temperature({});', options)).value).toBe(21.5);
    expect(pool.stats()).toMatchObject({ loaded: 2, idle: 1 });
  });

  it('refuses a negative idle limit', () => {
    expect(() => new SandboxModulePool({ maxIdleModules: -1 })).toThrow(RangeError);
  });
});
