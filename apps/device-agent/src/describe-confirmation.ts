import type { ApiFunctionSpec } from '@meshmind/protocol';
import { baseOfThirdPerson, en, escapeRegExp } from '@meshmind/language';

/** "open_door" -> "open door": an identifier said as words. */
function spoken(identifier: string): string {
  return identifier.replace(/_/g, ' ').replace(/(?<=[a-z0-9])(?=[A-Z])/g, ' ').toLowerCase();
}

/** Words that end the verb's object in a description: what follows says why or how, not what. */
const OBJECT_END = new RegExp(`\\s+(?:${en.phrasing.objectEnders.map(escapeRegExp).join('|')})\\s.*$`, 'i');

/**
 * The sensitive action a person is asked to confirm, in words (#17 class 11): the verb of the
 * function's own description in its plain form, then what it acts on. Where the description's
 * object is the device itself ("Opens the garage door" on "Driveway gate", by one of its nouns),
 * the device is named instead: "open the Driveway gate"; where it is a part of the device
 * ("Releases the emergency stop so that ..."), the part stays: "release the emergency stop of
 * the Robot 5". Never the function's identifier where the description says it in words.
 */
export function describeConfirmation(
  deviceName: string,
  fn: ApiFunctionSpec | undefined,
  functionName: string,
  args: Record<string, unknown>,
  deviceNouns: readonly string[] = [],
): string {
  const device = /^the\b/i.test(deviceName) ? deviceName : `the ${deviceName}`;
  const clause = /^([A-Z][a-z]+s)\b([^.;:,(]*)/.exec(fn?.description ?? '');
  let action: string;
  if (clause) {
    const verb = baseOfThirdPerson(clause[1]!.toLowerCase());
    const object = clause[2]!.replace(OBJECT_END, '').trim();
    const objectWords = new Set(object.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
    const nounWords = deviceNouns.flatMap((noun) => noun.toLowerCase().split(/[^a-z0-9]+/)).filter(Boolean);
    const isTheDevice = object === '' || nounWords.some((word) => objectWords.has(word) || objectWords.has(`${word}s`));
    action = isTheDevice ? `${verb} ${device}` : `${verb} ${object} of ${device}`;
  } else {
    action = `${spoken(functionName)} on ${device}`;
  }
  const values = Object.entries(args).map(([name, value]) => `${spoken(name)} ${typeof value === 'string' ? spoken(value) : JSON.stringify(value)}`);
  return values.length > 0 ? `${action} (${values.join(', ')})` : action;
}
