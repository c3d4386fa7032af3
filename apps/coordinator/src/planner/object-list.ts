/**
 * Items that are verb phrases (issue #17, lists): "add book the MOT and clean the gutters to the
 * chores list" is cut at "and" into "add book the MOT" (a verb, no device) and "clean the gutters
 * to the chores list". The second piece opens with a verb of its own, yet its device is where the
 * items go ("to the chores list"), not what "clean" acts on: the pieces are one request around two
 * objects. A piece whose device is the object of its own verb ("close the blinds") is a request
 * of its own.
 */
import { en } from '@meshmind/language';
import type { ClauseReferences } from './clause-references';

const GOALS: ReadonlySet<string> = new Set(en.pathPrepositions.goal);
const DETERMINERS = en.determiners;

/** Where the goal preposition before the piece's first device reference is ("to the chores list"); -1 where there is none. */
function goalPrepositionAt(clause: ClauseReferences): number {
  const first = Math.min(...[...clause.named, ...clause.nouns].map((match) => match.start));
  if (!Number.isFinite(first)) return -1;
  let index = first - 1;
  while (index >= 0 && DETERMINERS.has(clause.tokens[index]!)) index -= 1;
  return index > 0 && GOALS.has(clause.tokens[index]!) ? index : -1;
}

/** Whether the piece's first device reference is said after a goal preposition ("to the chores list"). */
export function referenceIsGoal(clause: ClauseReferences): boolean {
  return goalPrepositionAt(clause) > 0;
}

/**
 * The requests of verb-phrase items said around one goal, one item each, so that no item is lost
 * in the other's words: "add book the MOT" and "clean the gutters to the chores list" are "add book
 * the MOT to the chores list" and "add clean the gutters to the chores list". `head` is the piece
 * with the verb, `piece` the one with the goal, `spans` its words' places in its text. Null where
 * the piece says no goal.
 */
export function itemRequests(head: string, piece: string, clause: ClauseReferences, spans: ReadonlyArray<{ start: number }>): string[] | null {
  const at = goalPrepositionAt(clause);
  const start = at > 0 ? spans[at]?.start : undefined;
  const verb = /^\S+/.exec(head.trim())?.[0];
  if (start === undefined || !verb) return null;
  const goal = piece.slice(start).trim();
  const item = piece.slice(0, start).trim();
  return [`${head.trim()} ${goal}`, `${verb} ${item} ${goal}`];
}
