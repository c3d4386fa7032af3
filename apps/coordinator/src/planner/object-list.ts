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
/** "on the shopping list" is a goal after a verb of putting, as "to" is after "add". */
const GOALS_OF_PUTTING: ReadonlySet<string> = new Set([...en.pathPrepositions.goal, ...en.pathPrepositions.goalInCommands]);
/** "take milk and cereal off the shopping": the list is where the items leave from, as "on the list" is where they go. */
const ENDS_OF_MOVING: ReadonlySet<string> = new Set([...GOALS_OF_PUTTING, ...en.pathPrepositions.source]);
const DETERMINERS = en.determiners;

/** Where the goal preposition before the piece's first device reference is ("to the chores list"); -1 where there is none. */
function goalPrepositionAt(clause: ClauseReferences, goals = GOALS): number {
  const first = Math.min(...[...clause.named, ...clause.nouns].map((match) => match.start));
  return Number.isFinite(first) ? goalBefore(clause, first, goals) : -1;
}

/** Where the goal preposition is that the reference starting at `start` follows ("to the chores list"); -1 where there is none. */
function goalBefore(clause: ClauseReferences, start: number, goals = GOALS): number {
  let index = start - 1;
  while (index >= 0 && DETERMINERS.has(clause.tokens[index]!)) index -= 1;
  return index > 0 && goals.has(clause.tokens[index]!) ? index : -1;
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

/**
 * "add hoover the stairs and walk the dog to the chore list": the head piece's only device word is
 * its item's verb ("hoover", "light", "pump" name devices and actions alike). A device noun said
 * right after the clause's verb and followed at once by a determiner is a verb with its object
 * ("hoover the stairs"), not a device: a device noun takes its determiner before it. A one-word
 * name ("hoover" for the robot) is read the same way; places and floors are always references.
 */
export function refersOnlyThroughVerbs(clause: ClauseReferences): boolean {
  const references = [...clause.named, ...clause.nouns];
  if (clause.areas.length + clause.floors.length > 0 || references.length === 0) return false;
  return references.every((reference) => itemVerb(clause, reference));
}

function itemVerb(clause: ClauseReferences, noun: { start: number; end: number }): boolean {
  return clause.hasAction && noun.start === 1 && noun.end === 2 && DETERMINERS.has(clause.tokens[noun.end] ?? '');
}

/**
 * The clause without the device nouns that are its item's verb, where another reference says where
 * the item goes: in "add hoover the stairs to the chore list" the list is meant, not the hoover.
 */
export function withoutItemVerbs(clause: ClauseReferences): ClauseReferences {
  const references = [...clause.named, ...clause.nouns];
  const verbs = references.filter((reference) => itemVerb(clause, reference));
  if (verbs.length === 0 || !references.some((match) => !verbs.includes(match) && goalBefore(clause, match.start) > 0)) return clause;
  return { ...clause, named: clause.named.filter((match) => !verbs.includes(match)), nouns: clause.nouns.filter((noun) => !verbs.includes(noun)) };
}

/**
 * "stick eggs, flour and sugar on the shopping list", "bung crumpets and jam on the groceries", "take milk
 * and cereal off the shopping" (its list is where the items leave from): a verb
 * of putting that no word list holds ("stick", "bung", "pop", "chuck") heads items said as a list
 * that ends at a goal ("on the shopping list"). Cut at the commas and "and", the head ("stick eggs")
 * has no action word, so the pieces were read as requests of their own: "flour" and "stick eggs"
 * named nothing and only "sugar" reached the list. A head opens such a list when its first word may
 * be a verb (WordNet), it names no device or place, and the pieces after it name nothing either until
 * one whose first reference follows a goal preposition; none of them opens with a verb of its own.
 * The indexes of `pieces` that head such lists; `joinable[i]` says piece i may go on from the one before.
 */
export function verbHeadsOfItemsToGoal(pieces: readonly ClauseReferences[], joinable: readonly boolean[], canBeVerb: ((word: string) => boolean) | undefined): Set<number> {
  const heads = new Set<number>();
  if (!canBeVerb) return heads;
  const bare = (piece: ClauseReferences) => !piece.hasAction && !piece.isQuestion && !piece.pronoun && piece.named.length + piece.nouns.length + piece.areas.length + piece.floors.length === 0;
  pieces.forEach((head, index) => {
    if (!bare(head) || head.tokens.length < 2 || !canBeVerb(head.tokens[0]!)) return;
    for (let next = index + 1; next < pieces.length && joinable[next]; next += 1) {
      const piece = pieces[next]!;
      const opening = piece.tokens[0] ?? '';
      if (piece.hasAction || piece.isQuestion || en.actionWords.has(opening) || en.verbParticles.has(opening)) return;
      if (goalPrepositionAt(piece, ENDS_OF_MOVING) > 0 && piece.areas.length + piece.floors.length === 0) {
        heads.add(index);
        return;
      }
      if (!bare(piece)) return;
    }
  });
  return heads;
}
