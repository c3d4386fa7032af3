import { assign, fromPromise, setup, type StateValueFrom } from 'xstate';
import {
  MeshmindError,
  toMeshmindError,
  type CallMapping,
  type ErrorBody,
  type ErrorCode,
  type GeneratedProgram,
  type MappingResult,
  type PreviousAttempt,
  type SubtaskRequest,
} from '@meshmind/protocol';
import { describeDifferences } from './verification';
import type { ExecutionOutcome, PreparedProgram, VerificationOutcome } from './types';

/**
 * One subtask on one device, as data:
 * [ready ->] received -> mapping -> generating -> validating -> [awaitingConfirmation] -> starting -> executing -> verifying -> done,
 * with failed, notExecutable, cancelled and expired as the other ends. All I/O sits in the named
 * actors, which the agent (or TaskRunner) provides with `.provide({ actors })`. The deadline is an
 * absolute time in context; whoever runs the actor sends `deadline.expired` (timers do not survive
 * a restart), and `starting` asks the clock once more right before the device is touched.
 *
 * Deadlines are honest: a task that has not started executing by its deadline ends `expired` and
 * never runs later. One already executing is not stopped half way (that would leave the device in
 * a state nobody asked for); it finishes, is not retried, and its result reports that it was late.
 * Nothing here ever calls the device on its own account: a timeout or a cancel adds no call.
 *
 * An actor made without a subtask waits in 'ready' until 'task.assigned' hands it one: the runner
 * makes and starts it while the device is idle, so a subtask's arrival only hands it over (making an
 * actor, its system and its first snapshot took about half of the agent's arrival-to-first-stage).
 * 'ready' is never persisted (nobody watches the actor until it is handed its subtask); an actor
 * made with a subtask starts in 'received', as before.
 */

/** Stored with every persisted snapshot; bump when states or context change shape. */
export const TASK_MACHINE_VERSION = 2;
export const DEFAULT_MAX_ATTEMPTS = 3;

export interface TaskMachineInput {
  /** Absent for an actor made ready before its subtask: it waits in 'ready' for 'task.assigned'. */
  subtask?: SubtaskRequest;
  deviceId: string;
  maxAttempts?: number;
}

export interface TaskContext {
  /** Set in every state but 'ready', where nothing reads it. */
  subtask: SubtaskRequest;
  deviceId: string;
  /** Absolute epoch milliseconds (from the subtask). */
  deadline: number;
  maxAttempts: number;
  /** 1-based; every retry (new program or re-run after a failed verification) counts. */
  attempt: number;
  confirmed: boolean;
  mapping: CallMapping | null;
  candidates: string[];
  generated: GeneratedProgram | null;
  origin: 'cache' | 'engine' | null;
  prepared: PreparedProgram | null;
  previousAttempts: PreviousAttempt[];
  execution: ExecutionOutcome | null;
  verification: VerificationOutcome | null;
  error: ErrorBody | null;
  /** Why the subtask was not executable, or who cancelled it. */
  reason: string | null;
  /** The deadline passed while the program was executing or being verified: it finishes late, without retries. */
  overran: boolean;
}

export type TaskEvent =
  | { type: 'task.assigned'; subtask: SubtaskRequest }
  | { type: 'task.started' }
  | { type: 'task.cancelled'; reason: string }
  | { type: 'deadline.expired' }
  | { type: 'confirmation.given' }
  | { type: 'confirmation.refused'; reason?: string };

export interface MapStageInput {
  subtask: SubtaskRequest;
}
export interface GenerateStageInput {
  subtask: SubtaskRequest;
  mapping: CallMapping;
  previousAttempts: PreviousAttempt[];
  attempt: number;
}
export interface GenerateStageOutput {
  generated: GeneratedProgram;
  origin: 'cache' | 'engine';
}
export interface ValidateStageInput {
  generated: GeneratedProgram;
}
export interface ExecuteStageInput {
  taskId: string;
  attempt: number;
  prepared: PreparedProgram;
  confirmed: boolean;
  deadline: number;
}
export interface VerifyStageInput {
  taskId: string;
  attempt: number;
  execution: ExecutionOutcome;
}
export interface AdmitStageInput {
  taskId: string;
  attempt: number;
  deadline: number;
}
/** Whether a run may still start: the deadline has not passed. */
export interface AdmitStageOutput {
  inTime: boolean;
}

function notProvided(stage: string): never {
  throw new MeshmindError('E_INTERNAL', `the task machine's '${stage}' actor was not provided`);
}

/** Errors that another attempt cannot fix. */
const FINAL_ERROR_CODES = new Set<ErrorCode>(['E_CANCELLED', 'E_CONFIRMATION_REQUIRED', 'E_TIMEOUT']);

function errorBody(error: unknown): ErrorBody {
  return toMeshmindError(error).toBody();
}

export const taskMachine = setup({
  types: {
    context: {} as TaskContext,
    input: {} as TaskMachineInput,
    events: {} as TaskEvent,
  },
  actors: {
    map: fromPromise<MappingResult, MapStageInput>(async () => notProvided('map')),
    generate: fromPromise<GenerateStageOutput, GenerateStageInput>(async () => notProvided('generate')),
    validate: fromPromise<PreparedProgram, ValidateStageInput>(async () => notProvided('validate')),
    execute: fromPromise<ExecutionOutcome, ExecuteStageInput>(async () => notProvided('execute')),
    verify: fromPromise<VerificationOutcome, VerifyStageInput>(async () => notProvided('verify')),
    admit: fromPromise<AdmitStageOutput, AdmitStageInput>(async () => notProvided('admit')),
  },
  guards: {
    hasSubtask: ({ context }) => context.subtask !== undefined,
    isNotExecutable: (_, params: { mapping: MappingResult }) => params.mapping.kind === 'not_executable',
    canRetry: ({ context }, params: { error: unknown }) =>
      context.attempt < context.maxAttempts && !context.overran && !FINAL_ERROR_CODES.has(toMeshmindError(params.error).code),
    canRetryVerification: ({ context }) => context.attempt < context.maxAttempts && !context.overran,
    inTime: (_, params: { admission: AdmitStageOutput }) => params.admission.inTime,
    needsConfirmation: ({ context }, params: { prepared: PreparedProgram }) => params.prepared.sensitive.length > 0 && !context.confirmed,
    verified: (_, params: { verification: VerificationOutcome }) => params.verification.ok,
  },
  actions: {
    /** What the context takes from its subtask, as the context's factory takes it from an input that has one. */
    assignSubtask: assign((_, params: { subtask: SubtaskRequest }) => ({ subtask: params.subtask, deadline: params.subtask.deadline, confirmed: params.subtask.confirmed === true })),
    recordMapping: assign((_, params: { mapping: MappingResult }) =>
      params.mapping.kind === 'call'
        ? { mapping: params.mapping, candidates: params.mapping.candidates }
        : { candidates: params.mapping.candidates, reason: params.mapping.reason },
    ),
    recordGenerated: assign((_, params: { output: GenerateStageOutput }) => ({ generated: params.output.generated, origin: params.output.origin })),
    recordPrepared: assign((_, params: { prepared: PreparedProgram }) => ({ prepared: params.prepared })),
    recordExecution: assign((_, params: { execution: ExecutionOutcome }) => ({ execution: params.execution })),
    recordVerification: assign((_, params: { verification: VerificationOutcome }) => ({ verification: params.verification })),
    /** The failure goes into `previousAttempts`, which the generator sees on its next try. */
    recordFailedAttempt: assign(({ context }, params: { error: unknown }) => {
      const attempt: PreviousAttempt = { error: errorBody(params.error) };
      if (context.generated?.program !== undefined) attempt.program = context.generated.program;
      if (context.generated?.source !== undefined) attempt.source = context.generated.source;
      return {
        attempt: context.attempt + 1,
        previousAttempts: [...context.previousAttempts, attempt],
        generated: null,
        origin: null,
        prepared: null,
        execution: null,
      };
    }),
    recordFailedVerification: assign(({ context }, params: { verification: VerificationOutcome }) => ({
      attempt: context.attempt + 1,
      verification: params.verification,
      previousAttempts: [
        ...context.previousAttempts,
        { error: verificationError(params.verification).toBody(), ...(context.generated?.program === undefined ? {} : { program: context.generated.program }) },
      ],
    })),
    recordError: assign((_, params: { error: unknown }) => ({ error: errorBody(params.error) })),
    recordVerificationError: assign((_, params: { verification: VerificationOutcome }) => ({
      verification: params.verification,
      error: verificationError(params.verification).toBody(),
    })),
    recordCancellation: assign((_, params: { reason: string }) => ({
      reason: params.reason,
      error: { code: 'E_CANCELLED' as const, message: `Cancelled: ${params.reason}` },
    })),
    recordExpiry: assign(({ context }) => ({
      error: {
        code: 'E_TIMEOUT' as const,
        message:
          context.previousAttempts.length === 0
            ? 'Not done: the deadline passed before the device was asked to do anything, so nothing was changed.'
            : `Not done: the deadline passed before another attempt could start, so it was not tried again (the last attempt failed: ${context.previousAttempts.at(-1)?.error.message ?? 'an error'}).`,
      },
    })),
    recordOverrun: assign({ overran: true }),
    recordConfirmation: assign({ confirmed: true }),
  },
}).createMachine({
  id: 'task',
  initial: 'ready',
  context: ({ input }) => ({
    // A ready actor's (no subtask) are replaced when it is handed one; 'ready' is never persisted.
    subtask: input.subtask as SubtaskRequest,
    deviceId: input.deviceId,
    deadline: input.subtask?.deadline ?? 0,
    maxAttempts: Math.max(1, input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
    attempt: 1,
    confirmed: input.subtask?.confirmed === true,
    mapping: null,
    candidates: [],
    generated: null,
    origin: null,
    prepared: null,
    previousAttempts: [],
    execution: null,
    verification: null,
    error: null,
    reason: null,
    overran: false,
  }),
  // Until the program runs, stopping leaves nothing to undo on the device.
  on: {
    'task.cancelled': { target: '.cancelled', actions: { type: 'recordCancellation', params: ({ event }) => ({ reason: event.reason }) } },
    'deadline.expired': { target: '.expired', actions: 'recordExpiry' },
  },
  states: {
    /** Made before its subtask (see above); one made with a subtask passes straight on. */
    ready: {
      always: { guard: 'hasSubtask', target: 'received' },
      on: { 'task.assigned': { target: 'received', actions: { type: 'assignSubtask', params: ({ event }) => ({ subtask: event.subtask }) } } },
    },
    /** Waiting for its turn on the device (the runner's queue). */
    received: {
      on: { 'task.started': 'mapping' },
    },
    mapping: {
      invoke: {
        src: 'map',
        input: ({ context }) => ({ subtask: context.subtask }),
        onDone: [
          {
            guard: { type: 'isNotExecutable', params: ({ event }) => ({ mapping: event.output }) },
            target: 'notExecutable',
            actions: { type: 'recordMapping', params: ({ event }) => ({ mapping: event.output }) },
          },
          { target: 'generating', actions: { type: 'recordMapping', params: ({ event }) => ({ mapping: event.output }) } },
        ],
        onError: { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    generating: {
      invoke: {
        src: 'generate',
        input: ({ context }) => ({
          subtask: context.subtask,
          mapping: context.mapping as CallMapping,
          previousAttempts: context.previousAttempts,
          attempt: context.attempt,
        }),
        onDone: { target: 'validating', actions: { type: 'recordGenerated', params: ({ event }) => ({ output: event.output }) } },
        onError: [
          {
            guard: { type: 'canRetry', params: ({ event }) => ({ error: event.error }) },
            target: 'generating',
            reenter: true,
            actions: { type: 'recordFailedAttempt', params: ({ event }) => ({ error: event.error }) },
          },
          { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
        ],
      },
    },
    validating: {
      invoke: {
        src: 'validate',
        input: ({ context }) => ({ generated: context.generated as GeneratedProgram }),
        onDone: [
          {
            guard: { type: 'needsConfirmation', params: ({ event }) => ({ prepared: event.output }) },
            target: 'awaitingConfirmation',
            actions: { type: 'recordPrepared', params: ({ event }) => ({ prepared: event.output }) },
          },
          { target: 'starting', actions: { type: 'recordPrepared', params: ({ event }) => ({ prepared: event.output }) } },
        ],
        onError: [
          {
            guard: { type: 'canRetry', params: ({ event }) => ({ error: event.error }) },
            target: 'generating',
            actions: { type: 'recordFailedAttempt', params: ({ event }) => ({ error: event.error }) },
          },
          { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
        ],
      },
    },
    /** A sensitive call is planned: nothing runs until the person says yes. */
    awaitingConfirmation: {
      on: {
        'confirmation.given': { target: 'starting', actions: 'recordConfirmation' },
        'confirmation.refused': {
          target: 'cancelled',
          actions: { type: 'recordCancellation', params: ({ event }) => ({ reason: event.reason ?? 'the person did not confirm' }) },
        },
      },
    },
    /** The last look at the clock before the device is touched: a run never starts after the deadline. */
    starting: {
      invoke: {
        src: 'admit',
        input: ({ context }) => ({ taskId: context.subtask.id, attempt: context.attempt, deadline: context.deadline }),
        onDone: [
          { guard: { type: 'inTime', params: ({ event }) => ({ admission: event.output }) }, target: 'executing' },
          { target: 'expired', actions: 'recordExpiry' },
        ],
        onError: { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    executing: {
      invoke: {
        src: 'execute',
        input: ({ context }) => ({
          taskId: context.subtask.id,
          attempt: context.attempt,
          prepared: context.prepared as PreparedProgram,
          confirmed: context.confirmed,
          deadline: context.deadline,
        }),
        onDone: { target: 'verifying', actions: { type: 'recordExecution', params: ({ event }) => ({ execution: event.output }) } },
        onError: [
          {
            guard: { type: 'canRetry', params: ({ event }) => ({ error: event.error }) },
            target: 'generating',
            actions: { type: 'recordFailedAttempt', params: ({ event }) => ({ error: event.error }) },
          },
          { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
        ],
      },
      // A person's cancel stops the program between calls (no call is added); the deadline does not.
      on: {
        'task.cancelled': { target: 'cancelled', actions: { type: 'recordCancellation', params: ({ event }) => ({ reason: event.reason }) } },
        'deadline.expired': { actions: 'recordOverrun' },
      },
    },
    verifying: {
      invoke: {
        src: 'verify',
        input: ({ context }) => ({ taskId: context.subtask.id, attempt: context.attempt, execution: context.execution as ExecutionOutcome }),
        onDone: [
          {
            guard: { type: 'verified', params: ({ event }) => ({ verification: event.output }) },
            target: 'done',
            actions: { type: 'recordVerification', params: ({ event }) => ({ verification: event.output }) },
          },
          // The program was right and the device did not comply: run the same program again.
          {
            guard: 'canRetryVerification',
            target: 'starting',
            actions: { type: 'recordFailedVerification', params: ({ event }) => ({ verification: event.output }) },
          },
          { target: 'failed', actions: { type: 'recordVerificationError', params: ({ event }) => ({ verification: event.output }) } },
        ],
        onError: { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) } },
      },
      on: {
        'task.cancelled': { target: 'cancelled', actions: { type: 'recordCancellation', params: ({ event }) => ({ reason: event.reason }) } },
        'deadline.expired': { actions: 'recordOverrun' },
      },
    },
    done: { type: 'final' },
    failed: { type: 'final' },
    notExecutable: { type: 'final' },
    cancelled: { type: 'final' },
    /** The deadline passed before the run started: nothing was sent to the device. */
    expired: { type: 'final' },
  },
});

export type TaskMachine = typeof taskMachine;
export type TaskStateName = StateValueFrom<TaskMachine> & string;

function verificationError(verification: VerificationOutcome): MeshmindError {
  const differences = verification.ok ? [] : verification.differences;
  return new MeshmindError('E_VERIFICATION_FAILED', `The device did not change as expected: ${describeDifferences(differences)}.`);
}
