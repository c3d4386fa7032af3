import type { QuickJSAsyncContext, QuickJSAsyncWASMModule, QuickJSHandle } from 'quickjs-emscripten';
import {
  MeshmindError,
  isMeshmindError,
  toMeshmindError,
  validateCallArguments,
  type ApiCallRecord,
  type DeviceDescription,
  type JsonValue,
} from '@meshmind/protocol';
import type { Clock } from './clock';
import { alreadyThere, reconcileIntent, resolveCall, sameCall } from './call-intent';
import { processSandboxModules, type SandboxModulePool } from './sandbox-module-pool';
import { checkSource } from './source-checker';
import type { CallIntent, ExecutionOutcome, RequestedCall, TaskDeviceDriver } from './types';

/**
 * Runs device programs in QuickJS (WebAssembly): no ambient I/O exists in there, and the only
 * host objects are `device` (whose methods validate their arguments against the API doc and
 * call the driver) and `wait` (through the injected clock). Time and memory are bounded.
 */

export interface SandboxLimits {
  /** Interpreter time, not counting device calls and waits. */
  cpuTimeMs: number;
  memoryBytes: number;
  stackBytes: number;
  /** Device calls per run; bounds what a loop can do to the device. */
  maxCalls: number;
  /** Total seconds a run may wait. */
  maxWaitSeconds: number;
}

/** CPU time this process has used, all threads, in milliseconds. */
function processCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = {
  cpuTimeMs: 500,
  memoryBytes: 16 * 1024 * 1024,
  stackBytes: 256 * 1024,
  maxCalls: 64,
  maxWaitSeconds: 900,
};

export interface SandboxRunOptions {
  driver: TaskDeviceDriver;
  clock: Clock;
  /** Whether the person confirmed this task's sensitive calls. */
  confirmed: boolean;
  signal?: AbortSignal;
  limits?: Partial<SandboxLimits>;
  /**
   * Calls an interrupted run of the same program already made, in order. While the program makes
   * the same calls again they are answered from here and not sent to the device (and the waits
   * between them are skipped), so a restart never repeats a completed device call.
   */
  journal?: ApiCallRecord[];
  /**
   * Write-ahead records of the interrupted run, by call index. A recorded action without a journal
   * entry was perhaps sent: the device state decides whether it is sent again (see reconcileIntent).
   */
  intents?: CallIntent[];
  /**
   * Called before each device action is sent, with its absolute form and the state before it; must
   * persist it before returning. Queries are not recorded: reading twice changes nothing.
   */
  onIntent?: (intent: CallIntent) => void;
  /** Called after each device call completes, before the program continues: persist it here. */
  onCall?: (call: ApiCallRecord, index: number) => void;
  /** Prefix of each call's idempotency key, `<task id>:<attempt>`; the key adds `:<call index>`. */
  idempotencyKeyPrefix?: string;
}

function toGuest(context: QuickJSAsyncContext, value: unknown): QuickJSHandle {
  if (value === undefined) return context.undefined;
  if (value === null) return context.null;
  if (typeof value === 'boolean') return value ? context.true : context.false;
  if (typeof value === 'number') return context.newNumber(value);
  if (typeof value === 'string') return context.newString(value);
  if (Array.isArray(value)) {
    const array = context.newArray();
    value.forEach((item, index) => {
      const handle = toGuest(context, item);
      context.setProp(array, index, handle);
      if (handle.owner !== undefined && handle.alive) handle.dispose();
    });
    return array;
  }
  const object = context.newObject();
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const handle = toGuest(context, item);
    context.setProp(object, key, handle);
    if (handle.owner !== undefined && handle.alive) handle.dispose();
  }
  return object;
}

function guestErrorToMeshmind(dumped: unknown): MeshmindError {
  const message = typeof dumped === 'object' && dumped !== null && 'message' in dumped ? String((dumped as { message: unknown }).message) : String(dumped);
  if (/interrupted|out of memory|stack overflow|string too long|invalid array length/i.test(message)) {
    return new MeshmindError('E_SANDBOX_LIMIT', `the program was stopped by the sandbox: ${message}`);
  }
  return new MeshmindError('E_PROGRAM_FAILED', `the program threw: ${message}`);
}

export interface SandboxOptions {
  /** Where runs borrow their QuickJS module. Default: the process's pool, shared by all its agents. */
  modules?: SandboxModulePool;
}

/**
 * Runs one program at a time, each in a fresh QuickJS runtime and context on a module borrowed from
 * a pool for that run (asyncify allows a single suspended host call per module). A module whose
 * runtime fails to clean up is not given back for reuse.
 */
export class Sandbox {
  private readonly modules: SandboxModulePool;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: SandboxOptions = {}) {
    this.modules = options.modules ?? processSandboxModules;
  }

  /** Checks `source` with the allow-list, then runs it. */
  run(source: string, options: SandboxRunOptions): Promise<ExecutionOutcome> {
    const checked = checkSource(source, options.driver.description);
    if (!checked.ok) return Promise.reject(checked.error);
    return this.runUnchecked(checked.value.executable, options);
  }

  /**
   * Runs code with no static check. Only for code that already passed `checkSource` (its
   * `executable`) and for tests that probe the sandbox itself.
   */
  runUnchecked(executable: string, options: SandboxRunOptions): Promise<ExecutionOutcome> {
    const next = this.queue.then(() => this.execute(executable, options));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async execute(executable: string, options: SandboxRunOptions): Promise<ExecutionOutcome> {
    if (options.signal?.aborted) throw new MeshmindError('E_CANCELLED', 'the task was stopped before its program ran');
    const module = await this.modules.acquire();
    const loan = { reusable: false };
    try {
      return await this.executeOn(module, loan, executable, options);
    } finally {
      this.modules.release(module, loan.reusable);
    }
  }

  private async executeOn(module: QuickJSAsyncWASMModule, loan: { reusable: boolean }, executable: string, options: SandboxRunOptions): Promise<ExecutionOutcome> {
    const limits = { ...DEFAULT_SANDBOX_LIMITS, ...options.limits };
    const { driver, clock, signal } = options;
    const description: DeviceDescription = driver.description;
    const runtime = module.newRuntime();
    runtime.setMemoryLimit(limits.memoryBytes);
    runtime.setMaxStackSize(limits.stackBytes);

    const calls: ApiCallRecord[] = [];
    const journal = [...(options.journal ?? [])];
    const intents = new Map((options.intents ?? []).map((intent) => [intent.sequence, intent]));
    const keyPrefix = options.idempotencyKeyPrefix ?? `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    let replayedCalls = 0;
    let reconciledCalls = 0;
    const alreadyCalls: number[] = [];
    const uncertainCalls: string[] = [];
    let lastReading: JsonValue | undefined;
    let waitedSeconds = 0;
    let hostFailure: MeshmindError | undefined;
    // The guest's time is the lesser of wall time and this process's CPU time in each slice: CPU
    // time does not run while a loaded machine has the process descheduled (a 2-core CI box ran a
    // two-call program past 500 ms of wall time), and wall time bounds what other threads add.
    let guestTimeMs = 0;
    let slice = { wall: performance.now(), cpu: processCpuMs() };
    const sliceTimeMs = () => Math.min(performance.now() - slice.wall, processCpuMs() - slice.cpu);
    const pauseGuestClock = () => {
      guestTimeMs += sliceTimeMs();
    };
    const resumeGuestClock = () => {
      slice = { wall: performance.now(), cpu: processCpuMs() };
    };
    runtime.setInterruptHandler(() => hostFailure !== undefined || signal?.aborted === true || guestTimeMs + sliceTimeMs() > limits.cpuTimeMs);

    // Host functions record the first failure and rethrow it after the run, so a guest cannot
    // swallow a refused call with try/catch and carry on.
    const fail = (error: unknown): never => {
      hostFailure ??= toMeshmindError(error, 'E_DEVICE_FAULT');
      throw hostFailure;
    };

    const context = runtime.newContext();
    const deviceHandle = context.newObject();
    for (const fn of description.functions) {
      const handle = context.newAsyncifiedFunction(fn.name, async (argumentHandle?: QuickJSHandle) => {
        pauseGuestClock();
        try {
          if (hostFailure) fail(hostFailure);
          if (signal?.aborted) fail(new MeshmindError('E_CANCELLED', 'the task was stopped while its program ran'));
          if (calls.length >= limits.maxCalls) fail(new MeshmindError('E_SANDBOX_LIMIT', `the program made more than ${limits.maxCalls} device calls`));
          if (fn.sensitive === true && !options.confirmed) {
            fail(new MeshmindError('E_CONFIRMATION_REQUIRED', `${fn.name} is sensitive and was not confirmed`));
          }
          const raw = argumentHandle === undefined ? {} : context.dump(argumentHandle);
          const checked = validateCallArguments(fn, raw ?? {});
          if (!checked.ok) return fail(checked.error);
          const index = calls.length;
          const requested: RequestedCall = { function: fn.name, arguments: checked.value };
          const recorded = journal[index];
          const intent = intents.get(index);
          const intended = intent !== undefined && sameCall(intent.requested, requested);
          const idempotencyKey = `${keyPrefix}:${index}`;
          let result: JsonValue | undefined;
          let sent: RequestedCall = requested;
          const send = async (call: RequestedCall, key: string) => {
            try {
              return await driver.call(call.function, call.arguments, { idempotencyKey: key });
            } catch (error) {
              return fail(toMeshmindError(error, 'E_DEVICE_FAULT'));
            }
          };
          if (recorded && sameCall(intended ? intent.requested : recorded, requested)) {
            result = recorded.result as JsonValue | undefined;
            sent = { function: recorded.function, arguments: recorded.arguments };
            replayedCalls += 1;
          } else {
            // The program diverged from the journal (or the journal ended): from here on, live calls.
            journal.length = Math.min(journal.length, index);
            if (fn.kind === 'query') {
              result = await send(requested, idempotencyKey);
            } else if (intended) {
              // The run stopped between recording this call and recording its result: ask the device.
              sent = intent.call;
              const seen = reconcileIntent(description, intent, driver.getState());
              if (seen === 'applied') reconciledCalls += 1;
              else if (seen === 'unknown' && driver.honoursIdempotencyKey !== true) uncertainCalls.push(intent.call.function);
              else result = await send(intent.call, intent.idempotencyKey);
            } else {
              for (const sequence of [...intents.keys()]) if (sequence >= index) intents.delete(sequence);
              const stateBefore = driver.getState();
              const resolved = resolveCall(description, requested, stateBefore);
              // Already so ("lock" on a locked door): nothing is sent, so nothing needs a record to stay exactly-once.
              const unneeded = alreadyThere(description, requested, resolved, stateBefore);
              if (unneeded) alreadyCalls.push(index);
              const record: CallIntent = { sequence: index, requested, call: resolved.call, targets: resolved.targets, stateBefore, idempotencyKey, at: clock.now() };
              try {
                if (!unneeded) options.onIntent?.(record);
              } catch (error) {
                // No record, no call: a call the agent could not write down might be repeated after a crash.
                fail(new MeshmindError('E_INTERNAL', `the call could not be recorded before it was sent: ${toMeshmindError(error).message}`, { cause: error }));
              }
              sent = resolved.call;
              if (!unneeded) result = await send(resolved.call, idempotencyKey);
            }
          }
          const call: ApiCallRecord = result === undefined ? { function: sent.function, arguments: sent.arguments } : { function: sent.function, arguments: sent.arguments, result };
          calls.push(call);
          if (fn.kind === 'query') lastReading = result;
          options.onCall?.(call, index);
          return toGuest(context, result);
        } finally {
          resumeGuestClock();
        }
      });
      context.setProp(deviceHandle, fn.name, handle);
      handle.dispose();
    }
    const stateHandle = context.newFunction('state', () => toGuest(context, driver.getState()));
    context.setProp(deviceHandle, 'state', stateHandle);
    stateHandle.dispose();
    context.setProp(context.global, 'device', deviceHandle);
    deviceHandle.dispose();

    const waitHandle = context.newAsyncifiedFunction('wait', async (secondsHandle?: QuickJSHandle) => {
      pauseGuestClock();
      try {
        const seconds = secondsHandle === undefined ? NaN : context.dump(secondsHandle);
        if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) fail(new MeshmindError('E_INVALID_ARGUMENT', 'wait() takes a number of seconds >= 0'));
        waitedSeconds += seconds as number;
        if (waitedSeconds > limits.maxWaitSeconds) fail(new MeshmindError('E_SANDBOX_LIMIT', `the program waits longer than ${limits.maxWaitSeconds} s in all`));
        // While replaying, this wait already happened before the crash.
        if (calls.length < journal.length) return;
        try {
          await clock.sleep((seconds as number) * 1000, signal);
        } catch (error) {
          fail(error);
        }
      } finally {
        resumeGuestClock();
      }
    });
    context.setProp(context.global, 'wait', waitHandle);
    waitHandle.dispose();

    let returned: unknown;
    let guestError: unknown;
    resumeGuestClock();
    try {
      const result = await context.evalCodeAsync(executable, 'device-program.js');
      if (result.error) {
        guestError = context.dump(result.error);
        result.error.dispose();
      } else {
        returned = context.dump(result.value);
        result.value.dispose();
      }
    } catch (error) {
      guestError = error;
    } finally {
      loan.reusable = disposeRun(context);
    }
    if (hostFailure) throw hostFailure;
    if (signal?.aborted) throw new MeshmindError('E_CANCELLED', 'the task was stopped while its program ran');
    if (guestError !== undefined) throw isMeshmindError(guestError) ? guestError : guestErrorToMeshmind(guestError);
    const value = returned === undefined || returned === null ? (returned === null ? null : lastReading) : (JSON.parse(JSON.stringify(returned)) as JsonValue);
    const outcome: ExecutionOutcome = value === undefined ? { calls, replayedCalls } : { calls, value, replayedCalls };
    if (reconciledCalls > 0) outcome.reconciledCalls = reconciledCalls;
    if (alreadyCalls.length > 0) outcome.alreadyCalls = alreadyCalls;
    if (uncertainCalls.length > 0) outcome.uncertainCalls = uncertainCalls;
    return outcome;
  }
}

/** Disposes a run's context and runtime; false when the guest kept a host function alive (only unchecked code can), and the module must not be reused. */
function disposeRun(context: QuickJSAsyncContext): boolean {
  const runtime = context.runtime;
  try {
    // Host functions still reachable at teardown make QuickJS abort; cut the globals first.
    context.setProp(context.global, 'device', context.undefined);
    context.setProp(context.global, 'wait', context.undefined);
    context.dispose();
    runtime.dispose();
    return true;
  } catch {
    return false;
  }
}
