import type { ApiFunctionSpec } from '@meshmind/protocol';
import { baseOfThirdPerson } from '@meshmind/language';

/** "open_door" -> "open door": an identifier said as words. */
function spoken(identifier: string): string {
  return identifier.replace(/_/g, ' ').replace(/(?<=[a-z0-9])(?=[A-Z])/g, ' ').toLowerCase();
}

/**
 * The sensitive action a person is asked to confirm, in words (#17 class 11): the verb of the
 * function's own description in its plain form and the device by its name ("Opens the garage
 * door" on "Driveway gate" -> "open the Driveway gate"), then the values it would set. Never the
 * function's identifier where the description says it in words.
 */
export function describeConfirmation(deviceName: string, fn: ApiFunctionSpec | undefined, functionName: string, args: Record<string, unknown>): string {
  const device = /^the\b/i.test(deviceName) ? deviceName : `the ${deviceName}`;
  const verb = /^([A-Z][a-z]+s)\b/.exec(fn?.description ?? '')?.[1];
  const action = verb ? `${baseOfThirdPerson(verb.toLowerCase())} ${device}` : `${spoken(functionName)} on ${device}`;
  const values = Object.entries(args).map(([name, value]) => `${spoken(name)} ${typeof value === 'string' ? spoken(value) : JSON.stringify(value)}`);
  return values.length > 0 ? `${action} (${values.join(', ')})` : action;
}
