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
  return describedHolders(functions, phrase, GOAL_PREPOSITIONS);
}

/** The prepositions a state is left by: "from standby", "off standby" (a function's notes say "from"). */
const SAID_SOURCES = new Set(en.pathPrepositions.source);
const SOURCE_PREPOSITIONS = new Set(en.pathPrepositions.source.filter((word) => word === 'from'));
/** The closed pair "out of", the other way of saying where from: "out of standby". */
const OUT_OF = ['out', 'of'];

/**
 * "bring the tv out of standby", "take the speaker off standby": a state the request takes the
 * device out of, where the notes of a function say it takes it from there ("wakes the player from
 * standby"). Read word by word, "out" was the off end and the player was put into standby, the
 * very state it was asked out of. The phrase after the last "from", "off" or "out of" (past a determiner)
 * and the functions whose notes name that state after "from", where another's notes go into it (a
 * state, not a place: "Deletes an item from the list" leaves no state); undefined where none does.
 */
export function describedSource(tokens: readonly string[], functions: readonly NormalisedFunction[]): { phrase: string; holders: Set<string> } | undefined {
  let end = tokens.length;
  while (end > 1 && en.courtesy.has(tokens[end - 1]!)) end -= 1;
  for (let index = end - 2; index > 0; index -= 1) {
    const outOf = tokens[index] === OUT_OF[1] && tokens[index - 1] === OUT_OF[0];
    if (!outOf && !SAID_SOURCES.has(tokens[index]!)) continue;
    const rest = tokens.slice(index + 1, end);
    const phrase = (en.determiners.has(rest[0]!) ? rest.slice(1) : rest).join(' ');
    // A state is gone into as well as left ("puts the player into standby"): "off the list" leaves no state.
    const holders = phrase === '' || describedGoalHolders(functions, phrase).size === 0 ? new Set<string>() : describedHolders(functions, phrase, SOURCE_PREPOSITIONS);
    return holders.size > 0 ? { phrase, holders } : undefined;
  }
  return undefined;
}

function describedHolders(functions: readonly NormalisedFunction[], phrase: string, prepositions: ReadonlySet<string>): Set<string> {
  const said = words(phrase.toLowerCase()).filter((word) => !isStopword(word)).map(stem);
  const holders = new Set<string>();
  if (said.length === 0) return holders;
  for (const fn of functions) {
    if (fn.kind === 'query') continue;
    const notes = words(fn.description.toLowerCase());
    for (let index = 0; index < notes.length; index += 1) {
      if (!prepositions.has(notes[index]!)) continue;
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
