import {
  canonicalJson,
  validateCallArguments,
  type ApiFunctionSpec,
  type DeviceDescription,
  type EffectSpec,
  type JsonValue,
} from '@meshmind/protocol';
import type { DeviceStateValues } from '@meshmind/protocol';
import { sameItem } from '@meshmind/language';
import type { CallIntent, RequestedCall } from './types';
import { compareState, expectedState } from './verification';

/**
 * Before a device action is sent, it is written down (a CallIntent) in the form that can be
 * repeated safely: a relative change ("volume_up by 10") becomes the absolute value it must reach,
 * computed from the state right before the call, and the call becomes the function that sets that
 * value ("set_volume 30") where the API has one. After a crash the record says what the device must
 * show if the call went through.
 */

export interface ResolvedCall {
  call: RequestedCall;
  targets: Record<string, JsonValue>;
}

function relativeParameter(effect: EffectSpec): string | undefined {
  return effect.increaseBy ?? effect.decreaseBy;
}

/** The value a relative effect leads to from `state`, inside the state field's range; undefined when unknown. */
function relativeTarget(description: DeviceDescription, fn: ApiFunctionSpec, effect: EffectSpec, args: Record<string, unknown>, state: DeviceStateValues): number | undefined {
  const name = relativeParameter(effect);
  const current = state[effect.key];
  const amount = args[name!] ?? fn.parameters.find((parameter) => parameter.name === name)?.default;
  if (typeof current !== 'number' || typeof amount !== 'number') return undefined;
  const spec = description.state[effect.key];
  const moved = current + (effect.increaseBy !== undefined ? amount : -amount);
  return Math.min(spec?.maximum ?? Infinity, Math.max(spec?.minimum ?? -Infinity, moved));
}

/**
 * A function that only sets `key` from one argument (set_volume for volume) and asks nothing a
 * person must confirm beyond what the relative function asked: calling it is the same request.
 */
function absoluteSetter(description: DeviceDescription, relative: ApiFunctionSpec, key: string, target: number): RequestedCall | undefined {
  for (const fn of description.functions) {
    if (fn.kind !== 'action' || fn.name === relative.name || (fn.sensitive === true && relative.sensitive !== true)) continue;
    const effects = fn.effects ?? [];
    const effect = effects[0];
    if (effects.length !== 1 || effect?.key !== key || effect.parameter === undefined) continue;
    const others = fn.parameters.filter((parameter) => parameter.name !== effect.parameter);
    if (others.some((parameter) => parameter.required !== false && parameter.default === undefined)) continue;
    const checked = validateCallArguments(fn, { [effect.parameter]: target });
    if (checked.ok) return { function: fn.name, arguments: checked.value };
  }
  return undefined;
}

/** The call to send and the values it must leave, for a call a program makes with `stateBefore` on the device. */
export function resolveCall(description: DeviceDescription, requested: RequestedCall, stateBefore: DeviceStateValues): ResolvedCall {
  const fn = description.functions.find((candidate) => candidate.name === requested.function);
  const relative = (fn?.effects ?? []).filter((effect) => relativeParameter(effect) !== undefined);
  if (!fn || relative.length === 0) return { call: requested, targets: {} };
  const targets: Record<string, JsonValue> = {};
  for (const effect of relative) {
    const target = relativeTarget(description, fn, effect, requested.arguments, stateBefore);
    if (target !== undefined) targets[effect.key] = target;
  }
  const keys = Object.keys(targets);
  // Only a call that does nothing but the one relative change can become a plain setter.
  if (keys.length === 1 && (fn.effects ?? []).length === 1) {
    const setter = absoluteSetter(description, fn, keys[0]!, targets[keys[0]!] as number);
    if (setter) return { call: setter, targets };
  }
  return { call: requested, targets };
}

export type Reconciliation = 'applied' | 'not_applied' | 'unknown';

/**
 * Whether the call recorded in `intent` already took effect, read from the device state now: its
 * declared effects and resolved targets all hold ('applied'), some do not ('not_applied'), or the
 * function declares nothing to read ('unknown').
 */
export function reconcileIntent(description: DeviceDescription, intent: CallIntent, state: DeviceStateValues): Reconciliation {
  const promised = expectedState(description, [intent.call]);
  const targetKeys = Object.keys(intent.targets).filter((key) => !promised.has(key));
  if (promised.size === 0 && targetKeys.length === 0) return 'unknown';
  if (compareState(description, [intent.call], state).length > 0) return 'not_applied';
  const missed = targetKeys.some((key) => canonicalJson(state[key] ?? null) !== canonicalJson(intent.targets[key] ?? null));
  return missed ? 'not_applied' : 'applied';
}

/** Same function, same arguments. */
export function sameCall(left: RequestedCall, right: RequestedCall): boolean {
  return left.function === right.function && canonicalJson(left.arguments) === canonicalJson(right.arguments);
}

/**
 * Whether the device already shows everything an action call would do ("lock" on a locked door,
 * "set_target_temperature 18" at 18): then nothing is sent and the person hears that it already
 * was. Only for calls whose every argument is tied to a declared effect, so nothing the call would
 * also do goes unsaid ("open_valve" with a run time still opens a timer, and is sent); a call that
 * declares nothing readable is always sent.
 */
export function alreadyThere(description: DeviceDescription, requested: RequestedCall, resolved: ResolvedCall, state: DeviceStateValues): boolean {
  const fn = description.functions.find((candidate) => candidate.name === resolved.call.function);
  const original = description.functions.find((candidate) => candidate.name === requested.function);
  if (!fn || fn.kind !== 'action' || !original) return false;
  const tied = new Set((original.effects ?? []).flatMap((effect) => [effect.parameter, relativeParameter(effect), effect.includes]).filter((name): name is string => !!name));
  if (Object.keys(requested.arguments).some((name) => !tied.has(name))) return false;
  const held = (fn.effects ?? []).filter((effect) => effect.includes !== undefined);
  // A list already holding the item ("denture tablets" on the shopping list); a list the device does not report is added to.
  if (held.length > 0) return held.every((effect) => listHolds(state[effect.key], resolved.call.arguments[effect.includes!]));
  const promised = expectedState(description, [resolved.call]);
  const targetKeys = Object.keys(resolved.targets);
  if (promised.size === 0 && targetKeys.length === 0) return false;
  if (compareState(description, [resolved.call], state).length > 0) return false;
  return targetKeys.every((key) => canonicalJson(state[key] ?? null) === canonicalJson(resolved.targets[key] ?? null));
}

/** Whether a reported list holds `item` as a person would count it (case, article and plural aside). */
function listHolds(list: unknown, item: unknown): boolean {
  return Array.isArray(list) && typeof item === 'string' && list.some((entry) => typeof entry === 'string' && sameItem(entry, item));
}
