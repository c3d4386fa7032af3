import { words } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';

/**
 * The deictic adverb of the present, "now" and "right now" (a closed grammatical class), longest first.
 * Not "immediately", "at once", "right away": those say how urgently, and an emergency stop is told from a
 * plain stop by them ("kill all movement at once"; WordNet reads the collocations as "immediately").
 */
const AT_ONCE = ['right now', 'now'];
/** The words of the deictic adverb of the present: they say when a command is meant, never which deed. */
export const AT_ONCE_WORDS: ReadonlySet<string> = new Set(AT_ONCE.flatMap((phrase) => phrase.split(' ')));
/** Prepositions that make "now" a point of time the deed is measured from or lasts to ("for now", "from now"): a closed class. */
const TIME_PREPOSITIONS = new Set(['for', 'from', 'until', 'till', 'til', 'since', 'by', 'of', 'than']);
/** What may follow the adverb at a command's end: courtesy and punctuation ("... now please!"). */
const TRAILER = String.raw`(?:\s*,?\s*please)?\s*[.!]*\s*$`;
const PATTERN = new RegExp(String.raw`(?:^|\s+)(${AT_ONCE.map((phrase) => phrase.replace(' ', String.raw`\s+`)).join('|')})${TRAILER}`, 'i');

/**
 * A command with the adverb of immediacy it ends with read off (issue #17): "stop the sprinklers now"
 * is "stop the sprinklers". The embedding weighs "now" as a word of its own, and it sat nearer to
 * opening a valve than to closing it, so a trailing "now" flipped the call. Every command is meant now;
 * the adverb says when, never which deed. Kept where a word of the class is the document's own (an
 * stop that "halts all motion now, mid-stroke": there the word tells the functions apart), where a
 * preposition makes it a point of time ("off for now", "an hour from now"), and where nothing else is
 * left. Read on commands only: a question asks of "right now" (mapper/reading-now.ts).
 */
export function withoutAtOnce(command: string, document: NormalisedDocument): string {
  const found = PATTERN.exec(command);
  if (!found) return command;
  const last = found[1]!.toLowerCase().split(/\s+/).at(-1)!;
  const own = new Set(document.functions.flatMap((fn) => words(fn.description).map((word) => word.toLowerCase())));
  if (own.has(last)) return command;
  const before = command.slice(0, found.index).trim();
  const previous = words(before).at(-1)?.toLowerCase();
  if (previous === undefined || TIME_PREPOSITIONS.has(previous) || !/\p{L}/u.test(before)) return command;
  return before;
}
