import { en, enMapping, REFERRING_PRONOUN, type WordNet } from '@meshmind/language';

/** Subject pronouns a stating clause opens with: a closed class, in en-mapping.ts. */
const SUBJECTS = new Set(enMapping.statementSubjects);
/** Openers that make a clause a question, not a command: "is", "do", "have" are verbs too. */
const QUESTION_OPENERS = new Set(en.mood.questionOpeners.filter((opener) => !opener.includes(' ')));
const POLITE_ASKS = new Set(en.mood.politeAsks);
/** Where clauses part: a comma, a semicolon, a dash set off by spaces, or the end of a sentence with more after it. */
export const CLAUSE_BREAK = /\s*[,;]\s*|\s+[-–—]\s+|(?<=[.!])\s+/;
/** "one" stands for a thing said before ("you have no map, make one") as "it" does. */
const PRO_FORM = /\bones?\b/i;

const wordsOf = (clause: string): string[] => clause.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];

/** A clause that states something about the world or the device: it opens with a subject pronoun ("you're nearly out of battery", "there's someone in the aisle", "I can't see the top"). */
function states(clause: string): boolean {
  const first = wordsOf(clause)[0];
  return first !== undefined && SUBJECTS.has(first) && !clause.includes('?');
}

/**
 * A clause that orders something: its first word WordNet knows is a verb, and no opener of a
 * question or a polite ask ("is", "do", "can"). Words WordNet does not know before it are
 * interjections ("whoa halt"): they say how it is said, not what.
 */
export function commands(clause: string, wordNet: WordNet): boolean {
  if (clause.includes('?')) return false;
  const first = wordsOf(clause).find((word) => wordNet.isKnown(word));
  return first !== undefined && !SUBJECTS.has(first) && !QUESTION_OPENERS.has(first) && !POLITE_ASKS.has(first) && wordNet.isVerb(first);
}

/**
 * "You're nearly out of battery, go and plug yourself in", "whoa halt, there's someone in the
 * aisle", "stop right there, you're about to hit the forklift": a clause that states a condition,
 * before or after a command and set off from it by a comma, says why the command is given, not
 * what to do. Read whole, its words pull the ranking towards whatever they name (the battery's
 * reading, the camera for "see", nothing at all for "someone in the aisle"), so the command is read
 * on its own and the statement kept only as the reason. The text is left as said where no clause
 * commands, where every clause states (a stated excess, "it's too dark in here", is read by
 * stated-excess.ts), and where the command refers back into the statement ("I got the bread,
 * cross it off", "you have no map yet, make one"): without it the pronoun would stand for nothing.
 */
export function withoutStatedContext(text: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const clauses = text.split(CLAUSE_BREAK).filter((clause) => wordsOf(clause).length > 0);
  if (clauses.length < 2) return text;
  const stating = clauses.filter(states);
  const rest = clauses.filter((clause) => !states(clause));
  if (stating.length === 0 || rest.length === 0 || !rest.every((clause) => commands(clause, wordNet))) return text;
  if (rest.some((clause) => REFERRING_PRONOUN.test(clause) || PRO_FORM.test(clause))) return text;
  return rest.join(', ').replace(/[.!\s]+$/, '') + (/[!.]\s*$/.test(text) ? text.trim().slice(-1) : '');
}
