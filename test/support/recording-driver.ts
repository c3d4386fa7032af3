import { appendFileSync, existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createSimulatedDriver, type DeviceCallOptions, type DeviceDriver, type DeviceState } from '@meshmind/devices';
import type { DeviceDescription } from '@meshmind/protocol';

/**
 * A device for fault tests of agents in their own processes, loaded through an agent config's
 * `driver:` key. It is a simulated device whose state lives in a file, because a real device
 * outlives its agent's process; every action it applies is appended to a log file, so a test
 * counts what the device did from the device's side. Settings come from the config's `state:` key.
 */
export interface RecordingDriverSettings {
  /** The device's state between agent processes (read at start, written after every change). */
  stateFile: string;
  /** One JSON line per applied action: { function, arguments, idempotencyKey, pid }. */
  logFile: string;
  /** The state the first process starts from. */
  initial?: DeviceState;
  /**
   * Right after applying an action, when this file does not exist yet: create it, then kill this
   * process with SIGKILL, so the agent dies after the device acted and before it heard back.
   */
  killAfterApplyingOnce?: string;
  /**
   * Right after applying an action, when this file exists: remove it, then kill this process with
   * SIGKILL. A test arms the kill for one call of an agent that runs many.
   */
  killAfterApplyingWhenArmed?: string;
  /** While this file exists, a call waits before the device acts: a device slower than any deadline. */
  gateFile?: string;
  /** Written when a call reaches the gate. */
  enteredFile?: string;
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export function createDriver(options: { description: DeviceDescription; config: { state?: Record<string, unknown> } }): DeviceDriver {
  const settings = options.config.state as unknown as RecordingDriverSettings;
  const saved = existsSync(settings.stateFile) ? (JSON.parse(readFileSync(settings.stateFile, 'utf8')) as DeviceState) : undefined;
  const device = createSimulatedDriver(options.description, { initialState: saved ?? settings.initial ?? {} });
  const persist = () => writeFileSync(settings.stateFile, JSON.stringify(device.getState()));
  persist();
  return {
    description: device.description,
    getState: () => device.getState(),
    onStateChange: (listener) => device.onStateChange(listener),
    start: () => device.start(),
    stop: () => device.stop(),
    // Like most devices, this one knows nothing of idempotency keys: the agent must not repeat a call.
    async call(functionName: string, args: Record<string, unknown>, callOptions: DeviceCallOptions = {}) {
      const action = device.description.functions.find((fn) => fn.name === functionName)?.kind === 'action';
      if (action && settings.gateFile && existsSync(settings.gateFile)) {
        if (settings.enteredFile) writeFileSync(settings.enteredFile, functionName);
        while (existsSync(settings.gateFile)) await sleep(25);
      }
      const result = await device.call(functionName, args);
      if (!action) return result;
      persist();
      appendFileSync(settings.logFile, `${JSON.stringify({ function: functionName, arguments: args, idempotencyKey: callOptions.idempotencyKey ?? null, pid: process.pid })}\n`);
      if (settings.killAfterApplyingOnce && !existsSync(settings.killAfterApplyingOnce)) {
        writeFileSync(settings.killAfterApplyingOnce, String(process.pid));
        process.kill(process.pid, 'SIGKILL');
        await new Promise(() => undefined);
      }
      if (settings.killAfterApplyingWhenArmed && existsSync(settings.killAfterApplyingWhenArmed)) {
        unlinkSync(settings.killAfterApplyingWhenArmed);
        process.kill(process.pid, 'SIGKILL');
        await new Promise(() => undefined);
      }
      return result;
    },
  };
}
