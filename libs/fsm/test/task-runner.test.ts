import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenerationRequest, ProgramGenerator, SubtaskProgress, SubtaskResult } from '@meshmind/protocol';
import {
  ExperienceCache,
  FINISHED_TASK_RETENTION_MS,
  Sandbox,
  TaskRunner,
  TaskStore,
  type CallIntent,
  createManualClock,
  openTaskDatabase,
  type TaskDatabase,
  type TaskRunnerOptions,
} from '@meshmind/fsm';
import { FakeDevice, MAPPINGS, fakeMapper, robotDescription, speakerDescription, subtaskFor } from './helpers/fake-device';
import { programFromMapping } from './helpers/program-from-mapping';

const opened: TaskDatabase[] = [];
const runners: TaskRunner[] = [];
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop();
  for (const database of opened.splice(0)) database.close();
});

function database(path = ':memory:'): TaskDatabase {
  const handle = openTaskDatabase(path);
  opened.push(handle);
  return handle;
}

/** The stand-in engine: mapped calls straight into a Program. Records every request it gets. */
function recordingGenerator(requests: GenerationRequest[] = []): ProgramGenerator {
  return {
    async generate(request) {
      requests.push(request);
      return { program: programFromMapping(request.mapping, robotDescription) };
    },
  };
}

function runnerFor(overrides: Partial<TaskRunnerOptions> = {}) {
  const device = (overrides.driver as FakeDevice | undefined) ?? new FakeDevice();
  const clock = overrides.clock ?? createManualClock({ autoAdvance: true });
  const progress: SubtaskProgress[] = [];
  const results: SubtaskResult[] = [];
  const runner = new TaskRunner({
    deviceId: 'robot-1',
    driver: device,
    mapper: fakeMapper(MAPPINGS),
    generator: recordingGenerator(),
    clock,
    database: database(),
    onProgress: (event) => progress.push(event),
    onResult: (result) => results.push(result),
    ...overrides,
  });
  runners.push(runner);
  return { runner, device, clock, progress, results };
}

const stagesOf = (progress: SubtaskProgress[], id: string) => progress.filter((event) => event.id === id).map((event) => event.stage);

describe('TaskRunner', () => {
  it('runs "move to shelf 3 and check it for free space" as one program with two calls and a reading', async () => {
    const { runner, device, progress } = runnerFor();
    await runner.start();
    const subtask = subtaskFor('move to shelf 3 and check it for free space');
    const result = await runner.submit(subtask);
    expect(result).toMatchObject({
      deviceId: 'robot-1',
      goalId: 'goal-1',
      outcome: 'done',
      value: 4,
      calls: [{ function: 'move_to_shelf', arguments: { shelf: 3 } }, { function: 'check_free_space', arguments: {}, result: 4 }],
      message: 'Done: move_to_shelf (shelf 3), and the device state confirms it. check_free_space returned 4 slots.',
    });
    expect(result.state.shelf).toBe(3);
    expect(device.log).toHaveLength(2);
    expect(stagesOf(progress, subtask.id)).toEqual(['received', 'mapping', 'generating', 'validating', 'starting', 'executing', 'verifying', 'done']);
  });

  it('carries the elapsed time of each stage since the first stage of the task, by the monotonic clock, beside the wall clock', async () => {
    const wall = createManualClock({ autoAdvance: true });
    let monotonic = 1000;
    // A monotonic clock finer than the wall clock: each read moves it on by a quarter of a millisecond.
    const clock = { ...wall, monotonic: () => (monotonic += 0.25) };
    const { runner, progress } = runnerFor({ clock });
    await runner.start();
    const subtask = subtaskFor('move to shelf 3 and check it for free space');
    await runner.submit(subtask);
    const elapsed = progress.filter((event) => event.id === subtask.id).map((event) => event.elapsed);
    expect(elapsed[0]).toBe(0);
    expect(elapsed).toHaveLength(8);
    for (let index = 1; index < elapsed.length; index += 1) expect(elapsed[index]!).toBeCloseTo(elapsed[index - 1]! + 0.25, 6);
  });

  it('answers a reading subtask with the value', async () => {
    const { runner } = runnerFor();
    await runner.start();
    const result = await runner.submit(subtaskFor('what is the temperature'));
    expect(result.outcome).toBe('done');
    expect(result.value).toBe(21.5);
    expect(result.message).toBe('read_temperature returned 21.5 °C.');
  });

  it('reports not_executable with candidates and never generates', async () => {
    const requests: GenerationRequest[] = [];
    const { runner } = runnerFor({ generator: recordingGenerator(requests) });
    await runner.start();
    const result = await runner.submit(subtaskFor('make coffee'));
    expect(result).toMatchObject({ outcome: 'not_executable', candidates: ['set_lamp'], error: { code: 'E_NOT_EXECUTABLE' } });
    expect(requests).toEqual([]);
  });

  it('rejects bad generated code before it runs and succeeds on a retry that sees the error', async () => {
    const requests: GenerationRequest[] = [];
    const generator: ProgramGenerator = {
      async generate(request) {
        requests.push(request);
        if (requests.length === 1) return { source: 'globalThis.process.exit(1)' };
        return { program: programFromMapping(request.mapping, robotDescription) };
      },
    };
    const { runner, device, progress } = runnerFor({ generator });
    await runner.start();
    const subtask = subtaskFor('switch the lamp on');
    const result = await runner.submit(subtask);
    expect(result.outcome).toBe('done');
    expect(requests[1]?.previousAttempts).toEqual([
      { source: 'globalThis.process.exit(1)', error: { code: 'E_PROGRAM_REJECTED', message: 'only device.<function>(...) and wait(seconds) can be called (at offset 0)' } },
    ]);
    expect(device.log).toEqual([{ function: 'set_lamp', arguments: { on: true } }]);
    expect(progress.find((event) => event.id === subtask.id && event.stage === 'generating' && event.detail)?.detail).toMatch(/^attempt 2 of 3 after: only device/);
  });

  it('refuses an argument out of range and fails after the last attempt', async () => {
    const generator: ProgramGenerator = { generate: async () => ({ program: { steps: [{ op: 'call', function: 'move_to_shelf', args: { shelf: 11 } }] } }) };
    const { runner, device } = runnerFor({ generator });
    await runner.start();
    const result = await runner.submit(subtaskFor('go to shelf 5'));
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('E_ARGUMENT_OUT_OF_RANGE');
    expect(device.log).toEqual([]);
  });

  it('catches a device that ignores a command by verification', async () => {
    const { runner, device } = runnerFor();
    device.ignoring.add('move_to_shelf');
    await runner.start();
    const result = await runner.submit(subtaskFor('go to shelf 5'));
    expect(result.outcome).toBe('failed');
    expect(result.error).toEqual({ code: 'E_VERIFICATION_FAILED', message: 'The device did not change as expected: shelf is 0, expected 5 after move_to_shelf.' });
    expect(device.called('move_to_shelf')).toBe(3);
  });

  it('lets a call in flight at the deadline finish, reports the result late, and adds no call of its own', async () => {
    const clock = createManualClock();
    const { runner, device, progress } = runnerFor({ clock });
    await runner.start();
    const held = device.hold('move_to_shelf');
    const subtask = subtaskFor('go to shelf 5', { deadline: clock.now() + 5_000 }, clock.now());
    const settled = runner.submit(subtask);
    await held.reached;
    clock.advance(5_000);
    expect(progress.at(-1)).toMatchObject({ id: subtask.id, stage: 'executing', detail: expect.stringMatching(/deadline passed/) });
    held.release();
    const result = await settled;
    expect(result.outcome).toBe('done');
    expect(device.log.map((entry) => entry.function)).toEqual(['move_to_shelf']);
    expect(device.getState().shelf).toBe(5);
  });

  it('expires a queued task whose deadline passes while it waits, and never runs it', async () => {
    const clock = createManualClock();
    const { runner, device } = runnerFor({ clock });
    await runner.start();
    const held = device.hold('move_to_shelf');
    const first = runner.submit(subtaskFor('go to shelf 5', {}, clock.now()));
    const second = runner.submit(subtaskFor('switch the lamp on', { deadline: clock.now() + 1_000 }, clock.now()));
    await held.reached;
    clock.advance(1_000);
    held.release();
    expect((await first).outcome).toBe('done');
    const expired = await second;
    expect(expired).toMatchObject({ outcome: 'failed', calls: [], error: { code: 'E_TIMEOUT', message: expect.stringMatching(/nothing was changed/) } });
    expect(device.called('set_lamp')).toBe(0);
  });

  it('queues a newer subtask behind the running one by default', async () => {
    const { runner, device } = runnerFor();
    await runner.start();
    const held = device.hold('move_to_shelf');
    const first = runner.submit(subtaskFor('go to shelf 5'));
    const second = runner.submit(subtaskFor('switch the lamp on', { policy: 'queue' }));
    await held.reached;
    expect(device.called('set_lamp')).toBe(0);
    held.release();
    expect((await first).outcome).toBe('done');
    expect((await second).outcome).toBe('done');
    expect(device.log.map((entry) => entry.function)).toEqual(['move_to_shelf', 'set_lamp']);
  });

  it('supersedes the running subtask when the newer one says so', async () => {
    const { runner, device } = runnerFor();
    await runner.start();
    const held = device.hold('move_to_shelf');
    const first = runner.submit(subtaskFor('go to shelf 5'));
    await held.reached;
    const second = runner.submit(subtaskFor('go to shelf 7', { policy: 'supersede' }));
    held.release();
    const superseded = await first;
    expect(superseded.outcome).toBe('failed');
    expect(superseded.error?.code).toBe('E_CANCELLED');
    expect(superseded.message).toMatch(/superseded by subtask/);
    expect((await second).outcome).toBe('done');
    expect(device.getState().shelf).toBe(7);
  });

  it('reuses a verified program for an equivalent subtask without generating', async () => {
    const requests: GenerationRequest[] = [];
    const { runner, progress } = runnerFor({ generator: recordingGenerator(requests) });
    await runner.start();
    await runner.submit(subtaskFor('go to shelf 5'));
    const again = subtaskFor('go to shelf 5');
    const result = await runner.submit(again);
    expect(result.outcome).toBe('done');
    expect(requests).toHaveLength(1);
    expect(progress.find((event) => event.id === again.id && event.stage === 'validating')?.detail).toBe('program reused from the experience cache');
  });

  it('invalidates cached programs when the API doc changes', async () => {
    const shared = database();
    const requests: GenerationRequest[] = [];
    const first = runnerFor({ database: shared, generator: recordingGenerator(requests) });
    await first.runner.start();
    await first.runner.submit(subtaskFor('go to shelf 5'));
    await first.runner.stop();
    const changed = new FakeDevice({ ...robotDescription, version: '1.1.0' });
    const second = runnerFor({ database: shared, driver: changed, generator: recordingGenerator(requests) });
    await second.runner.start();
    expect(new ExperienceCache(shared).size()).toBe(0);
    await second.runner.submit(subtaskFor('go to shelf 5'));
    expect(requests).toHaveLength(2);
  });

  it('waits for confirmation of a sensitive action, then runs it once confirmed', async () => {
    const { runner, device, results } = runnerFor();
    await runner.start();
    const subtask = subtaskFor('release the emergency stop');
    const settled = runner.submit(subtask);
    await vi_waitUntil(() => results.length > 0);
    expect(results[0]).toMatchObject({
      outcome: 'needs_confirmation',
      calls: [{ function: 'release_emergency_stop', arguments: {} }],
      message: 'release_emergency_stop is a sensitive action: please confirm before it runs.',
      error: { code: 'E_CONFIRMATION_REQUIRED' },
    });
    expect(device.log).toEqual([]);
    runner.submit({ ...subtask, confirmed: true });
    const result = await settled;
    expect(result.outcome).toBe('done');
    expect(device.getState().emergency_stop).toBe(false);
  });

  it('runs a sensitive action at once when the subtask arrives confirmed', async () => {
    const { runner } = runnerFor();
    await runner.start();
    const result = await runner.submit(subtaskFor('release the emergency stop', { confirmed: true }));
    expect(result.outcome).toBe('done');
  });

  it('resumes a task after the agent restarts mid-execution without repeating a completed call', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-fsm-'));
    try {
      const path = join(directory, 'agent.db');
      const device = new FakeDevice();
      const clock = createManualClock({ autoAdvance: true });
      const generator: ProgramGenerator = {
        generate: async () => ({ source: 'await device.move_to_shelf({ shelf: 3 });\nconst free = await device.check_free_space();\nreturn free;' }),
      };
      const firstDatabase = openTaskDatabase(path);
      const before = runnerFor({ driver: device, clock, generator, database: firstDatabase });
      await before.runner.start();
      const held = device.hold('check_free_space');
      const subtask = subtaskFor('move to shelf 3 and check it for free space');
      void before.runner.submit(subtask);
      await held.reached;
      // The agent dies here: its machines stop where they are and write nothing more.
      await before.runner.stop();
      firstDatabase.close();
      let resolveResumed!: (result: SubtaskResult) => void;
      const resumed = new Promise<SubtaskResult>((resolve) => (resolveResumed = resolve));
      const secondDatabase = database(path);
      const after = runnerFor({ driver: device, clock, generator, database: secondDatabase, sandbox: new Sandbox(), onResult: (result) => resolveResumed(result) });
      await after.runner.start();
      expect(after.runner.pending()).toEqual([subtask.id]);
      const result = await resumed;
      expect(result.outcome).toBe('done');
      expect(result.value).toBe(4);
      expect(device.called('move_to_shelf')).toBe(1);
      expect(after.progress.find((event) => event.id === subtask.id)?.detail).toBe('resumed after an agent restart');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('cancels a task on request', async () => {
    const { runner, device } = runnerFor();
    await runner.start();
    const held = device.hold('move_to_shelf');
    const subtask = subtaskFor('go to shelf 5');
    const settled = runner.submit(subtask);
    await held.reached;
    expect(runner.cancel(subtask.id, 'the person changed their mind')).toBe(true);
    held.release();
    const result = await settled;
    expect(result.error).toEqual({ code: 'E_CANCELLED', message: 'Cancelled: the person changed their mind' });
  });
});

/** Two runners over one database file: the first dies mid-task, the second is the restarted agent. */
async function crashAndRestart(options: {
  device: FakeDevice;
  subtask: ReturnType<typeof subtaskFor>;
  mapper?: TaskRunnerOptions['mapper'];
  generator?: ProgramGenerator;
  /** Until this resolves the first runner runs; then it dies. */
  dieWhen: (device: FakeDevice) => Promise<void>;
  clock?: ReturnType<typeof createManualClock>;
  beforeRestart?: () => void;
}): Promise<{ result: SubtaskResult; after: ReturnType<typeof runnerFor>; path: string; cleanup: () => void }> {
  const directory = mkdtempSync(join(tmpdir(), 'meshmind-fsm-'));
  const path = join(directory, 'agent.db');
  const clock = options.clock ?? createManualClock({ autoAdvance: true });
  const common = { driver: options.device, clock, ...(options.mapper ? { mapper: options.mapper } : {}), ...(options.generator ? { generator: options.generator } : {}) };
  const firstDatabase = openTaskDatabase(path);
  const before = runnerFor({ ...common, database: firstDatabase });
  await before.runner.start();
  const dying = options.dieWhen(options.device);
  void before.runner.submit(options.subtask);
  await dying;
  // The agent dies here: its machines stop where they are and write nothing more.
  await before.runner.stop();
  firstDatabase.close();
  options.beforeRestart?.();
  let resolveResult!: (result: SubtaskResult) => void;
  const finished = new Promise<SubtaskResult>((resolve) => (resolveResult = resolve));
  const after = runnerFor({ ...common, database: database(path), sandbox: new Sandbox(), onResult: (result) => resolveResult(result) });
  await after.runner.start();
  return { result: await finished, after, path, cleanup: () => rmSync(directory, { recursive: true, force: true }) };
}

const speakerMapper = fakeMapper({
  'turn it up by 10': { kind: 'call', calls: [{ function: 'volume_up', arguments: { step: 10 }, confidence: 0.9 }], candidates: ['volume_up'] },
  beep: { kind: 'call', calls: [{ function: 'beep', arguments: {}, confidence: 0.9 }], candidates: ['beep'] },
});
const sourceFor = (source: string): ProgramGenerator => ({ generate: async () => ({ source }) });

describe('TaskRunner: each device effect exactly once', () => {
  it('writes each action down, with the state before it and its idempotency key, before the device receives it', async () => {
    const shared = database();
    const store = new TaskStore(shared);
    const device = new FakeDevice();
    const subtask = subtaskFor('go to shelf 5');
    let recordedBeforeTheCall: CallIntent[] = [];
    device.onCall = () => (recordedBeforeTheCall = store.intents(subtask.id, 1));
    const { runner } = runnerFor({ driver: device, database: shared });
    await runner.start();
    expect((await runner.submit(subtask)).outcome).toBe('done');
    expect(recordedBeforeTheCall).toEqual([
      {
        sequence: 0,
        requested: { function: 'move_to_shelf', arguments: { shelf: 5 } },
        call: { function: 'move_to_shelf', arguments: { shelf: 5 } },
        targets: {},
        stateBefore: { shelf: 0, moving: false, lamp: false, emergency_stop: true },
        idempotencyKey: `${subtask.id}:1:0`,
        at: expect.any(Number),
      },
    ]);
    expect(device.keys).toEqual([`${subtask.id}:1:0`]);
    // Cleared a while after the report (journal-sweeper.ts), and at the latest when the runner stops.
    await runner.stop();
    expect(store.intents(subtask.id, 1)).toEqual([]);
  });

  it('after a crash between the device acting and the agent recording it, finds the effect on the device and does not call again', async () => {
    const device = new FakeDevice();
    const { result, cleanup } = await crashAndRestart({ device, subtask: subtaskFor('go to shelf 5'), dieWhen: (fake) => fake.hold('move_to_shelf', { afterApplying: true }).reached });
    try {
      expect(result.outcome).toBe('done');
      expect(device.called('move_to_shelf')).toBe(1);
      expect(device.getState().shelf).toBe(5);
      expect(result.calls).toEqual([{ function: 'move_to_shelf', arguments: { shelf: 5 } }]);
      expect(result.message).toContain('The agent restarted after the device had carried out a call of this task; it was not sent again.');
    } finally {
      cleanup();
    }
  });

  it('after a crash before the device acted, sends the recorded call again with the same idempotency key', async () => {
    const device = new FakeDevice();
    const subtask = subtaskFor('go to shelf 5');
    const { result, cleanup } = await crashAndRestart({ device, subtask, dieWhen: (fake) => fake.hold('move_to_shelf').reached });
    try {
      expect(result.outcome).toBe('done');
      expect(device.getState().shelf).toBe(5);
      // The first try never reached the device (it is held forever); the second carries the same key.
      expect(device.keys).toEqual([`${subtask.id}:1:0`, `${subtask.id}:1:0`]);
      expect(result.message).not.toContain('restarted');
    } finally {
      cleanup();
    }
  });

  it('turns "volume up by 10" into "set volume 30" from the state before the first call', async () => {
    const device = new FakeDevice(speakerDescription, { volume: 20 });
    const { runner } = runnerFor({ driver: device, mapper: speakerMapper, generator: sourceFor('await device.volume_up({ step: 10 });') });
    await runner.start();
    const result = await runner.submit(subtaskFor('turn it up by 10'));
    expect(result).toMatchObject({ outcome: 'done', calls: [{ function: 'set_volume', arguments: { volume: 30 } }] });
    expect(device.log).toEqual([{ function: 'set_volume', arguments: { volume: 30 } }]);
    expect(device.getState().volume).toBe(30);
  });

  it('cannot add a relative change twice when the agent dies after the device applied it', async () => {
    const device = new FakeDevice(speakerDescription, { volume: 20 });
    const { result, cleanup } = await crashAndRestart({
      device,
      subtask: subtaskFor('turn it up by 10'),
      mapper: speakerMapper,
      generator: sourceFor('await device.volume_up({ step: 10 });'),
      dieWhen: (fake) => fake.hold('set_volume', { afterApplying: true }).reached,
    });
    try {
      expect(result.outcome).toBe('done');
      expect(device.getState().volume).toBe(30);
      expect(device.log).toEqual([{ function: 'set_volume', arguments: { volume: 30 } }]);
    } finally {
      cleanup();
    }
  });

  it('answers a copy of a subtask an earlier run of the agent finished from its record, without running it again', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-fsm-'));
    try {
      const path = join(directory, 'agent.db');
      const device = new FakeDevice(speakerDescription, { volume: 20 });
      const common = { driver: device, mapper: speakerMapper, generator: sourceFor('await device.volume_up({ step: 10 });') };
      const subtask = subtaskFor('turn it up by 10');
      const firstDatabase = openTaskDatabase(path);
      const first = runnerFor({ ...common, database: firstDatabase });
      await first.runner.start();
      expect(await first.runner.submit(subtask)).toMatchObject({ outcome: 'done' });
      // The agent restarts before its report got anywhere; the coordinator sends the subtask again.
      await first.runner.stop();
      firstDatabase.close();
      const second = runnerFor({ ...common, database: database(path) });
      await second.runner.start();
      const again = await second.runner.submit(subtask);
      expect(again).toMatchObject({ outcome: 'done', calls: [{ function: 'set_volume', arguments: { volume: 30 } }] });
      expect(second.results).toEqual([again]);
      expect(device.log).toEqual([{ function: 'set_volume', arguments: { volume: 30 } }]);
      expect(device.getState().volume).toBe(30);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('forgets a finished subtask a week past its deadline, while a recent one still answers its copy from the record', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'meshmind-fsm-'));
    try {
      const path = join(directory, 'agent.db');
      const clock = createManualClock({ autoAdvance: true });
      const device = new FakeDevice(speakerDescription, { volume: 20 });
      const common = { driver: device, clock, mapper: speakerMapper, generator: sourceFor('await device.volume_up({ step: 10 });') };
      const firstDatabase = openTaskDatabase(path);
      const first = runnerFor({ ...common, database: firstDatabase });
      await first.runner.start();
      const old = subtaskFor('turn it up by 10', { deadline: clock.now() + 15_000 }, clock.now());
      expect(await first.runner.submit(old)).toMatchObject({ outcome: 'done' });
      clock.advance(FINISHED_TASK_RETENTION_MS + 60_000);
      const recent = subtaskFor('turn it up by 10', { deadline: clock.now() + 15_000 }, clock.now());
      expect(await first.runner.submit(recent)).toMatchObject({ outcome: 'done' });
      await first.runner.stop();
      firstDatabase.close();
      // The agent starts again (as it does after any restart) and prunes its record.
      const reopened = database(path);
      const second = runnerFor({ ...common, database: reopened });
      await second.runner.start();
      const store = new TaskStore(reopened);
      expect(store.load(old.id)).toBeUndefined();
      expect(store.load(recent.id)).toBeDefined();
      // A copy of the recent one is answered from the record: no second call.
      const copy = await second.runner.submit(recent);
      expect(copy).toMatchObject({ outcome: 'done', calls: [{ function: 'set_volume', arguments: { volume: 40 } }] });
      expect(device.log).toEqual([
        { function: 'set_volume', arguments: { volume: 30 } },
        { function: 'set_volume', arguments: { volume: 40 } },
      ]);
      // Even a copy of the forgotten one, arriving far beyond any re-send, is past its deadline and not run.
      expect(await second.runner.submit(old)).toMatchObject({ outcome: 'failed', calls: [], error: { code: 'E_TIMEOUT', message: expect.stringMatching(/nothing was changed/) } });
      expect(device.log).toHaveLength(2);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('answers a copy of a subtask it finished in this run from the record, without running it again', async () => {
    const device = new FakeDevice(speakerDescription, { volume: 20 });
    const { runner } = runnerFor({ driver: device, database: database(), mapper: speakerMapper, generator: sourceFor('await device.volume_up({ step: 10 });') });
    await runner.start();
    const subtask = subtaskFor('turn it up by 10');
    expect(await runner.submit(subtask)).toMatchObject({ outcome: 'done' });
    expect(await runner.submit(subtask)).toMatchObject({ outcome: 'done', calls: [{ function: 'set_volume', arguments: { volume: 30 } }] });
    expect(device.log).toEqual([{ function: 'set_volume', arguments: { volume: 30 } }]);
    await runner.stop();
  });

  it('refuses a record retention shorter than the horizon of subtask copies', () => {
    expect(() => runnerFor({ finishedRetentionMs: 60_000 })).toThrow(/E_CONFIG_INVALID|at least/);
  });

  it('does not send again a call whose effect the state cannot show, and says so', async () => {
    const device = new FakeDevice(speakerDescription, { volume: 20 });
    const { result, cleanup } = await crashAndRestart({
      device,
      subtask: subtaskFor('beep'),
      mapper: speakerMapper,
      generator: sourceFor('await device.beep({});'),
      dieWhen: (fake) => fake.hold('beep', { afterApplying: true }).reached,
    });
    try {
      expect(result.outcome).toBe('done');
      expect(device.called('beep')).toBe(1);
      expect(result.message).toContain("The agent restarted during beep; the device's state cannot show whether it went through, so it was not sent again.");
    } finally {
      cleanup();
    }
  });

  it('sends such a call again, with its first key, to a driver that honours idempotency keys', async () => {
    const device = new FakeDevice(speakerDescription, { volume: 20 });
    device.honoursIdempotencyKey = true;
    const subtask = subtaskFor('beep');
    const { result, cleanup } = await crashAndRestart({
      device,
      subtask,
      mapper: speakerMapper,
      generator: sourceFor('await device.beep({});'),
      dieWhen: (fake) => fake.hold('beep', { afterApplying: true }).reached,
    });
    try {
      expect(result.outcome).toBe('done');
      expect(device.keys).toEqual([`${subtask.id}:1:0`, `${subtask.id}:1:0`]);
    } finally {
      cleanup();
    }
  });

  it('expires a task resumed after its deadline that had not started executing, without touching the device', async () => {
    const clock = createManualClock();
    const device = new FakeDevice();
    const subtask = subtaskFor('go to shelf 5', { deadline: clock.now() + 10_000 }, clock.now());
    let mapped!: () => void;
    const mapping = new Promise<void>((resolve) => (mapped = resolve));
    const stuck: TaskRunnerOptions['mapper'] = {
      map: () => {
        mapped();
        return new Promise(() => undefined);
      },
    };
    const { result, cleanup } = await crashAndRestart({
      device,
      subtask,
      clock,
      mapper: stuck,
      dieWhen: () => mapping,
      // The agent stays down past the deadline; the restarted one maps at once.
      beforeRestart: () => clock.advance(60_000),
    });
    try {
      expect(result).toMatchObject({ outcome: 'failed', error: { code: 'E_TIMEOUT', message: expect.stringMatching(/nothing was changed/) } });
      expect(device.log).toEqual([]);
    } finally {
      cleanup();
    }
  });
});

async function vi_waitUntil(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !condition(); turn += 1) await new Promise((resolve) => setImmediate(resolve));
  if (!condition()) throw new Error('condition never held');
}
