import { isDeepStrictEqual } from 'node:util';
import {
  MeshmindError,
  toMeshmindError,
  validateCallArguments,
  type ApiCallRecord,
  type ApiFunctionSpec,
  type SubtaskRequest,
  type SubtaskResult,
} from '@meshmind/protocol';
import type { DeviceDriver } from '@meshmind/devices';
import type { SubtaskMapper } from './subtask-mapper';
import { describeCall } from './describe-call';

export interface ExecuteSubtaskInput {
  request: SubtaskRequest;
  deviceId: string;
  deviceName: string;
  driver: DeviceDriver;
  mapper: SubtaskMapper;
  now: () => number;
  onStage: (stage: string, detail?: string) => Promise<void>;
}

/** Differences between a function's declared effects and the state after the call, in words. */
export function unmetEffects(fn: ApiFunctionSpec, args: Record<string, unknown>, state: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const effect of fn.effects ?? []) {
    const expected = effect.parameter !== undefined ? args[effect.parameter] : effect.value;
    if (expected === undefined) continue;
    const actual = state[effect.key];
    if (!isDeepStrictEqual(actual, expected)) problems.push(`${effect.key} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
  return problems;
}

/**
 * Handles one subtask on one device: map the text to calls, check each call (sensitivity,
 * argument schema), run it, and verify the state really changed as the API document promises.
 */
export async function executeSubtask(input: ExecuteSubtaskInput): Promise<SubtaskResult> {
  const { request, driver, deviceName } = input;
  const base = { deviceId: input.deviceId, goalId: request.goalId };
  const calls: ApiCallRecord[] = [];
  const fail = (error: MeshmindError, message: string): SubtaskResult => ({
    ...base,
    outcome: 'failed',
    message,
    state: driver.getState(),
    calls,
    error: error.toBody(),
  });

  if (input.now() > request.deadline) {
    return fail(new MeshmindError('E_TIMEOUT', 'the subtask arrived after its deadline'), `${deviceName}: the request arrived too late, so I did nothing.`);
  }
  await input.onStage('mapping');
  const mapping = await input.mapper.map(request.text, driver.getState());
  if (mapping.kind === 'not_executable') {
    const closest = mapping.candidates.length > 0 ? ` The closest things it can do: ${mapping.candidates.join(', ')}.` : '';
    return {
      ...base,
      outcome: 'not_executable',
      message: `${deviceName} cannot do that: ${mapping.reason}.${closest}`,
      state: driver.getState(),
      calls,
      candidates: mapping.candidates,
      error: { code: 'E_NOT_EXECUTABLE', message: mapping.reason },
    };
  }

  const functions = new Map(driver.description.functions.map((fn) => [fn.name, fn]));
  const sentences: string[] = [];
  let value: unknown;
  for (const call of mapping.calls) {
    const fn = functions.get(call.function);
    if (!fn) return fail(new MeshmindError('E_UNKNOWN_FUNCTION', `no function ${call.function}`), `${deviceName}: I do not know how to ${call.function}.`);
    if (fn.sensitive && !request.confirmed) {
      return {
        ...base,
        outcome: 'needs_confirmation',
        message: `${deviceName}: "${fn.name.replace(/_/g, ' ')}" is a sensitive action, so it needs your confirmation first.`,
        state: driver.getState(),
        calls,
        error: { code: 'E_CONFIRMATION_REQUIRED', message: `${fn.name} is sensitive` },
      };
    }
    const checked = validateCallArguments(fn, call.arguments);
    if (!checked.ok) return fail(checked.error, `${deviceName}: I did not do it, because ${checked.error.message}.`);
    await input.onStage('executing', fn.name);
    let result: unknown;
    try {
      result = await driver.call(fn.name, checked.value);
    } catch (error) {
      const failure = toMeshmindError(error, 'E_DEVICE_FAULT');
      return fail(failure, `${deviceName}: the device failed to ${fn.name.replace(/_/g, ' ')} (${failure.message}).`);
    }
    calls.push({ function: fn.name, arguments: checked.value, ...(result === undefined ? {} : { result }) });
    await input.onStage('verifying', fn.name);
    const problems = unmetEffects(fn, checked.value, driver.getState());
    if (problems.length > 0) {
      return fail(
        new MeshmindError('E_VERIFICATION_FAILED', problems.join('; ')),
        `${deviceName}: the command was sent but the device did not change as expected (${problems.join('; ')}).`,
      );
    }
    if (fn.kind === 'query') value = result;
    sentences.push(describeCall(deviceName, fn, checked.value, result, [driver.description.type, ...driver.description.nouns]));
  }
  return {
    ...base,
    outcome: 'done',
    message: sentences.join(' '),
    state: driver.getState(),
    calls,
    ...(value === undefined ? {} : { value }),
  };
}
