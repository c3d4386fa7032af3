import { isStopword, stem, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { FunctionProfile } from './evidence';
import { isSecretParameter } from '../arguments/string-values';
import { askedDeed, joiningVerb } from './made-or-joined';
import { readThroughGlosses } from './glossed-words';

/**
 * How far below the best candidate a fallback that explains none of the request's words may score
 * and still be called: nearly level, the two are a near tie that the arguments decide; further
 * down, it was reached by the embedding's drift. Measured on eval:rag: at 0.03 one right fallback
 * of the dev split was lost to a question, at 0.045 none (the feasibility margin itself is 0.08).
 */
export const UNEXPLAINED_FALLBACK_BEHIND = 0.045;

/**
 * Whether a call that is only reached because the best candidate could not be made is declined.
 * When the best function lacks a value ("what's on this shelf?": which shelf?), the mapper tries
 * the next candidates within a small margin, on the reading that close candidates compete on their
 * arguments ("switch the lamp on" is not set_color_temperature when no temperature is given). That
 * reading holds where the next candidate is itself about the request. Where none of the request's
 * words meets the fallback's own words (its name, notes, parameters, through WordNet:
 * mapper/unsupported-command.ts counts them, as `support`) and it scores clearly below the best
 * (`behind`), it was ranked near only by the embedding's drift, and the device would do what
 * nobody asked for: scan for networks in place of a shelf. A sensitive function (an unlock, the
 * release of an emergency stop) is never reached by a fallback at all: a missing value of another
 * function is no evidence that it was meant. The best candidate's reason is reported instead, so
 * the person is asked for the value. Nor is an unexplained fallback reached past a sensitive best
 * (`bestSensitive`), which is passed over for a near tie: the tie says the request was most like the
 * sensitive deed, and doing another that its words do not name is a guess.
 */
export function declinesFallback(fn: NormalisedFunction, support: ReadonlyMap<string, number> | undefined, behind: number, bestSensitive = false, valueRefused: boolean | NormalisedFunction = false, language = 'en', mood?: string): boolean {
  if (fn.sensitive) return true;
  // A number refused as a measure (a float: a speed of 0.1 to 2 m/s) is no whole-numbered name of a thing: "drive
  // down aisle 12" refused as a speed of 12 m/s is not shelf 12. `valueRefused` is then the function that refused it.
  if (typeof valueRefused === 'object' && measuresOnly(valueRefused) && !fn.parameters.some((parameter) => parameter.type === 'number')) return true;
  // A number said for a better candidate that it cannot take ("set the heat to 40": set_temperature
  // stops at 30) is not dropped for a call that takes no number (set_mode heat): the person is told
  // the range. A fallback that takes a number of its own still competes for it ("set the fan to 80":
  // a speed of 1-3 or a percentage).
  if (valueRefused && !fn.parameters.some((parameter) => parameter.type === 'number' || parameter.type === 'integer')) return true;
  const unexplained = support !== undefined && (support.get(fn.name) ?? 0) === 0;
  // Past a sensitive best ("lift the roller door": open_door, a near tie with stop_door) a fallback the words do not explain is a guess at any distance: ask.
  // On a document read through glosses (glossed-words.ts) the scores are a salad's: nearly level says nothing of a
  // fallback that takes no value either ("scan the QR code on the box": the German robot's localisation). One that
  // takes values still has the arguments to decide the tie ("move to 70, 80 on the map": not the speed, the goal).
  // A question names what it asks for by words no document uses ("is your batery nearly flat?"): its words explaining
  // no reading is no sign that the reading was not asked, as scope.ts does not judge a question's words.
  const levelSaysNothing = readThroughGlosses(language) && mood !== 'question' && fn.parameters.length === 0;
  return unexplained && (bestSensitive || levelSaysNothing || behind > UNEXPLAINED_FALLBACK_BEHIND);
}

/** Whether every number a function takes is a measure (a float), none a whole-numbered name. */
function measuresOnly(fn: NormalisedFunction): boolean {
  const numeric = fn.parameters.filter((parameter) => parameter.type === 'number' || parameter.type === 'integer');
  return numeric.length > 0 && numeric.every((parameter) => parameter.type === 'number');
}

/**
 * Whether a fallback of no value on a document read through glosses (glossed-words.ts) is reached on
 * words already spent above it: the ranking's own candidates could not be called or were declined, and
 * a lower one is no better reading.
 * - Explained only by verbs that explain a candidate ranked above it: "connect to Birch" to the French
 *   robot meets its return to the charging station through "connect" (the glosses' salad), the very
 *   word that made the join the best; the join lacks a password, and the return was taken in its
 *   place. A thing both are about is no borrowing ("wifi scan please" still lists the networks that the
 *   join, lacking its password, is also about): only the deed said for the better one is.
 * - Past a fallback of no value that no word explains (declined as nearly level: declinesFallback):
 *   "search for access points around you" ranked the list of networks second, declined, and the return
 *   to the charger third, met through "points". What the embedding put above it was declined for lack of
 *   words; a lower one met by a stray word is no better evidence. Unless a word of it is the best's too:
 *   "show the available networks" to the Chinese robot, past a photo declined, still lists the networks
 *   that the join (lacking its password) is about.
 * The person is asked instead (the best candidate's reason). Commands only, as for the nearly level
 * fallback: a question's words are not judged.
 */
export function borrowsWords(fn: NormalisedFunction, above: readonly NormalisedFunction[], scope: { explained?: ReadonlyMap<string, ReadonlySet<number>>; content?: readonly string[] }, language: string, mood?: string, wordNet?: WordNet): boolean {
  const { explained, content } = scope;
  if (!explained || !content || !wordNet || !readThroughGlosses(language) || mood === 'question' || fn.parameters.length > 0) return false;
  const own = explained.get(fn.name);
  if (!own || own.size === 0) return false;
  const best = explained.get(above[0]?.name ?? '') ?? new Set<number>();
  if (above.slice(1).some((other) => other.parameters.length === 0 && (explained.get(other.name)?.size ?? 0) === 0) && ![...own].some((position) => best.has(position))) return true;
  const spent = new Set(above.flatMap((other) => [...(explained.get(other.name) ?? [])]));
  return [...own].every((position) => spent.has(position) && wordNet.mostlyVerb(content[position] ?? ''));
}

/**
 * Whether a fallback is an action of no value while the request names a thing of the best candidate
 * that the fallback's name does not: "go back to the last shelf you checked" names the shelf of
 * move_to_shelf, whose number it does not give (an earlier turn the device cannot read). The value
 * missing is that thing's, and an action that takes no value and names no such thing (an emergency
 * stop, reached through "checked": to check is also to stop) is no reading of the request: the
 * person is asked for the value. A reading is left to the other checks ("scan for wifi" to a robot
 * whose join takes a password still lists the networks), as is a function that takes a value of its own.
 * Only nouns of the request count, against the identifiers glossed to English: a word both name
 * tells nothing apart, and a verb ("go", "scan") says what is done, not what the missing value is of.
 */
export function namesOnlyTheBest(requestWords: readonly string[], best: FunctionProfile | undefined, fallback: FunctionProfile | undefined, fallbackKind: 'action' | 'query' | undefined, wordNet: WordNet | undefined): boolean {
  if (madeNotFound(requestWords, best, fallback, wordNet)) return true;
  if (!best || !fallback || !wordNet || fallbackKind !== 'action' || fallback.fn.parameters.length > 0) return false;
  return requestWords.some((word) => {
    const lower = word.toLowerCase();
    const key = stem(lower);
    // A thing, not a doing: "go back to the dock" to a robot whose best reading goes to coordinates names no thing of them.
    return !isStopword(lower) && wordNet.canBe(lower, 'noun') && !wordNet.mostlyVerb(lower) && best.nameStems.has(key) && !fallback.nameStems.has(key);
  });
}

/**
 * Whether a fallback of no value stands in for a maker of a secured thing that the request asks to
 * make: "create a network" to a robot whose access point needs a name and a password falls to the
 * lister of networks, which makes nothing. Making one is neither joining nor finding one
 * (mapper/made-or-joined.ts reads the deed): the person is asked for the name and password instead.
 * Only a best that takes a secret (a password) and does not join: the maker of the pair.
 */
export function madeNotFound(requestWords: readonly string[], best: FunctionProfile | undefined, fallback: FunctionProfile | undefined, wordNet: WordNet | undefined): boolean {
  if (!best || !fallback || !wordNet || fallback.fn.parameters.length > 0 || !best.fn.parameters.some((parameter) => isSecretParameter(parameter.name))) return false;
  return !best.actionWords.some((word) => joiningVerb(word, wordNet)) && askedDeed(requestWords.join(' '), wordNet) === 'make';
}
