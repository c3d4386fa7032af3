/**
 * Commands to devices that only report (issue #17, honest "cannot"): "open the kitchen window" to a
 * window contact, "turn on the hallway motion sensor". Such a device has no action in its API, so
 * its agent could only answer a reading ("open is no"), which claims a success that did not happen.
 * A command is recognised by its verb naming an action some device of the home's API does
 * ("open_cover", "turn_on") and no reading ("check_stock"): "check the kitchen window" or "read the
 * office temperature" stay readings.
 */
import { en, singularForms } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import { words } from './vocabulary';

const ACTION_WORDS = en.actionWords;
const QUESTION_WORDS = en.questionWords;

export interface CommandClause {
  tokens: readonly string[];
  nameTokens: ReadonlySet<number>;
}

/** The words of the home's action function names ("open_cover" -> open, cover). */
function actionNameWords(devices: readonly PlannerDevice[]): Set<string> {
  return new Set(
    devices.flatMap((device) =>
      device.capabilities.filter((capability) => capability.kind === 'action').flatMap((capability) => words(capability.function.replace(/_/g, ' '))),
    ),
  );
}

/** The verbs the home's readings are named by: the first word of a query's name ("check_level" -> check; "get_open" -> get). */
function queryVerbs(devices: readonly PlannerDevice[]): Set<string> {
  return new Set(
    devices.flatMap((device) => device.capabilities.filter((capability) => capability.kind === 'query').map((capability) => words(capability.function.replace(/_/g, ' '))[0] ?? '')),
  );
}

/** The clause's verb: its first action word that is not a question word nor inside a device's name. */
export function commandVerb(clause: CommandClause): string | undefined {
  return clause.tokens.find((token, index) => ACTION_WORDS.has(token) && !QUESTION_WORDS.has(token) && !clause.nameTokens.has(index));
}

/**
 * The targets that can take the command: every target, except a device with no action in its API
 * when the clause's verb names an action of some device of the home.
 */
export function obeyingTargets(clause: CommandClause, targets: PlannerDevice[], devices: readonly PlannerDevice[]): PlannerDevice[] {
  const verb = commandVerb(clause);
  if (!verb) return targets;
  const reportsOnly = (device: PlannerDevice) => !device.capabilities.some((capability) => capability.kind === 'action');
  if (!targets.some(reportsOnly)) return targets;
  const forms = [verb, ...singularForms(verb)];
  // A verb some reading is named by ("check_stock") may ask for a reading: not a command then.
  const actions = actionNameWords(devices);
  const queries = queryVerbs(devices);
  if (!forms.some((form) => actions.has(form)) || forms.some((form) => queries.has(form))) return targets;
  return targets.filter((device) => !reportsOnly(device));
}
