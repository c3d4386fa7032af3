import { en, splitIdentifier, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { translatedNameKind } from './translated-kind';

/**
 * A verb of this many WordNet senses or more is a light verb ("get", "take", "make"): as the gloss
 * of a foreign word ("prendre" -> "get, take") it says nothing about whether the function reads.
 */
export const LIGHT_VERB_SENSES = 30;

/**
 * Whether a function reads the device (a query) or changes it (an action), where its document does
 * not declare it. The name says it, read in English:
 * - by its first word ("get_battery", "battery_status", "go_charge");
 * - where that word is no English verb, by the first word that is ("selfLocalize", "wifi_scan": the
 *   robot localises itself, scans the air): a noun in front of the verb is its subject or object;
 * - where no word of the name is an English verb (a German or French name), by the English glosses
 *   its words get in the function's views ("akkustand_abfragen" -> query, "niveau_batterie" ->
 *   battery level, "lister_reseaux" -> enumerate), leaving out light verbs, which translate almost
 *   anything.
 * Questions favour queries and commands actions, so a query read as an action loses "how much charge
 * do you have left?" to any function that merely shares a word with it.
 */
export function readFunctionKind(fn: NormalisedFunction, glossedNameWords: readonly string[], wordNet?: WordNet): 'action' | 'query' {
  if (fn.kind) return fn.kind;
  const own = splitIdentifier(fn.name).map((word) => word.toLowerCase());
  const first = own[0] ?? '';
  if (en.queryNameWords.has(first)) return 'query';
  if (!wordNet || wordNet.isVerb(first)) return 'action';
  const verb = own.find((word) => wordNet.isVerb(word));
  if (verb !== undefined) return en.queryNameWords.has(verb) ? 'query' : 'action';
  const glosses = glossedNameWords.flatMap((phrase) => phrase.toLowerCase().split(/\s+/)).filter((word) => !own.includes(word));
  return glosses.some((word) => en.queryNameWords.has(word) && wordNet.verbSenses(word).length < LIGHT_VERB_SENSES) ? 'query' : 'action';
}

/**
 * The kind the mapper uses: a name a dictionary translated is read through its translation
 * (translated-kind.ts: a query word anywhere in it, German verbs come last), any other by its own
 * words (readFunctionKind above).
 */
export function functionKindOf(fn: NormalisedFunction, nameReading: readonly string[] | undefined, glossedNameWords: readonly string[], wordNet?: WordNet): 'action' | 'query' {
  return fn.kind ?? translatedNameKind(nameReading) ?? readFunctionKind(fn, glossedNameWords, wordNet);
}
