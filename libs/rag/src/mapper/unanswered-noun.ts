import { en, enPlanning, enReference, isFunctionWord, type RequestReading, type WordNet } from '@meshmind/language';
import { isSecretParameter } from '../arguments/string-values';
import { askedNoun, isQuantity, VALUE_ASKERS } from './absent-quantity';

/**
 * The thing a question asks for that the device cannot tell (issue #17, wrong actions). A question
 * is never judged out of scope by its words (mapper/scope.ts), and some reading of the same device
 * always lies nearest: the robot listed wifi networks for "what's the wifi password?" and read its
 * battery for "how many orders came in today?". Two kinds of thing are never any reading's answer:
 *
 * - a secret the device takes ("password", "passphrase": a parameter its connect or hotspot
 *   function holds, as arguments/string-values.ts tells one by its identifier): a value given in is
 *   no state read back, and a secret least of all;
 * - a count of things its document never names ("how many orders", "how many people"): a device
 *   counts only what it knows of.
 *
 * The question asks a value ("what", "which", "how many") and names the thing in its first noun
 * phrase ("the wifi password" -> "password", mapper/absent-quantity.ts). The chosen function's own
 * words (a "get_password" reading) or the device itself answer it whatever its kind; `accounts`
 * says which, `named` whether the document names the word anywhere. How much of a quantity ("how
 * much juice") is absent-quantity.ts's, which knows a quantity by WordNet's attributes.
 */
export interface AskedNouns {
  /** Whether the chosen function's words or the device's names meet the noun. */
  accounts(noun: string): boolean;
  /** Whether any word of the document meets the noun. */
  named(noun: string): boolean;
  /** Whether any function takes a secret. */
  takesSecret: boolean;
  /** Whether the device's state says what it measures (a sensor's class): a quantity it never names may be its own. */
  measuresByState?: boolean;
  /** Whether the word names the device itself (its nouns, its names). */
  device?: (word: string) => boolean;
}

/** The word of the many-question's amount: "how many orders". */
const COUNTED_AFTER = 'many';
/** The askers of a value by its name: "what", "which". */
const NAME_ASKERS: ReadonlySet<string> = new Set([...en.answerKinds.namesAskers, ...en.answerKinds.thingAskers]);
/** The openers of a yes-or-no question ("is", "are", "does", "has"). */
const YES_NO: ReadonlySet<string> = new Set(enPlanning.questions.yesNoOpeners);
const PLACES = enReference.placeKinds;
const TIME = enReference.temporaryStop.timeNoun;

/**
 * Whether the noun at `at` heads the phrase the question opens with ("what's the flow rate", "which fan speed"): only
 * the asker, a copula, a determiner and the phrase's own nouns before it, not "what's on shelf four, out of interest".
 */
function opensQuestion(said: readonly string[], at: number, wordNet: WordNet): boolean {
  return said.slice(1, at).every((word) => YES_NO.has(word) || en.determiners.has(word) || (!isFunctionWord(word, 'en') && wordNet.canBe(word, 'noun')));
}

/** "the kitchen", "tonight": a place or a time says where or when, not what is asked. */
function placeOrTime(noun: string, wordNet: WordNet): boolean {
  const ancestors = wordNet.nounAncestors(noun);
  return ancestors.has(TIME) || PLACES.some((kind) => ancestors.has(kind));
}


export function unansweredNoun(reading: RequestReading, wordNet: WordNet, nouns: AskedNouns): string | undefined {
  const said = reading.words.map((word) => word.toLowerCase());
  const yesNo = YES_NO.has(said[0] ?? '');
  if (reading.mood !== 'question' || (!VALUE_ASKERS.has(said[0] ?? '') && !yesNo)) return undefined;
  const head = askedNoun(said, wordNet);
  if (head === undefined || !wordNet.canBe(head, 'noun') || nouns.accounts(head)) return undefined;
  if (nouns.takesSecret && isSecretParameter(head) && !yesNo) return head;
  // "is the car in the garage?" to the garage door: the device, in a phrase of place after the thing asked about, is
  // not that thing, of which the chosen query tells nothing, though a note may mention it ("people and cars can get
  // in"). "is the coffee machine on?" to a plug may call the plug by what it powers, and "is the kitchen light on?" names
  // where the device is.
  if (yesNo) {
    const [preposition, ...rest] = said.slice(said.indexOf(head) + 1);
    return nouns.device !== undefined && preposition !== undefined && isFunctionWord(preposition, 'en') && rest.some(nouns.device) ? head : undefined;
  }
  if (nouns.named(head) || placeOrTime(head, wordNet)) return undefined;
  // "how many orders": things the document never names.
  if (said[1] === COUNTED_AFTER && said.indexOf(head) === 2) return head;
  // "what's the flow rate?" to a valve that reads its position: a quantity (WordNet's attribute) the document never names
  // (asked by name: "how much juice" is absent-quantity.ts's, which reads a quantity's name more widely).
  return NAME_ASKERS.has(said[0] ?? '') && nouns.measuresByState !== true && opensQuestion(said, said.indexOf(head), wordNet) && isQuantity(head, wordNet) ? head : undefined;
}
