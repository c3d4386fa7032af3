import { CARDINAL_WORDS, en, enPlanning, enReference, isFunctionWord, isStopword, splitIdentifier, stem, type RequestReading, type WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { MapResult } from './api-mapper-options';

/**
 * A question about a quantity the device has no word for: "what's the humidity?" to a thermometer,
 * "what's the temperature?" to a hygrometer, "how much energy has the plug used?" to a plug that
 * only switches (issue #17). A question is never judged out of scope by its words (mapper/scope.ts:
 * it names what it wants by question words no document uses), so the nearest reading answered it:
 * the thermometer read out a temperature for the humidity asked. That is a wrong answer; "it cannot
 * tell that" is the honest one.
 *
 * The question asks a value ("what", "which", "how") and names the quantity in its first noun
 * phrase ("the humidity", "how much energy"): a
 * noun WordNet files under an attribute, not a time ("today"), a place ("the room") nor a number,
 * that meets no word of the document (`unmet`: not its stem, no synonym, derivation or close
 * relation: mapper/scope.ts). The embedding is no judge here: it holds humidity and temperature
 * near (the thermometer's reading led its battery by 0.21 of cosine for "what's the humidity?"), so
 * the nearest reading always looks sure. A device that measures one quantity of many kinds names its
 * kind in its state ("device_class": "atmospheric_pressure"): a quantity the state names is its own.
 */

const KINDS = enReference.quantityKinds;
const TIME = enReference.temporaryStop.timeNoun;
const PLACES = enReference.placeKinds;
const NUMBERS = new Set(CARDINAL_WORDS);
/** Words a quantity's noun follows: a determiner ("the", "its") or the amount word of "how much", "how many". */
const BEFORE_QUANTITY = new Set([...en.beforeAttribute, ...en.answerKinds.amountOpeners.map((opener) => opener.split(' ').at(-1)!)]);
/** Question words that ask a value: "what's the humidity", "which mode", "how much energy" (not "is there any space left?"). */
export const VALUE_ASKERS: ReadonlySet<string> = new Set([...en.answerKinds.namesAskers, ...en.answerKinds.thingAskers, ...enPlanning.questions.quantityAskers]);
/** A relation as close as a derivation says the state names the quantity ("humid" and "humidity"). */
const NAMING = 0.8;

/** Whether WordNet files the noun under an attribute, not a time nor a place: a quantity a device may measure. */
export function isQuantity(word: string, wordNet: WordNet): boolean {
  if (NUMBERS.has(word) || !wordNet.canBe(word, 'noun')) return false;
  const ancestors = wordNet.nounAncestors(word);
  // "today" is when and "the room" where, not what the device measures.
  return KINDS.some((kind) => ancestors.has(kind)) && !ancestors.has(TIME) && !PLACES.some((kind) => ancestors.has(kind));
}

/** Whether a string value of the device's state names the quantity ("pressure" in "atmospheric_pressure"). */
function stateNames(word: string, state: DeviceStateValues, wordNet: WordNet): boolean {
  const key = stem(word);
  const related = wordNet.related(word);
  const values = Object.values(state).filter((value): value is string => typeof value === 'string');
  return values.some((value) => splitIdentifier(value).some((part) => stem(part.toLowerCase()) === key || (related.get(stem(part.toLowerCase())) ?? 0) >= NAMING));
}

/**
 * The noun a question asks about: the head of its first noun phrase after a determiner or an amount
 * word ("what's the air pressure" -> "pressure", "how much energy has it used" -> "energy"); "in the
 * air" of "how much moisture is in the air" is where, not what.
 */
export function askedNoun(said: readonly string[], wordNet: WordNet): string | undefined {
  const closed = (word: string) => isStopword(word) || isFunctionWord(word, 'en') || en.courtesy.has(word);
  const start = said.findIndex((word, index) => index > 0 && BEFORE_QUANTITY.has(said[index - 1]!) && !closed(word));
  if (start < 0) return undefined;
  let end = start;
  const nounAfter = (index: number) => {
    const next = said[index + 1];
    // "is your fuel low": an adjective after the noun says how it stands, it is no head of the phrase.
    return next !== undefined && !closed(next) && wordNet.canBe(next, 'noun') && !wordNet.canBe(next, 'adj') && !wordNet.mostlyVerb(next);
  };
  while (nounAfter(end)) end += 1;
  return said[end];
}

/** What the mapper read of the question: its content words that meet no word of the document. */
export interface QuestionScope {
  unmet: readonly string[];
}

/** The quantity a question asks that the device has no word for, or undefined. */
export function absentQuantity(result: MapResult, reading: RequestReading, scope: QuestionScope, state: DeviceStateValues, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood !== 'question' || !VALUE_ASKERS.has(reading.words[0]?.toLowerCase() ?? '')) return undefined;
  const head = askedNoun(reading.words.map((word) => word.toLowerCase()), wordNet);
  return head !== undefined && scope.unmet.includes(head) && isQuantity(head, wordNet) && !stateNames(head, state, wordNet) ? head : undefined;
}
