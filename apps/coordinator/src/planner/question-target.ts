/**
 * What a question that names no device asks (issue #17, quantities): "is it raining?" to a rain
 * sensor whose state calls its two readings "raining" and "dry"; "how much power are we using?" to
 * a meter whose alias is "power usage" and whose state says it measures power. Read from the devices' own
 * reported state words and names, never from a list of questions.
 */
import { en, singularForms, stem } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import { words } from './vocabulary';

const STOP_WORDS = en.plannerStopwords;
const QUESTION_STOP = en.questionStopwords;

export interface AskingClause {
  tokens: readonly string[];
}

function contentStems(clause: AskingClause): Set<string> {
  return new Set(clause.tokens.filter((token) => token.length > 2 && !STOP_WORDS.has(token) && !QUESTION_STOP.has(token)).map((token) => stem(token)));
}

/** Words of the device's reported state that name what it reads ("raining", "dry", "power"), not numbers or units. */
function stateWords(device: PlannerDevice): string[] {
  return Object.values(device.state ?? {}).flatMap((value) => (typeof value === 'string' && /^[a-z][a-z _-]+$/i.test(value) && value.length > 2 ? words(value.replace(/_/g, ' ')) : []));
}

function labelStems(device: PlannerDevice): Set<string> {
  return new Set([device.name, ...device.aliases].flatMap((label) => words(label)).flatMap((word) => [word, ...singularForms(word)]).map((word) => stem(word)));
}

function answers(device: PlannerDevice): boolean {
  return device.capabilities.some((capability) => capability.kind === 'query');
}

function only<T>(list: T[]): T[] {
  return list.length === 1 ? list : [];
}

/**
 * The one device a question names by its state's words, else by words of its name (stems, so
 * "charged" meets "charge level"). Empty where that leaves none or several.
 */
export function questionTarget(devices: readonly PlannerDevice[], clause: AskingClause): PlannerDevice[] {
  const said = contentStems(clause);
  if (said.size === 0) return [];
  const asking = devices.filter(answers);
  const byState = asking.filter((device) => stateWords(device).some((word) => said.has(stem(word))));
  if (byState.length === 1) return byState;
  const scored = asking.map((device) => {
    const own = labelStems(device);
    return { device, score: [...said].filter((word) => own.has(word)).length };
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return [];
  // Several named alike ("how charged is the car?" to a Car Charger and a "car charge level"
  // sensor) are not told apart: choosing the one that only reports was tried, and its agent then
  // read the sensor's device class instead of its value, a wrong answer where there was a question.
  return only(scored.filter((entry) => entry.score === best).map((entry) => entry.device));
}
