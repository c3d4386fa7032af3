import { MeshmindError, type DeviceDescription, type ParseResult, type StateFieldSpec } from '@meshmind/protocol';
import type { DeviceState } from './driver';
import { behaviourFor } from './behaviours/behaviour-registry';

// The same colour grammar validateCallArguments accepts, so a colour set by a call always reads back valid.
const COLOR_PATTERN = /^(#[0-9a-fA-F]{6}|[a-z]+( [a-z]+)?)$/;

function genericDefault(spec: StateFieldSpec): DeviceState[string] {
  switch (spec.type) {
    case 'boolean':
      return false;
    case 'integer':
    case 'number': {
      if (spec.minimum !== undefined && spec.minimum > 0) return spec.minimum;
      if (spec.maximum !== undefined && spec.maximum < 0) return spec.maximum;
      return 0;
    }
    case 'enum':
      return spec.values?.[0] ?? '';
    case 'color':
      return 'white';
    case 'string':
      return '';
    case 'string_list':
      return [];
  }
}

/** A complete, valid state for a device of this description: realistic defaults where the type has them. */
export function defaultState(description: DeviceDescription): DeviceState {
  const overrides = behaviourFor(description.type).defaults ?? {};
  const state: DeviceState = {};
  for (const [key, spec] of Object.entries(description.state)) {
    state[key] = structuredClone(overrides[key] ?? genericDefault(spec));
  }
  return state;
}

/** Why `value` is not a valid value of `spec`, or undefined when it is. */
export function describeInvalidStateValue(spec: StateFieldSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a ${spec.type}`;
      if (spec.type === 'integer' && !Number.isInteger(value)) return 'must be an integer';
      const unit = spec.unit ? ` ${spec.unit}` : '';
      if (spec.minimum !== undefined && value < spec.minimum) return `must be at least ${spec.minimum}${unit}`;
      if (spec.maximum !== undefined && value > spec.maximum) return `must be at most ${spec.maximum}${unit}`;
      return undefined;
    }
    case 'enum':
      return typeof value === 'string' && (spec.values ?? []).includes(value) ? undefined : `must be one of ${(spec.values ?? []).join(', ')}`;
    case 'color':
      return typeof value === 'string' && COLOR_PATTERN.test(value) ? undefined : 'must be a colour name or #rrggbb';
    case 'string':
      return typeof value === 'string' ? undefined : 'must be a string';
    case 'string_list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string') ? undefined : 'must be a list of strings';
  }
}

/**
 * Checks a (possibly partial) device state against the description: every key must be a declared
 * state field and every value valid for it. Returns the problems joined into one E_INVALID_ARGUMENT.
 */
export function validateDeviceState(description: DeviceDescription, state: unknown): ParseResult<DeviceState> {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) {
    return { ok: false, error: new MeshmindError('E_INVALID_ARGUMENT', `state of a ${description.type} must be an object`) };
  }
  const problems: string[] = [];
  for (const [key, value] of Object.entries(state)) {
    const spec = description.state[key];
    if (!spec) {
      problems.push(`${key} is not a state field of ${description.type} (fields: ${Object.keys(description.state).join(', ')})`);
      continue;
    }
    const problem = describeInvalidStateValue(spec, value);
    if (problem) problems.push(`${key} ${problem}, got ${JSON.stringify(value)}`);
  }
  if (problems.length > 0) {
    return { ok: false, error: new MeshmindError('E_INVALID_ARGUMENT', problems.join('; '), { details: problems }) };
  }
  return { ok: true, value: structuredClone(state) as DeviceState };
}
