import { en, splitIdentifier, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { translatedNameKind } from './translated-kind';

/**
 * A verb of this many WordNet senses or more is a light verb ("get", "take", "make", "go"): it says
 * little of what is done (shared-object.ts leaves such verbs out of its contrast).
 */
export const LIGHT_VERB_SENSES = 30;

/**
 * Whether a function reads the device (a query) or changes it (an action), where its document does
 * not declare it. An English name says it:
 * - by its first word ("get_battery", "battery_status", "go_charge");
 * - where that word is no English verb, by the first word that is ("selfLocalize", "wifi_scan": the
 *   robot localises itself, scans the air): a noun in front of the verb is its subject or object.
 * A name a dictionary translated is read through its translation instead (translated-kind.ts).
 * Questions favour queries and commands actions, so a query read as an action loses "how much charge
 * do you have left?" to any function that merely shares a word with it.
 */
export function readFunctionKind(fn: NormalisedFunction, wordNet?: WordNet): 'action' | 'query' {
  if (fn.kind) return fn.kind;
  const own = splitIdentifier(fn.name).map((word) => word.toLowerCase());
  const first = own[0] ?? '';
  if (en.queryNameWords.has(first)) return 'query';
  if (!wordNet) return 'action';
  if (wordNet.isVerb(first)) return readsAsQuery(first, wordNet) ? 'query' : 'action';
  const verb = own.find((word) => wordNet.isVerb(word));
  return verb !== undefined && (en.queryNameWords.has(verb) || readsAsQuery(verb, wordNet)) ? 'query' : 'action';
}

/**
 * A verb whose commonest sense is a kind of a query word's action: "inventory" ("take stock") is a
 * way to "list", so "inventory_shelf" reads the shelf as "list_items" would. Read through WordNet's
 * hypernyms, so that a name verb the query words do not list is still known by what it is a kind of.
 * The accessor prefixes ("get", "is") are naming conventions, no action to be a kind of.
 */
function readsAsQuery(verb: string, wordNet: WordNet): boolean {
  const [first] = wordNet.verbSenses(verb);
  return first !== undefined && first.hypernyms.some((hypernym) => en.queryNameWords.has(hypernym) && !en.accessorNameWords.has(hypernym));
}

/**
 * The kind the mapper uses: a name a dictionary translated is read through its translation
 * (translated-kind.ts: a query word anywhere in it, German verbs come last), any other by its own
 * words (readFunctionKind above).
 */
export function functionKindOf(fn: NormalisedFunction, nameReading: readonly string[] | undefined, wordNet?: WordNet): 'action' | 'query' {
  return fn.kind ?? translatedNameKind(nameReading) ?? readFunctionKind(fn, wordNet);
}
