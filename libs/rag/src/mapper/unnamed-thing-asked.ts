import type { RequestReading, WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { NormalisedFunction } from '../api-document';
import { en, splitIdentifier, stem } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import { askedNoun, type QuestionScope } from './absent-quantity';

/** The askers of a thing by its name: "what", "which" (the closed set of the English reader). */
const THING_ASKERS: ReadonlySet<string> = new Set([...en.answerKinds.namesAskers, ...en.answerKinds.thingAskers]);

/**
 * A question about a thing the document has no word for at all: "what's your IP address?", "what's
 * your MAC address" to a robot whose queries report its battery, its position and the networks in
 * range. absent-quantity.ts declines such a question where the thing is a quantity (an attribute in
 * WordNet); an address or a serial number is no attribute, so the nearest reading answered it (the
 * list of networks for the IP address). Where every word of the asked noun phrase meets no word of
 * the document, and the call is a query that takes nothing (it can only report what it always
 * reports), the honest answer is that it cannot tell: declined, naming the thing.
 */

/** The noun phrase a value question asks about that no word of the document meets, or undefined. */
export function unnamedThingAsked(result: MapResult, reading: RequestReading, scope: QuestionScope, state: DeviceStateValues, byName: ReadonlyMap<string, NormalisedFunction>, kindOf: (name: string) => 'action' | 'query' | undefined, wordNet: WordNet | undefined): string | undefined {
  // "What"/"which" ask a thing by its name; "how hot" asks a degree, which absent-quantity.ts reads.
  if (!wordNet || result.kind !== 'call' || reading.mood !== 'question' || !THING_ASKERS.has(reading.words[0]?.toLowerCase() ?? '')) return undefined;
  if (!result.calls.every((call) => { return kindOf(call.function) === 'query' && byName.get(call.function)?.parameters.length === 0; })) return undefined;
  const said = reading.words.map((word) => word.toLowerCase());
  const head = askedNoun(said, wordNet);
  if (head === undefined || !wordNet.canBe(head, 'noun')) return undefined;
  // The phrase that ends at the head: its modifiers back to the determiner ("your IP address").
  const end = said.indexOf(head);
  let start = end;
  while (start > 0 && scope.unmet.includes(said[start - 1]!)) start -= 1;
  const phrase = said.slice(start, end + 1);
  // A single unmet noun is often the document's thing in a word of its own ("temp", "coordinates"); a
  // compound none of whose words the document has ("IP address", "MAC address") names another thing.
  // A device that measures one thing of many kinds names it in its state ("gas": "carbon_monoxide"): a thing its state names is its own.
  const stated = new Set(Object.entries(state).flatMap(([key, value]) => [key, typeof value === 'string' ? value : '']).flatMap((text) => splitIdentifier(text)).map((part) => stem(part.toLowerCase())));
  if (phrase.some((word) => stated.has(stem(word)))) return undefined;
  return phrase.length >= 2 && phrase.every((word) => scope.unmet.includes(word)) ? phrase.join(' ') : undefined;
}
