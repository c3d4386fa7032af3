import { newQuickJSAsyncWASMModule, type QuickJSAsyncContext, type QuickJSAsyncWASMModule, type QuickJSHandle } from 'quickjs-emscripten';
import {
  MeshmindError,
  canonicalJson,
  isMeshmindError,
  toMeshmindError,
  validateCallArguments,
  type ApiCallRecord,
  type DeviceDescription,
  type JsonValue,
} from '@meshmind/protocol';
import type { Clock } from './clock';
import { checkSource } from './source-checker';
import type { ExecutionOutcome, TaskDeviceDriver } from './types';

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
  /** Called after each device call completes, before the program continues: persist it here. */
  onCall?: (call: ApiCallRecord, index: number) => void;
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

/**
 * Owns one QuickJS WebAssembly module and runs one program at a time on it (asyncify allows a
 * single suspended host call per module). A module that fails to clean up is dropped and the next
 * run loads a fresh one.
 */
export class Sandbox {
  private modulePromise: Promise<QuickJSAsyncWASMModule> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

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
    const limits = { ...DEFAULT_SANDBOX_LIMITS, ...options.limits };
    const { driver, clock, signal } = options;
    const description: DeviceDescription = driver.description;
    if (signal?.aborted) throw new MeshmindError('E_CANCELLED', 'the task was stopped before its program ran');
    this.modulePromise ??= newQuickJSAsyncWASMModule();
    const module = await this.modulePromise;
    const runtime = module.newRuntime();
    runtime.setMemoryLimit(limits.memoryBytes);
    runtime.setMaxStackSize(limits.stackBytes);

    const calls: ApiCallRecord[] = [];
    const journal = [...(options.journal ?? [])];
    let replayedCalls = 0;
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
          const recorded = journal[index];
          let result: JsonValue | undefined;
          if (recorded && recorded.function === fn.name && canonicalJson(recorded.arguments) === canonicalJson(checked.value)) {
            result = recorded.result as JsonValue | undefined;
            replayedCalls += 1;
          } else {
            // The program diverged from the journal (or the journal ended): from here on, live calls.
            journal.length = Math.min(journal.length, index);
            try {
              result = await driver.call(fn.name, checked.value);
            } catch (error) {
              fail(toMeshmindError(error, 'E_DEVICE_FAULT'));
            }
          }
          const call: ApiCallRecord = result === undefined ? { function: fn.name, arguments: checked.value } : { function: fn.name, arguments: checked.value, result };
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
      this.dispose(context);
    }
    if (hostFailure) throw hostFailure;
    if (signal?.aborted) throw new MeshmindError('E_CANCELLED', 'the task was stopped while its program ran');
    if (guestError !== undefined) throw isMeshmindError(guestError) ? guestError : guestErrorToMeshmind(guestError);
    const value = returned === undefined || returned === null ? (returned === null ? null : lastReading) : (JSON.parse(JSON.stringify(returned)) as JsonValue);
    return value === undefined ? { calls, replayedCalls } : { calls, value, replayedCalls };
  }

  private dispose(context: QuickJSAsyncContext): void {
    const runtime = context.runtime;
    try {
      // Host functions still reachable at teardown make QuickJS abort; cut the globals first.
      context.setProp(context.global, 'device', context.undefined);
      context.setProp(context.global, 'wait', context.undefined);
      context.dispose();
      runtime.dispose();
    } catch {
      // The guest kept a host function alive (only unchecked code can): drop the whole module.
      this.modulePromise = undefined;
    }
  }
}
