import { en, enReference, isStopword, type WordNet } from '@meshmind/language';

/**
 * Reads another one of the device's own kind picked out by a description: "stop the cleaning robot",
 * "send the blue robot to shelf 4", "get the new robot to scan shelf 7", "ask the robot beside you to
 * stop", "stop the robot that's blocking aisle 2" said to a warehouse robot stopped or drove the robot
 * itself (issue #17: a wrong action is worse than a question). "The" with a word that tells one robot
 * from the others says there are others, and that this one is not the listener: the listener is "you".
 * another-of-kind.ts reads the other kind of naming ("the other robot", "robot 2"); this file reads the
 * description. Two ways English describes a noun: words before it (an adjective, a noun, a participle:
 * "the night-shift robot"), none of which the document meets or names the device by ("the warehouse
 * robot" is the document's own kind word); or a phrase after it that places it ("the robot next to
 * you", "that robot over there") or a clause about it ("the robot that's blocking aisle 2").
 */

/** The determiners of one thing picked out among several: the definite article and the demonstratives. */
const PICKING = new Set(['the', ...en.demonstratives]);
/** Prepositions that place a thing among others ("the robot by the door", "the robot in aisle 4"): stated-event's phrase prepositions, less those of where a deed goes or is for ("send the robot to ...", "put the robot on charge"). */
const PLACING: ReadonlySet<string> = new Set([...enReference.statedEvent.phrasePrepositions.filter((word) => !['to', 'for', 'of', 'on'].includes(word)), 'beside']);
/** Relative pronouns that open a clause about the noun before them. */
const RELATIVE = new Set(['that', 'which', 'who']);
/** The most words said before a noun to describe it. */
const MODIFIERS = 2;

/** Whether a word may describe a noun: an adjective, a noun, a participle, or a word WordNet does not know ("night-shift"). */
function describes(word: string, wordNet: WordNet | undefined): boolean {
  if (/^\d/.test(word) || isStopword(word) || en.courtesy.has(word) || en.determiners.has(word)) return false;
  if (!wordNet || !wordNet.isKnown(word)) return /^\p{L}/u.test(word);
  return wordNet.canBe(word, 'adj') || wordNet.canBe(word, 'noun') || /(?:ing|ed)$/.test(word);
}

/**
 * The description that picks another of the device's kind out, where the own noun at `at` has one;
 * undefined where it has none. `said` are the request's words and marks, lower-cased; `question`
 * leaves a placing phrase out ("is the robot at shelf 5?" asks where the device is).
 */
export function describedOther(said: readonly string[], at: number, question: boolean, ownWord: (word: string) => boolean, meets: (word: string) => boolean, wordNet: WordNet | undefined): string | undefined {
  let back = at - 1;
  const before: string[] = [];
  while (back >= 0 && before.length < MODIFIERS && describes(said[back]!, wordNet) && !ownWord(said[back]!)) before.unshift(said[back--]!);
  // "the warehouse robot", "the mobile robot": the device's own kind words are no description; nor a word the document meets.
  while (back >= 0 && ownWord(said[back]!) && before.length === 0) back -= 1;
  const picked = PICKING.has(said[back] ?? '');
  if (picked && before.length > 0 && before.every((word) => !meets(word))) return `${said[back]} ${[...before, said[at]].join(' ')}`;
  if (!picked || question) return undefined;
  const next = said[at + 1] ?? '';
  const after = said[at + 2] ?? '';
  // "the robot behind you", "that robot over there", "the robot in aisle 4"; "the robot that's blocking aisle 2".
  // "set the lamp at 20": a number after it is a value, not a place.
  const placed = PLACING.has(next) && /^\p{L}/u.test(after);
  const related = RELATIVE.has(next) && wordNet !== undefined && (wordNet.isVerb(after) || /ing$/.test(after));
  return placed || related ? `${said[back]} ${said[at]} ${next} ${after}` : undefined;
}

/** The fewest letters of a clipped word ("bot" of "robot"). */
const CLIPPED = 3;

/** The device's own noun a word clips from the front ("bot" of "robot"): at least two letters left off. */
export function frontClipped(word: string, ownNouns: ReadonlySet<string>): string | undefined {
  if (word.length < CLIPPED) return undefined;
  return [...ownNouns].find((own) => !own.includes(' ') && own.length >= word.length + 2 && own.endsWith(word));
}
