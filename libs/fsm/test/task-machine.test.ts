import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { MeshmindError, type GeneratedProgram, type MappingResult } from '@meshmind/protocol';
import {
  taskMachine,
  type ExecutionOutcome,
  type GenerateStageInput,
  type GenerateStageOutput,
  type PreparedProgram,
  type TaskMachine,
  type VerificationOutcome,
} from '@meshmind/fsm';
import { MAPPINGS, subtaskFor } from './helpers/fake-device';

const prepared: PreparedProgram = { source: 'await device.stop({});', functions: ['stop'], sensitive: [], plannedCalls: [{ function: 'stop', arguments: {} }] };
const sensitivePrepared: PreparedProgram = { ...prepared, functions: ['release_emergency_stop'], sensitive: ['release_emergency_stop'] };
const execution: ExecutionOutcome = { calls: [{ function: 'stop', arguments: {} }], replayedCalls: 0 };
const verified: VerificationOutcome = { ok: true, state: { moving: false } };
const mismatch: VerificationOutcome = { ok: false, state: { moving: true }, differences: [{ key: 'moving', function: 'stop', expected: false, actual: true }] };

interface Script {
  generate?: Array<() => unknown>;
  validate?: Array<() => PreparedProgram>;
  verify?: Array<() => VerificationOutcome>;
  mapping?: unknown;
  executeHangs?: boolean;
  /** Execution waits for this promise (a slow device). */
  executeUntil?: Promise<void>;
  /** What the clock says at the starting gate: false once the deadline has passed. */
  inTime?: boolean;
  /** Counts runs of the execute stage. */
  executions?: { count: number };
}

/** Stage actors answering from a script, so each test walks one path through the machine. */
function scripted(script: Script = {}): TaskMachine {
  const generate = [...(script.generate ?? [() => ({ program: { steps: [] } })])];
  const validate = [...(script.validate ?? [() => prepared])];
  const verify = [...(script.verify ?? [() => verified])];
  const next = <T>(queue: Array<() => T>): T => (queue.length > 1 ? (queue.shift() as () => T)() : (queue[0] as () => T)());
  return taskMachine.provide({
    actors: {
      map: fromPromise(async () => (script.mapping ?? MAPPINGS['switch the lamp on']) as MappingResult),
      generate: fromPromise<GenerateStageOutput, GenerateStageInput>(async () => ({ generated: next(generate) as GeneratedProgram, origin: 'engine' })),
      validate: fromPromise(async () => next(validate)),
      admit: fromPromise(async () => ({ inTime: script.inTime ?? true })),
      execute: fromPromise(async () => {
        if (script.executions) script.executions.count += 1;
        if (script.executeHangs) return new Promise<ExecutionOutcome>(() => undefined);
        await script.executeUntil;
        return execution;
      }),
      verify: fromPromise(async () => next(verify)),
    },
  });
}

function start(machine: TaskMachine, overrides = {}) {
  const actor = createActor(machine, { input: { subtask: subtaskFor('switch the lamp on', overrides), deviceId: 'robot-1' } });
  const visited: string[] = [];
  actor.subscribe((snapshot) => {
    if (visited.at(-1) !== snapshot.value) visited.push(snapshot.value as string);
  });
  actor.start();
  return { actor, visited };
}

const fail = (code: 'E_PROGRAM_REJECTED' | 'E_BACKEND_UNREACHABLE') => () => {
  throw new MeshmindError(code, `${code} on purpose`);
};

describe('taskMachine', () => {
  it('walks received -> mapping -> generating -> validating -> starting -> executing -> verifying -> done', async () => {
    const { actor, visited } = start(scripted());
    expect(actor.getSnapshot().value).toBe('received');
    actor.send({ type: 'task.started' });
    await waitFor(actor, (snapshot) => snapshot.status === 'done');
    expect(visited).toEqual(['received', 'mapping', 'generating', 'validating', 'starting', 'executing', 'verifying', 'done']);
  });

  it('ends in notExecutable with the reason and candidates', async () => {
    const { actor } = start(scripted({ mapping: MAPPINGS['make coffee'] }));
    actor.send({ type: 'task.started' });
    const snapshot = await waitFor(actor, (next) => next.status === 'done');
    expect(snapshot.value).toBe('notExecutable');
    expect(snapshot.context.reason).toBe('the robot has no function that makes coffee');
    expect(snapshot.context.candidates).toEqual(['set_lamp']);
  });

  it('feeds a rejected program back to the generator and succeeds on the retry', async () => {
    const { actor, visited } = start(scripted({ validate: [fail('E_PROGRAM_REJECTED') as () => PreparedProgram, () => prepared] }));
    actor.send({ type: 'task.started' });
    const snapshot = await waitFor(actor, (next) => next.status === 'done');
    expect(snapshot.value).toBe('done');
    expect(snapshot.context.attempt).toBe(2);
    expect(snapshot.context.previousAttempts).toEqual([{ program: { steps: [] }, error: { code: 'E_PROGRAM_REJECTED', message: 'E_PROGRAM_REJECTED on purpose' } }]);
    expect(visited).toEqual(['received', 'mapping', 'generating', 'validating', 'generating', 'validating', 'starting', 'executing', 'verifying', 'done']);
  });

  it('fails after the last attempt with the last error', async () => {
    const { actor } = start(scripted({ generate: [fail('E_BACKEND_UNREACHABLE')] }));
    actor.send({ type: 'task.started' });
    const snapshot = await waitFor(actor, (next) => next.status === 'done');
    expect(snapshot.value).toBe('failed');
    expect(snapshot.context.attempt).toBe(3);
    expect(snapshot.context.error?.code).toBe('E_BACKEND_UNREACHABLE');
  });

  it('re-runs the program when verification fails, then fails with what differs', async () => {
    const { actor, visited } = start(scripted({ verify: [() => mismatch] }));
    actor.send({ type: 'task.started' });
    const snapshot = await waitFor(actor, (next) => next.status === 'done');
    expect(snapshot.value).toBe('failed');
    expect(snapshot.context.error).toEqual({ code: 'E_VERIFICATION_FAILED', message: 'The device did not change as expected: moving is true, expected false after stop.' });
    expect(visited.filter((state) => state === 'executing')).toHaveLength(3);
  });

  it('waits for confirmation before a sensitive program runs', async () => {
    const { actor } = start(scripted({ validate: [() => sensitivePrepared] }));
    actor.send({ type: 'task.started' });
    await waitFor(actor, (next) => next.value === 'awaitingConfirmation');
    actor.send({ type: 'confirmation.given' });
    const snapshot = await waitFor(actor, (next) => next.status === 'done');
    expect(snapshot.value).toBe('done');
    expect(snapshot.context.confirmed).toBe(true);
  });

  it('ends cancelled when the person declines', async () => {
    const { actor } = start(scripted({ validate: [() => sensitivePrepared] }));
    actor.send({ type: 'task.started' });
    await waitFor(actor, (next) => next.value === 'awaitingConfirmation');
    actor.send({ type: 'confirmation.refused', reason: 'not now' });
    expect(actor.getSnapshot().value).toBe('cancelled');
    expect(actor.getSnapshot().context.error?.message).toBe('Cancelled: not now');
  });

  it('expires a task whose deadline passes before it starts executing, and never executes it', async () => {
    const executions = { count: 0 };
    const { actor, visited } = start(scripted({ executions }));
    actor.send({ type: 'task.started' });
    actor.send({ type: 'deadline.expired' });
    const snapshot = await waitFor(actor, (next) => next.status === 'done');
    expect(visited).toEqual(['received', 'mapping', 'expired']);
    expect(snapshot.context.error).toEqual({ code: 'E_TIMEOUT', message: 'Not done: the deadline passed before the device was asked to do anything, so nothing was changed.' });
    expect(executions.count).toBe(0);
  });

  it('expires at the starting gate when the clock says the deadline has passed, before any execution', async () => {
    const executions = { count: 0 };
    const { actor, visited } = start(scripted({ inTime: false, executions }));
    actor.send({ type: 'task.started' });
    await waitFor(actor, (next) => next.status === 'done');
    expect(visited.slice(-2)).toEqual(['starting', 'expired']);
    expect(executions.count).toBe(0);
  });

  it('lets a run already executing at its deadline finish and marks it overran, with no stage added', async () => {
    let release!: () => void;
    const { actor, visited } = start(scripted({ executeUntil: new Promise((resolve) => (release = resolve)) }));
    actor.send({ type: 'task.started' });
    await waitFor(actor, (next) => next.value === 'executing');
    actor.send({ type: 'deadline.expired' });
    expect(actor.getSnapshot().value).toBe('executing');
    expect(actor.getSnapshot().context.overran).toBe(true);
    release();
    const snapshot = await waitFor(actor, (next) => next.status === 'done');
    expect(snapshot.value).toBe('done');
    expect(visited.slice(-3)).toEqual(['executing', 'verifying', 'done']);
  });

  it('does not retry a run that overran its deadline when verification fails', async () => {
    let release!: () => void;
    const executions = { count: 0 };
    const { actor } = start(scripted({ verify: [() => mismatch], executeUntil: new Promise((resolve) => (release = resolve)), executions }));
    actor.send({ type: 'task.started' });
    await waitFor(actor, (next) => next.value === 'executing');
    actor.send({ type: 'deadline.expired' });
    release();
    const snapshot = await waitFor(actor, (next) => next.status === 'done');
    expect(snapshot.value).toBe('failed');
    expect(snapshot.context.error?.code).toBe('E_VERIFICATION_FAILED');
    expect(executions.count).toBe(1);
  });

  it('ends cancelled at once when cancelled during execution, with no stage that could call the device', async () => {
    const { actor, visited } = start(scripted({ executeHangs: true }));
    actor.send({ type: 'task.started' });
    await waitFor(actor, (next) => next.value === 'executing');
    actor.send({ type: 'task.cancelled', reason: 'superseded' });
    expect(actor.getSnapshot().value).toBe('cancelled');
    expect(visited.slice(-2)).toEqual(['executing', 'cancelled']);
  });

  it('cancels a queued task without running anything', () => {
    const { actor } = start(scripted());
    actor.send({ type: 'task.cancelled', reason: 'superseded by subtask 9' });
    expect(actor.getSnapshot().value).toBe('cancelled');
  });

  it('survives a JSON round trip of its persisted snapshot in every state', async () => {
    let release!: () => void;
    const executeUntil = new Promise<void>((resolve) => (release = resolve));
    const { actor } = start(scripted({ validate: [() => sensitivePrepared], executeUntil }));
    const seen = new Set<string>();
    const check = () => {
      const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
      const restored = createActor(scripted({ validate: [() => sensitivePrepared], executeHangs: true }), { snapshot: persisted, input: undefined as never });
      expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
      expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
      seen.add(actor.getSnapshot().value as string);
    };
    actor.subscribe(check);
    check();
    actor.send({ type: 'task.started' });
    await waitFor(actor, (next) => next.value === 'awaitingConfirmation');
    actor.send({ type: 'confirmation.given' });
    await waitFor(actor, (next) => next.value === 'executing');
    actor.send({ type: 'deadline.expired' });
    release();
    await waitFor(actor, (next) => next.status === 'done');
    expect([...seen]).toEqual(['received', 'mapping', 'generating', 'validating', 'awaitingConfirmation', 'starting', 'executing', 'verifying', 'done']);
  });

  it('re-runs an interrupted stage after rehydration', async () => {
    let generations = 0;
    const hanging = taskMachine.provide({
      actors: {
        map: fromPromise(async () => MAPPINGS['switch the lamp on'] as MappingResult),
        generate: fromPromise<GenerateStageOutput, GenerateStageInput>(() => new Promise(() => undefined)),
      },
    });
    const { actor } = start(hanging);
    actor.send({ type: 'task.started' });
    await waitFor(actor, (next) => next.value === 'generating');
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const machine = scripted({
      generate: [
        () => {
          generations += 1;
          return { program: { steps: [] } };
        },
      ],
    });
    const resumed = createActor(machine, { snapshot: persisted, input: undefined as never });
    resumed.start();
    const snapshot = await waitFor(resumed, (next) => next.status === 'done');
    expect(snapshot.value).toBe('done');
    expect(generations).toBe(1);
  });
});
