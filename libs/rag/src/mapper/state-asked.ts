import { en, type RequestReading } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';

/**
 * "Is the emergency stop on?", "are you docked?", "have you built a map yet?" to a robot whose
 * document declares no kinds: the question asks whether the device is in a state, and the one
 * function that meets its words is the deed that puts it there (issue #17). A vendor's document
 * (LLMind's format) says nothing of queries and actions, so the mapper's veto on a question answered
 * by an action (api-mapper.ts's QUESTION_ACTION_PENALTY, declared kinds only) never applies, and the
 * robot stopped or docked when it was only asked whether it had. A yes/no question about a state is
 * answered by no action: where every call chosen is one (by the kind read from its name), it is
 * declined, saying the device cannot report it.
 *
 * A yes/no question about a state opens with a form of "be", of the perfect's "have" or of "did"
 * (English's closed class of auxiliaries that ask whether, not whether one may: "can you dock?" and
 * "would you go?" ask for the deed). "Are you able to map the area?" asks for the deed as well: the
 * closed class of adjectives of ability and leave before "to" keeps it.
 */
export const STATE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'am', 'was', 'were', 'has', 'have', 'had', 'did', "isn't", "aren't", "hasn't", "haven't", "didn't"]);
/** Adjectives of ability, possibility and leave: "are you able to ...", "is it possible to ...". Closed. */
const ABILITY = new Set(['able', 'possible', 'allowed', 'willing', 'ready', 'free', 'okay', 'ok']);
/** "Is there ...", "are there any ...": a question of things present, which a listing answers. */
const EXISTENTIAL = 'there';

/** The words of the question's opening, or undefined where it is no yes/no question of a state. */
function stateQuestion(reading: RequestReading): string[] | undefined {
  if (reading.mood !== 'question') return undefined;
  // One question alone: "are you lost? find out where you are" asks for the deed in its second sentence.
  if (/[.!?]\s*\S/.test(reading.text.trim())) return undefined;
  const all = reading.words.map((word) => word.toLowerCase()).filter((word) => !en.courtesy.has(word));
  if (!STATE_AUXILIARIES.has(all[0] ?? '') || all[1] === EXISTENTIAL || all.some((word) => ABILITY.has(word))) return undefined;
  return all;
}

/** The reason a yes/no question about a state is declined where every call is an action, or undefined. */
/** What a success flag's return says: a boolean, 1/0, an error, or nothing ("bool", "int 1/0", "True/False", "logical", "error"). */
const SUCCESS_RETURN = /^(?:|void|none|bool|boolean|logical|error|int 1\/0|true\/false|boolean true\/false)$/i;
function returnsOnlySuccess(returns: string | undefined): boolean {
  return SUCCESS_RETURN.test((returns ?? '').trim());
}

export function stateAskedOfAction(result: MapResult, reading: RequestReading, kindOf: (name: string) => 'action' | 'query' | undefined, selfNoun: string | undefined, returnsOf: (name: string) => string | undefined = () => undefined): string | undefined {
  if (result.kind !== 'call' || result.calls.length === 0) return undefined;
  // An action that hands back only whether it worked (a flag, a status, nothing): "tank_fill" returning 0-100 may be a reading its name hides.
  if (!result.calls.every((call) => kindOf(call.function) === 'action' && returnsOnlySuccess(returnsOf(call.function)))) return undefined;
  if (!stateQuestion(reading)) return undefined;
  const deeds = [...new Set(result.calls.map((call) => call.function))].join(', ');
  return `the ${selfNoun ?? 'device'} cannot report whether that is so: "${reading.text.trim()}" asks about a state, and ${deeds} would change it, not tell it`;
}
