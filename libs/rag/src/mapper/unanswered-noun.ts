import type { RequestReading, WordNet } from '@meshmind/language';
import { isSecretParameter } from '../arguments/string-values';
import { askedNoun, VALUE_ASKERS } from './absent-quantity';

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
}

/** The word of the many-question's amount: "how many orders". */
const COUNTED_AFTER = 'many';

export function unansweredNoun(reading: RequestReading, wordNet: WordNet, nouns: AskedNouns): string | undefined {
  const said = reading.words.map((word) => word.toLowerCase());
  if (reading.mood !== 'question' || !VALUE_ASKERS.has(said[0] ?? '')) return undefined;
  const head = askedNoun(said, wordNet);
  if (head === undefined || !wordNet.canBe(head, 'noun') || nouns.accounts(head)) return undefined;
  if (nouns.takesSecret && isSecretParameter(head)) return head;
  const counted = said[1] === COUNTED_AFTER && said.indexOf(head) === 2;
  return counted && !nouns.named(head) ? head : undefined;
}
