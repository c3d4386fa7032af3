import type { ApiFunctionSpec } from '@meshmind/protocol';
import { baseOfThirdPerson, en, enMapping, escapeRegExp, fillTemplate } from '@meshmind/language';

const ANSWERS = enMapping.answers;
/** A device's name that opens with the article already ("the garage door"). */
const WITH_ARTICLE = new RegExp(`^${escapeRegExp(ANSWERS.confirmation.article)}\\b`, 'i');
/** The description's opening verb in the third person and what follows it, up to the first break: "Opens the garage door". */
const OPENING_CLAUSE = new RegExp(`^([A-Z][a-z]+${escapeRegExp(ANSWERS.thirdPersonSuffix)})\\b([^.;:,(]*)`);

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
  const device = WITH_ARTICLE.test(deviceName) ? deviceName : `${ANSWERS.confirmation.article} ${deviceName}`;
  const clause = OPENING_CLAUSE.exec(fn?.description ?? '');
  let action: string;
  if (clause) {
    const verb = baseOfThirdPerson(clause[1]!.toLowerCase());
    const object = clause[2]!.replace(OBJECT_END, '').trim();
    const objectWords = new Set(object.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
    const nounWords = deviceNouns.flatMap((noun) => noun.toLowerCase().split(/[^a-z0-9]+/)).filter(Boolean);
    const isTheDevice = object === '' || nounWords.some((word) => objectWords.has(word) || objectWords.has(`${word}${ANSWERS.pluralSuffix}`));
    action = fillTemplate(isTheDevice ? ANSWERS.confirmation.ofDevice : ANSWERS.confirmation.partOfDevice, { verb, object, device });
  } else {
    action = fillTemplate(ANSWERS.confirmation.onDevice, { action: spoken(functionName), device });
  }
  const values = Object.entries(args).map(([name, value]) => `${spoken(name)} ${typeof value === 'string' ? spoken(value) : JSON.stringify(value)}`);
  return values.length > 0 ? `${action} (${values.join(', ')})` : action;
}
