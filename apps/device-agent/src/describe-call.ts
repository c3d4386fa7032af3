import { baseOfThirdPerson, en, enMapping, escapeRegExp, fillTemplate, pastTense } from '@meshmind/language';
import type { ApiFunctionSpec } from '@meshmind/protocol';

/** First words of function names that are not verbs ("next_track", "volume_up"): the description's verb says what happened. */
const NOUN_HEADS = en.phrasing.nounHeads;
/** First words of a query's name that only say it reads: "get_battery" reports "battery", "battery_status" keeps both words. */
const READING_VERBS = en.phrasing.readingVerbs;
const ANSWERS = enMapping.answers;
/** A description that opens with its verb in the third person: "Skips to the next track". */
const OPENING_VERB = new RegExp(`^([A-Z][a-z]+${escapeRegExp(ANSWERS.thirdPersonSuffix)})\\b(.*)$`);

/** "move_to_shelf", "moveToShelf", "MoveToShelf" -> ["move", "to", "shelf"]; "eStop" -> ["stop"]. */
function nameWords(name: string): string[] {
  return name
    .split(/_|(?<=[a-z0-9])(?=[A-Z])/)
    .map((word) => word.toLowerCase())
    // A one-letter prefix ("eStop", "iScan") is part of a brand of word, not a verb of its own.
    .filter((word, index, all) => word.length > 1 || (index === all.length - 1 && word !== ''));
}

/** "Skips to the next track, episode or channel." -> "skipped to the next track, episode or channel". */
function phraseFromDescription(description: string): string | undefined {
  const clause = description.split(/[.;:]/)[0]!.trim();
  const match = OPENING_VERB.exec(clause);
  return match ? `${pastTense(baseOfThirdPerson(match[1]!.toLowerCase()))}${match[2]!}` : undefined;
}

function formatValue(value: unknown, unit: string | undefined): string {
  if (Array.isArray(value)) return value.length === 0 ? ANSWERS.values.empty : value.map((entry) => String(entry)).join(', ');
  if (typeof value === 'boolean') return value ? ANSWERS.values.yes : ANSWERS.values.no;
  if (value === null || value === undefined) return ANSWERS.values.unknown;
  if (!unit) return String(value);
  return unit === '%' ? `${String(value)}%` : `${String(value)} ${unit}`;
}

const SETTING_VERBS = en.phrasing.settingVerbs;

/**
 * One plain sentence saying what a call did ("Kitchen light: set brightness to 40%."). Words of the
 * function name that only repeat the kind of device ("close_cover" on blinds) are left out.
 */
export function describeCall(deviceName: string, fn: ApiFunctionSpec, args: Record<string, unknown>, result: unknown, nouns: readonly string[] = []): string {
  const redundant = new Set(nouns.map((noun) => noun.toLowerCase()));
  const all = nameWords(fn.name);
  const words = all.filter((word, index) => index === 0 || !redundant.has(word));
  if (fn.kind === 'query') {
    // "read_temperature" -> "temperature is 21.5 °C": here the noun is the point, so keep every word.
    const subject = (READING_VERBS.has(all[0] ?? '') ? all.slice(1) : all).join(' ') || ANSWERS.call.readingSubject;
    const verb = Array.isArray(result) && result.length !== 1 ? ANSWERS.call.readingVerbs.many : ANSWERS.call.readingVerbs.one;
    return fillTemplate(ANSWERS.call.reading, { device: deviceName, subject, verb, value: formatValue(result, fn.returns?.unit) });
  }
  const head = words[0] ?? ANSWERS.call.defaultVerb;
  const required = fn.parameters.filter((parameter) => args[parameter.name] !== undefined && parameter.required !== false);
  const described = NOUN_HEADS.has(head) ? phraseFromDescription(fn.description) : undefined;
  if (described) {
    const given = fn.parameters.filter((parameter) => args[parameter.name] !== undefined).map((parameter) => formatValue(args[parameter.name], parameter.unit));
    return fillTemplate(ANSWERS.call.done, { device: deviceName, phrase: described, details: given.length > 0 ? ` (${given.join(', ')})` : '' });
  }
  // "auto_dock" whose description says nothing in English: the word after the noun is the verb ("docked").
  const [verb = ANSWERS.call.defaultVerb, ...rest] = NOUN_HEADS.has(head) && words.length > 1 ? words.slice(1) : words;
  const phrase = [pastTense(verb), ...rest].join(' ');
  // Optional values the request gave are part of what was done: "opened (duration minutes: 10 min)".
  const optional = fn.parameters
    .filter((parameter) => args[parameter.name] !== undefined && parameter.required === false)
    .map((parameter) => `${parameter.name.replace(/_/g, ' ')}: ${formatValue(args[parameter.name], parameter.unit)}`);
  const details = optional.length > 0 ? ` (${optional.join(', ')})` : '';
  if (required.length === 0) return fillTemplate(ANSWERS.call.done, { device: deviceName, phrase, details });
  const values = required.map((parameter) => formatValue(args[parameter.name], parameter.unit)).join(', ');
  return fillTemplate(SETTING_VERBS.has(verb) ? ANSWERS.call.doneSetting : ANSWERS.call.doneWithValues, { device: deviceName, phrase, values, details });
}
