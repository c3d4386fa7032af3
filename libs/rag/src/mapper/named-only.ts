import { en, findNumbers, splitIdentifier, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { MapResult } from './api-mapper-options';

/**
 * The words of the document's state values and their synonyms ("tv", "music", "radio" of a
 * player's source; "open" of a cover): a noun that is also a value says what is wanted ("radio,
 * please" is a source), so such a request is left to the mapper.
 */
export function valueWords(document: NormalisedDocument): Set<string> {
  const said = Object.values(document.state ?? {}).flatMap((field) => [...(field.values ?? []), ...Object.values(field.synonyms ?? {}).flat()]);
  // A word of a function's or a state's name says the deed or the reading too ("lock the front door", "temperature"): "lock" names the lock and locks it.
  const named = [...document.functions.map((fn) => fn.name), ...Object.keys(document.state ?? {})].flatMap((name) => splitIdentifier(name));
  return new Set([...said, ...named].flatMap((phrase) => phrase.toLowerCase().split(/[\s_]+/)));
}

/**
 * A request that only names the device ("the fan", "the blinds", "the front door, please") says no
 * deed (issue #17, a wrong action is worse than a question): retrieval still ranked the functions
 * by the noun and the state, and turned the fan off and locked the door. Where every word, past
 * courtesy and determiners, is one the device is called by (its nouns, names, places, a pronoun:
 * `ownWord`) and none is one of its state values or a word of a function's or state's name, no
 * verb opens it before more words ("water the lawn"), and nothing is asked or numbered, the request
 * is declined with a question.
 */
export function namedOnly(asked: string, document: NormalisedDocument, ownWord: (word: string) => boolean, selfNoun: string | undefined, wordNet: WordNet | undefined): MapResult | undefined {
  // A question ("temperature?") or a number ("thermostat 23") says what is wanted.
  if (asked.includes('?') || findNumbers(asked).length > 0) return undefined;
  const said = asked.toLowerCase().replace(/[’‘]/g, "'").match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const content = said.filter((word) => !en.courtesy.has(word) && !en.determiners.has(word));
  if (content.length === 0 || !content.every((word) => ownWord(word))) return undefined;
  // "water the lawn" to a sprinkler named for its lawn: a verb that opens the request, with more after it, is the deed said.
  const opening = said.find((word) => !en.courtesy.has(word));
  if (content.length > 1 && opening !== undefined && opening === content[0] && (!wordNet || wordNet.isVerb(opening))) return undefined;
  const values = valueWords(document);
  if (content.some((word) => values.has(word))) return undefined;
  return { kind: 'not_executable', reason: `you named the ${selfNoun ?? 'device'} but not what to do with it: what should I do?`, candidates: [], ranking: [] };
}
