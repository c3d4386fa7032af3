import { en } from '@meshmind/language';

/**
 * Whether a function reads or acts, from its identifier as a dictionary read it into English
 * ("akkustand_abfragen": "... elicitation of information, retrieval, request, query"). An English
 * identifier says a query by its first verb ("get_battery", "scan_shelf": function-kind.ts), but a German
 * one puts its verb last ("position_bestimmen", "regal_artikel_scannen") and a French one may open
 * with a noun ("niveau_batterie"), so here any word of the name counts, through any translation of
 * it that the name's lexical field keeps. The accessor prefixes of English identifiers ("get", "is")
 * are naming conventions there; as the translation of a foreign verb ("prendre" -> "get") they say
 * nothing of the kind.
 *
 * `englishWords` is the name's English reading (every kept translation of every name word); without
 * one (an English identifier, no dictionary) the answer is undefined and the first-word rule stands.
 */
export function translatedNameKind(englishWords: readonly string[] | undefined): 'action' | 'query' | undefined {
  if (!englishWords || englishWords.length === 0) return undefined;
  const query = englishWords.some((word) => en.queryNameWords.has(word) && !en.accessorNameWords.has(word));
  return query ? 'query' : 'action';
}
