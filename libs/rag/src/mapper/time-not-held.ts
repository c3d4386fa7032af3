import { en, enMapping, fillTemplate, splitIdentifier, timesOfExecution, type TimeOfExecution } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

const PARAMETER_WORDS = new Set(en.executionTimes.parameterWords);
const SPAN_WORDS = new Set(en.executionTimes.spanParameterWords);
const SAY = enMapping.answers.notLater;

/**
 * A request said for later or on a repeat that the chosen call cannot hold: "turn the light off in
 * ten minutes", "close the valve at midnight", "vacuum every day at noon" (issue #17). A device
 * agent acts at once and once only; the coordinator's planner waits for a one-off delay itself and
 * sends the step without its time, so a time still in the subtask would be dropped: the light
 * would go off now, the vacuum run once. Declined, saying what the device could do now.
 *
 * Not declined where a parameter of the chosen call takes the time: its name says a delay, a time
 * or a schedule ("delay_seconds", "start_time", "sleep_timer"), not a span ("duration_minutes"
 * holds "for 20 minutes", which is no time of execution). Nor a time a value of the call took: "at
 * 7" where the 7 is a level ("put the heating at 20"), a day inside a to-do item.
 */
export function timeNotHeld(result: MapResult, said: string, byName: ReadonlyMap<string, NormalisedFunction>, selfNoun: string | undefined): string | undefined {
  if (result.kind !== 'call' || result.calls.length === 0) return undefined;
  const given = result.calls.flatMap((call) => Object.values(call.arguments));
  const times = timesOfExecution(said).filter((time) => !tookAsValue(time, given) || afterStateParticle(said, time));
  if (times.length === 0) return undefined;
  if (result.calls.some((call) => byName.get(call.function)?.parameters.some((parameter) => takesTime(parameter.name)))) return undefined;
  const time = times.find((each) => each.kind === 'repeat') ?? times[0]!;
  return reason(time, result.calls[0]!.function, selfNoun);
}

/** A parameter named as a time of execution ("delay", "start_time") and not as a span ("duration_minutes", "run_time"). */
function takesTime(name: string): boolean {
  const parts = splitIdentifier(name).map((part) => part.toLowerCase());
  return parts.some((part) => PARAMETER_WORDS.has(part)) && !parts.some((part) => SPAN_WORDS.has(part));
}

/**
 * Whether a value of the call took the time's words: a to-do item ("the window cleaner comes
 * tuesday") says a time as its content, and "put the heating at 20" names a level, not an hour.
 */
function tookAsValue(time: TimeOfExecution, given: readonly unknown[]): boolean {
  const words = time.text.toLowerCase();
  if (given.some((value) => typeof value === 'string' && value.toLowerCase().includes(words))) return true;
  return time.bareHour !== undefined && given.some((value) => sameNumber(value, time.bareHour!));
}

/** A state's particle right before "at" ("on", "off", "up"): what follows is no level. */
const STATE_PARTICLE_BEFORE = new RegExp(`\\b(?:${[...en.verbParticles].join('|')})\\s*$`, 'i');

/**
 * "Heating on at 8", "lights on at 7", "switch the fan on at 9", "back on at seven": a bare hour
 * after the particle of a state is when that state is wanted, though a level of the call could
 * take the number (the heating's target to 8 °C, the fan's speed to 9%, the lamp to 7%: wrong
 * actions, issue #17). A level is said after its verb or noun ("put the heating at 20", "set it at
 * 40"), or with its unit ("lamp on at 30 percent": no bare hour).
 */
function afterStateParticle(said: string, time: TimeOfExecution): boolean {
  return time.bareHour !== undefined && STATE_PARTICLE_BEFORE.test(said.slice(0, time.start));
}

function sameNumber(value: unknown, hour: number): boolean {
  return typeof value === 'number' ? value === hour : typeof value === 'string' && new RegExp(`\\b${hour}\\b`).test(value);
}

function reason(time: TimeOfExecution, functionName: string, selfNoun: string | undefined): string {
  const subject = selfNoun ? fillTemplate(SAY.subject, { device: selfNoun }) : SAY.defaultSubject;
  const action = splitIdentifier(functionName).map((part) => part.toLowerCase()).join(' ');
  return fillTemplate(time.kind === 'repeat' ? SAY.repeat : SAY.later, { subject, time: time.text, action });
}
