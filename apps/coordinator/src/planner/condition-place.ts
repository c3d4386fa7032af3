/**
 * Where a condition said without a comma ends when a place word follows its number: "if it's below
 * 3 degrees outside turn the heater on", "when it is over 25 degrees upstairs open the skylight".
 * The place belongs to the condition (it says where the reading is taken), and the request starts
 * after it.
 *
 * A place word that stands alone is moved, and so is one whose phrase is a place the home names
 * ("in the greenhouse open the vent": the caller tells, since the splitter holds each name of an
 * area as one unit). Any other phrase ("outside the barn ...") has an end the words alone do not
 * show, and stays unsplit (see `opensWithCondition`: it is then declined, never run without its
 * condition).
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
export function placeBeforeRequest(request: string, isPlaceName: (word: string) => boolean = () => false): PlaceSplit | null {
  const words = request.trim().split(/\s+/);
  const [first, second] = words;
  if (!first || !second) return null;
  // "if it's below 3 degrees outside turn ...", where "Outside" is a floor of the home: the place said by its name alone.
  if (isPlaceName(first)) return { place: first, request: words.slice(1).join(' ') };
  if (!PLACE_WORDS.has(first.toLowerCase())) return null;
  // "in the greenhouse open the vent": a place word, maybe a determiner, then a place the home names as one unit.
  const nameAt = en.determiners.has(second.toLowerCase()) ? 2 : 1;
  const name = words[nameAt];
  if (name && isPlaceName(name) && words.length > nameAt + 1) {
    return { place: words.slice(0, nameAt + 1).join(' '), request: words.slice(nameAt + 1).join(' ') };
  }
  // "outside the barn", "in the big shed": a phrase whose end the words alone do not show.
  if (en.determiners.has(second.toLowerCase()) || !/^[a-z]/i.test(second)) return null;
  return { place: first, request: words.slice(1).join(' ') };
}

/**
 * Whether a sentence opens with a condition word ("if ..."): a sentence that does and still could
 * not be split into a condition and a request must not be run as if no condition had been said.
 */
export function opensWithCondition(sentence: string): boolean {
  const lower = sentence.trim().toLowerCase();
  return CONDITION_OPENERS.some((word) => lower.startsWith(`${word} `));
}
