import { enMapping, fillTemplate } from '@meshmind/language';
import type { ApiFunctionSpec, DeviceDescription } from '@meshmind/protocol';

const ALREADY = enMapping.answers.already;

/** The words of a state key as a person says them: "lock_state" -> "lock state". */
function keyWords(key: string): string {
  return key.replace(/_/g, ' ');
}

function valueWords(value: unknown, unit: string | undefined): string {
  if (typeof value === 'string') return value.replace(/_/g, ' ');
  if (typeof value === 'number') return unit ? (unit === '%' ? `${value}%` : `${value} ${unit}`) : String(value);
  return JSON.stringify(value);
}

/**
 * What to say for an action the device was already done with ("lock" on a locked door): the
 * state word its effect names, read from the device's own description. A word-valued state says
 * itself ("Smart Lock: already locked."), an on/off switch says on or off, a number says the
 * setting and its value ("Thermostat: target temperature already 18 °C.").
 */
export function describeAlready(deviceName: string, fn: ApiFunctionSpec, description: DeviceDescription, state: Record<string, unknown>, args: Record<string, unknown> = {}): string {
  // An item the list already held: "Shopping list: denture tablets is already on the list."
  const held = (fn.effects ?? []).find((effect) => effect.includes !== undefined && typeof args[effect.includes] === 'string');
  if (held) return fillTemplate(ALREADY.held, { device: deviceName, item: String(args[held.includes!]), noun: description.nouns[0] ?? keyWords(description.type) });
  const effects = (fn.effects ?? []).filter((effect) => state[effect.key] !== undefined);
  const worded = effects.find((effect) => typeof state[effect.key] === 'string');
  if (worded) return fillTemplate(ALREADY.state, { device: deviceName, state: valueWords(state[worded.key], undefined) });
  const onOff = effects.find((effect) => typeof state[effect.key] === 'boolean');
  // The state key "on" (a switch, a light) is said as the word for on or off.
  if (onOff && onOff.key === 'on') return fillTemplate(ALREADY.state, { device: deviceName, state: state.on === true ? ALREADY.on : ALREADY.off });
  if (onOff) return fillTemplate(state[onOff.key] === true ? ALREADY.state : ALREADY.notState, { device: deviceName, state: keyWords(onOff.key) });
  const numeric = effects[0];
  if (numeric) return fillTemplate(ALREADY.setting, { device: deviceName, setting: keyWords(numeric.key), value: valueWords(state[numeric.key], description.state[numeric.key]?.unit) });
  return fillTemplate(ALREADY.nothing, { device: deviceName, action: keyWords(fn.name) });
}
