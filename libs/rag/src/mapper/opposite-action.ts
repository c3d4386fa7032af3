import { stem, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { FunctionViews } from './function-views';

/**
 * A command whose opening verb the device does only the other way round. "Disconnect from the
 * wifi" to a robot that connects to networks and lists them meets its document through WordNet's
 * antonym (disconnect/connect) and through "wifi", so it reads as in scope and goes to the network
 * scan or the connection: either does something the person did not ask for, and the connection is
 * the opposite. Where the verb meets the document ONLY through its opposites (not its own word, not
 * a synonym, not a close relation), the device has the one end of the opposition and not the end
 * asked for; "I can connect but not disconnect" is the honest answer.
 *
 * A function that takes a switch (a boolean parameter: `set_mute(muted)`) or a choice of values
 * does both ends with one name, so an opposite that only such a function's words name is no sign
 * that the asked end is missing: "unmute the tv" is `set_mute(false)`.
 */

/** The meeting a relation other than the opposite must reach for the verb to name what the document does (mapper/action-scope.ts's ACTION_MEETING). */
const OWN_MEETING = 0.75;
/** A synonym of the opposite names it too (WordNet's same synset reads 0.9). */
const SYNONYM = 0.9;

/** The stems of every function's own words that takes no switch or choice: the functions that do one end only. */
export function oneWayStems(document: NormalisedDocument, views: FunctionViews, words: (document: NormalisedDocument, views: FunctionViews) => Set<string>): Set<string> {
  const found = new Set<string>();
  document.functions.forEach((fn, position) => {
    if (fn.parameters.some((parameter) => parameter.type === 'boolean' || (parameter.values?.length ?? 0) > 0)) return;
    const one = { ...document, functions: [fn], state: {}, nouns: [] };
    const view = views.documents[position];
    for (const word of words(one, { ...views, documents: view ? [view] : [] })) found.add(stem(word));
  });
  return found;
}

/**
 * The document's word (stemmed) for the opposite of the verb as `said`, where that opposite is the
 * only way the verb meets the document's `stems` (through any of its `forms`: as said, and its bare
 * verb where it has a particle), and a one-way function (`oneWay`) names it; undefined otherwise.
 */
export function onlyOpposite(said: string, forms: readonly string[], stems: ReadonlySet<string>, oneWay: ReadonlySet<string>, wordNet: WordNet): string | undefined {
  const opposites = wordNet.antonyms(said);
  // The opposite in the document's own words: "associate with a network" is "connect" by a synonym.
  const ends = new Set([...opposites].flatMap((key) => [key, ...[...wordNet.verbRelatives(key)].filter(([, weight]) => weight >= SYNONYM).map(([other]) => other)]));
  const met = [...ends].filter((key) => stems.has(key));
  if (met.length === 0 || !met.some((key) => oneWay.has(key))) return undefined;
  if (forms.some((form) => stems.has(stem(form)))) return undefined;
  for (const form of forms) {
    for (const [key, weight] of wordNet.verbRelatives(form)) if (weight >= OWN_MEETING && !opposites.has(key) && stems.has(key)) return undefined;
  }
  return met.find((key) => oneWay.has(key));
}
