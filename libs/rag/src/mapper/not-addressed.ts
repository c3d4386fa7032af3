import { en } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { clauseWords } from './stated-event';

/**
 * Reads the speaker saying the request is not for the listener: "not you, the wrapper, stop it",
 * "no, not you, I meant the tugger", "I wasn't talking to you, the forklift should stop", "I didn't
 * mean you" said to a warehouse robot stopped or drove the robot (issue #17: a wrong action is worse
 * than a question). What follows names someone else's deed; the listener is told only that it is not
 * the one spoken to. English's grammar of it: "not" and the listener's pronoun alone, set off as a
 * clause of their own at the opening; or the speaker denying they spoke to the listener or meant them
 * (a verb of speaking or meaning, negated, with "you" after it).
 */

/** The listener's pronoun. */
const LISTENER = new Set(['you', 'u']);
/** The speaker's pronouns. */
const SPEAKER = new Set(['i', 'we']);
/** Verbs of speaking to someone and of meaning someone, in the forms said after a negated auxiliary: a closed set of the concept. */
const ADDRESSING = new Set(['talking', 'speaking', 'asking', 'telling', 'calling', 'talk', 'speak', 'ask', 'tell', 'mean', 'meant', 'meaning']);
/** What may open the clause before "not you": a refusal or an apology ("no, not you"). */
const OPENERS = new Set(['no', 'nope', 'sorry', 'oops', ...en.discourseOpeners.filter((phrase) => !phrase.includes(' '))]);

/** Whether a clause's words say it is not the listener spoken to. */
function deniesListener(said: readonly string[]): boolean {
  let at = 0;
  while (OPENERS.has(said[at] ?? '')) at += 1;
  // "not you", "not you robot": the listener set aside, alone in its clause or with a word it is called by.
  if (said[at] === 'not' && LISTENER.has(said[at + 1] ?? '') && said.length - at <= 3) return true;
  const speaker = said.findIndex((word) => SPEAKER.has(word));
  if (speaker < 0) return false;
  const not = said.indexOf('not', speaker + 1);
  if (not < 0 || not > speaker + 3) return false;
  const verb = said.slice(not + 1).findIndex((word) => ADDRESSING.has(word));
  if (verb < 0 || verb > 1) return false;
  const rest = said.slice(not + 2 + verb);
  return LISTENER.has(rest[0] ?? '') || (rest[0] === 'to' && LISTENER.has(rest[1] ?? ''));
}

/** The request declined where a clause of it says the listener is not the one spoken to; undefined otherwise. */
export function notAddressed(said: string, selfNoun: string | undefined): MapResult | undefined {
  const clauses = said.split(/[,;:.!?]+|\s[-–—]\s/).map(clauseWords).filter((words) => words.length > 0);
  if (!clauses.some(deniesListener)) return undefined;
  return { kind: 'not_executable', reason: `that is said to someone else, not to the ${selfNoun ?? 'device'}, so I left it as it is`, candidates: [], ranking: [] };
}
