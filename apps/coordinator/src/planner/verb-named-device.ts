/**
 * Devices a command's verb names (issue #17, class 7), read from the home's own names and kind
 * nouns, never from a list of verbs:
 * - "charge the car" to a home with a Car Charger, a "car charge level" sensor and a Garage Door
 *   whose documents speak of cars: the device whose name holds a noun of the verb's stem (a
 *   "charger" charges, a "printer" prints, a "purifier" purifies) and the thing acted on ("car");
 * - "hoover the living room" where the robot vacuum ("hoover" is a noun of its kind) docks in the
 *   hall: a kind noun of the home said as the verb (a word English uses mostly as a noun), of a
 *   place where no device of that kind is, means the one device of that kind, and the place is
 *   what it acts on.
 */
import { en, singularForms, stem } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import type { PhraseMatch } from './text';
import { devicesOfNoun, words } from './vocabulary';

const ACTION_WORDS = en.actionWords;
const QUESTION_WORDS = en.questionWords;
const STOP_WORDS = en.plannerStopwords;

export interface VerbClause {
  tokens: readonly string[];
  nouns: ReadonlyArray<PhraseMatch<string>>;
}

function labelWords(device: PlannerDevice): Set<string> {
  return new Set([device.name, ...device.aliases].flatMap((label) => words(label)).flatMap((word) => [word, ...singularForms(word)]));
}

function canAct(device: PlannerDevice): boolean {
  return device.capabilities.some((capability) => capability.kind === 'action');
}

/**
 * The one device that can act whose name holds a noun made from the clause's verb ("charger" for
 * "charge"), preferring one whose name also holds a word the clause says after the verb ("car");
 * none where no such device, or several alike, are found.
 */
export function deviceNamedByVerb(devices: readonly PlannerDevice[], clause: VerbClause): PlannerDevice[] {
  const verb = clause.tokens[0];
  if (!verb || verb.length < 3 || QUESTION_WORDS.has(verb)) return [];
  const verbStem = stem(verb);
  const agents = devices.filter((device) => canAct(device) && [...labelWords(device)].some((word) => word !== verb && word.length > verb.length && stem(word) === verbStem));
  if (agents.length <= 1) return agents;
  const objects = clause.tokens.slice(1).filter((token) => token.length > 2 && !STOP_WORDS.has(token) && !ACTION_WORDS.has(token) && !QUESTION_WORDS.has(token));
  const withObject = agents.filter((device) => {
    const own = labelWords(device);
    return objects.some((token) => [token, ...singularForms(token)].some((form) => own.has(form)));
  });
  return withObject.length === 1 ? withObject : [];
}

/**
 * "hoover the living room", "vacuum the kitchen": the clause opens with a kind noun of the home used
 * as its verb, and no device of that kind is in the place it names (`here`); the one device of
 * that kind elsewhere is meant. Empty where the kind has none or several devices, or one is here.
 */
export function kindActingOnPlace(
  devices: readonly PlannerDevice[],
  here: readonly PlannerDevice[],
  clause: VerbClause,
  devicesByNoun: ReadonlyMap<string, ReadonlySet<string>>,
  isVerb: ((word: string) => boolean) | undefined,
  isMostlyVerb: ((word: string) => boolean) | undefined,
): PlannerDevice[] {
  const verb = clause.tokens[0];
  // "switch everything off in the studio": a word used mostly as a verb is that verb, not the
  // "switch" kind of device; one used mostly as a noun ("hoover", "vacuum") evokes its device.
  if (!verb || !isVerb?.(verb) || isMostlyVerb?.(verb) !== false) return [];
  const ofKind = devicesOfNoun(devicesByNoun, verb);
  if (ofKind.size === 0 || here.some((device) => ofKind.has(device.id))) return [];
  const able = devices.filter((device) => ofKind.has(device.id) && canAct(device));
  return able.length === 1 ? able : [];
}

