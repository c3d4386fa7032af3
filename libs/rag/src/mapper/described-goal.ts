import { en, isStopword, stem, words } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';

/** The prepositions a state is gone into with: "into standby", "to sleep". "on" is not one: "switches the light on". */
const GOAL_PREPOSITIONS = new Set(en.pathPrepositions.goal);
/** At most this many words (determiners, possessives) between the preposition and the state: "into its standby". */
const WORDS_BETWEEN = 1;

/**
 * The functions whose own notes say they put the device into the state named: "put the telly on
 * standby" to a player whose turn_off "puts the player into standby" and whose turn_on "wakes the
 * player from standby". The state is no parameter's option, only a word of the document; which end
 * of a move a function names it at (after "into", not after "from") says which function reaches it.
 */
export function describedGoalHolders(functions: readonly NormalisedFunction[], phrase: string): Set<string> {
  const said = words(phrase.toLowerCase()).filter((word) => !isStopword(word)).map(stem);
  const holders = new Set<string>();
  if (said.length === 0) return holders;
  for (const fn of functions) {
    if (fn.kind === 'query') continue;
    const notes = words(fn.description.toLowerCase());
    for (let index = 0; index < notes.length; index += 1) {
      if (!GOAL_PREPOSITIONS.has(notes[index]!)) continue;
      let start = index + 1;
      while (start - index - 1 < WORDS_BETWEEN && (en.determiners.has(notes[start] ?? '') || notes[start] === 'its')) start += 1;
      if (said.every((key, offset) => stem(notes[start + offset] ?? '') === key)) holders.add(fn.name);
    }
  }
  return holders;
}

/** "on" before a bare state ("on standby", "on hold"): a goal there, though elsewhere it is a particle. */
const BARE_GOALS = new Set(en.pathPrepositions.goalInCommands);
/** The goal preposition "on" is read as where a described state is named: "into". */
const GOAL = en.pathPrepositions.goal.find((word) => word === 'into') ?? 'into';

/**
 * "put the telly on standby": "on" before a state that a function's notes say it goes into is the
 * goal of that state, not the particle of "put ... on" (which would switch the set on). Read as
 * "put the telly into standby", so the polar "on" no longer points at the function that wakes it.
 */
export function withDescribedGoal(request: string, functions: readonly NormalisedFunction[]): string {
  const tokens = request.split(/\s+/);
  for (let index = tokens.length - 2; index > 0; index -= 1) {
    if (!BARE_GOALS.has(tokens[index]!.toLowerCase())) continue;
    // "where you are on the map": before a determiner "on" is a place, not a state gone into.
    if (en.determiners.has(tokens[index + 1]!.toLowerCase())) return request;
    const rest = tokens.slice(index + 1).map((token) => token.replace(/[?.!,]+$/, '')).filter((token) => !en.courtesy.has(token.toLowerCase()));
    if (rest.length === 0 || describedGoalHolders(functions, rest.join(' ')).size === 0) return request;
    return [...tokens.slice(0, index), GOAL, ...tokens.slice(index + 1)].join(' ');
  }
  return request;
}
