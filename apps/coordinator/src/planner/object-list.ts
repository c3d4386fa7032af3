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

/** Whether the piece's first device reference is said after a goal preposition ("to the chores list"). */
export function referenceIsGoal(clause: ClauseReferences): boolean {
  const first = Math.min(...[...clause.named, ...clause.nouns].map((match) => match.start));
  if (!Number.isFinite(first)) return false;
  let index = first - 1;
  while (index >= 0 && DETERMINERS.has(clause.tokens[index]!)) index -= 1;
  return index > 0 && GOALS.has(clause.tokens[index]!);
}
