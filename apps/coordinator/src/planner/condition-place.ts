/**
 * Where a condition said without a comma ends when a place word follows its number: "if it's below
 * 3 degrees outside turn the heater on", "when it is over 25 degrees upstairs open the skylight".
 * The place belongs to the condition (it says where the reading is taken), and the request starts
 * after it.
 *
 * Only a place word that stands alone can be moved: one followed by a determiner ("in the
 * greenhouse open the vent", "outside the barn ...") opens a phrase whose end the words alone do not
 * show, and that case stays unsplit (see `opensWithCondition`: it is then declined, never run
 * without its condition).
 */
import { en, enPlanning } from '@meshmind/language';

const PLACE_WORDS = new Set(enPlanning.placeWords.map((word) => word.toLowerCase()));
const CONDITION_OPENERS = enPlanning.conditions.anywhere.map((word) => word.toLowerCase());

export interface PlaceSplit {
  /** The place word, to be read with the condition. */
  place: string;
  /** What follows it: the request. */
  request: string;
}

/**
 * The place word that opens `request` and the request after it, when the place stands alone; null
 * when `request` does not open with a place word, or the place opens a phrase ("in the greenhouse")
 * or nothing is left after it.
 */
export function placeBeforeRequest(request: string): PlaceSplit | null {
  const match = /^(\S+)\s+(\S+)([\s\S]*)$/.exec(request.trim());
  if (!match) return null;
  const [, first, second, rest] = match as unknown as [string, string, string, string];
  if (!PLACE_WORDS.has(first.toLowerCase())) return null;
  // "outside the barn", "in the greenhouse": a phrase of unknown length, not a place on its own.
  if (en.determiners.has(second.toLowerCase()) || !/^[a-z]/i.test(second)) return null;
  return { place: first, request: `${second}${rest}`.trim() };
}

/**
 * Whether a sentence opens with a condition word ("if ..."): a sentence that does and still could
 * not be split into a condition and a request must not be run as if no condition had been said.
 */
export function opensWithCondition(sentence: string): boolean {
  const lower = sentence.trim().toLowerCase();
  return CONDITION_OPENERS.some((word) => lower.startsWith(`${word} `));
}
