import type { PlannerDevice } from './planner';
import { singularForms, tokenize } from '@meshmind/language';
import { namesAnotherAction } from './other-action';

/**
 * Which device a person means by what is going on (#17, needless questions): "stop the music"
 * with one of three players playing, "turn off the ceiling fan" with one of two running. Read from
 * the state the catalog's devices report under its common names: `on`, `playback`, `status`.
 */

/** The state words of a device that is in use, in the forms a request says them ("playing" -> "play"). */
function activeWords(device: PlannerDevice): string[] {
  const state = device.state ?? {};
  const words: string[] = [];
  if (state.on === true) words.push('on');
  for (const key of ['playback', 'status']) {
    const value = state[key];
    if (typeof value === 'string' && /ing$/.test(value) && value !== 'idling') words.push(value, value.replace(/ing$/, ''));
  }
  return words;
}

/** Whether the device is in use now: switched on, playing, cleaning. */
export function inUse(device: PlannerDevice): boolean {
  return activeWords(device).length > 0;
}

function firstVerb(description: string): string | undefined {
  const word = tokenize(description)[0];
  return word ? singularForms(word).at(-1) : undefined;
}

/**
 * Whether the request asks for the state the device is in ("turn on", "start", "play"): then its
 * being in use does not say it is the one meant. The words come from the device itself: its state
 * word, and the verb of the description of each function named after that state ("turn_on":
 * "Starts the fan.") that no function for leaving it begins with ("turn_off": "Turns the light off.").
 */
function asksForActiveState(tokens: readonly string[], device: PlannerDevice): boolean {
  const states = activeWords(device);
  const named = (fn: string) => fn.split('_').some((part) => states.includes(part));
  // "play the previous song": "previous" names another action, so "play" asks for no state.
  if (namesAnotherAction(tokens, device, named)) return false;
  const actions = device.capabilities.filter((capability) => capability.kind === 'action');
  const leaving = new Set(actions.filter((capability) => !named(capability.function)).map((capability) => firstVerb(capability.description)));
  const entering = actions.filter((capability) => named(capability.function)).map((capability) => firstVerb(capability.description));
  const words = new Set([...states, ...entering.filter((verb): verb is string => !!verb && !leaving.has(verb))]);
  return tokens.some((token) => [...singularForms(token), token.replace(/ing$/, '')].some((form) => words.has(form)));
}

/**
 * The one device of `candidates` that is in use, where the others are not and the request does not
 * ask to put it in that state; null where that does not single one out.
 */
export function theOneInUse(candidates: readonly PlannerDevice[], tokens: readonly string[]): PlannerDevice | null {
  const using = candidates.filter(inUse);
  // Only among devices of one kind: a thermostat heating says nothing about "clean this room".
  if (using.length !== 1 || candidates.length < 2 || candidates.some((device) => device.type !== candidates[0]!.type)) return null;
  return asksForActiveState(tokens, using[0]!) ? null : using[0]!;
}

/**
 * Among devices of several kinds that fit a bare verb alike ("pause" to a TV and a robot vacuum
 * in one room), the one in use, where no other is and the request does not ask to put it in use.
 */
export function theOneInUseOfAnyKind(candidates: readonly PlannerDevice[], tokens: readonly string[]): PlannerDevice | null {
  const using = candidates.filter(inUse);
  if (using.length !== 1 || candidates.length < 2) return null;
  return asksForActiveState(tokens, using[0]!) ? null : using[0]!;
}
