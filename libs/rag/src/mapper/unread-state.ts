import { enMapping, isFunctionWord, isStopword, splitIdentifier, stem, words, type RequestReading } from '@meshmind/language';

/** A field named by a switch or function word ("on", "open" as a flag) is said in every other request ("which input is it on"). */
const SWITCH_WORDS = new Set(enMapping.switchWords);
const plain = (word: string) => SWITCH_WORDS.has(word) || isStopword(word) || isFunctionWord(word, 'en');
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
/**
 * A question about a state the device keeps but no query of its document reads (issue #17, a wrong
 * answer is worse than a question): "is the fan oscillating?" to a fan whose state holds
 * `oscillating` while its queries read only whether it runs and how fast. Retrieval found the
 * nearest reading (is_on), whose answer says nothing of the sweep. The state is named by its own
 * field name's words ("oscillating", "fan speed", "hvac action"), by stem; its values are not read
 * ("is it heating or cooling?" is the mode's). Where any query names that field's words in its
 * name, notes or return, the call stands. Its callers run it only on an English document: a vendor's
 * query named and described in another language cannot be compared with the fleet's English field names. Undefined where it stands; else why it does not.
 */
export function unreadState(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, functions: readonly NormalisedFunction[], fields: readonly string[], selfNoun: string | undefined): string | undefined {
  if (result.kind !== 'call' || reading.mood !== 'question' || !result.calls.every((call) => byName.get(call.function)?.kind === 'query')) return undefined;
  const said = new Set(reading.words.map((word) => stem(word.toLowerCase())));
  const queries = functions.filter((fn) => fn.kind === 'query').map((fn) => new Set(words(`${splitIdentifier(fn.name).join(' ')} ${fn.description} ${fn.returns ?? ''}`.toLowerCase()).map(stem)));
  for (const field of fields) {
    const fieldWords = splitIdentifier(field).map((word) => word.toLowerCase());
    if (fieldWords.some(plain)) continue;
    const own = fieldWords.map(stem);
    if (own.length === 0 || !own.every((key) => said.has(key))) continue;
    if (queries.some((query) => own.every((key) => query.has(key)))) continue;
    const readings = functions.filter((fn) => fn.kind === 'query').map((fn) => splitIdentifier(fn.name).join(' ').toLowerCase());
    return `none of the ${selfNoun ?? 'device'}'s readings (${readings.join(', ')}) tells its ${splitIdentifier(field).join(' ').toLowerCase()}`;
  }
  return undefined;
}
