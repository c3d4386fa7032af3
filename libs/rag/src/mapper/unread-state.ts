import { enMapping, isFunctionWord, isStopword, splitIdentifier, stem, words, type RequestReading } from '@meshmind/language';

/** A field named by a switch or function word ("on", "open" as a flag) is said in every other request ("which input is it on"). */
const SWITCH_WORDS = new Set(enMapping.switchWords);
const plain = (word: string) => SWITCH_WORDS.has(word) || isStopword(word) || isFunctionWord(word, 'en');
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';

/** Whether the request, read against the document's own views, has the called queries explain every one of `keys` (stems). */
function calledExplains(result: MapResult, asked: Pick<ScopeReading, 'content' | 'explained'>, keys: readonly string[]): boolean {
  if (result.kind !== 'call') return false;
  const positions = new Set(result.calls.flatMap((call) => [...(asked.explained?.get(call.function) ?? [])]));
  return keys.every((key) => asked.content.some((word, index) => positions.has(index) && stem(word.toLowerCase()) === key));
}

/**
 * A question about a state the device keeps but no query of its document reads (issue #17, a wrong
 * answer is worse than a question): "is the fan oscillating?" to a fan whose state holds
 * `oscillating` while its queries read only whether it runs and how fast. Retrieval found the
 * nearest reading (is_on), whose answer says nothing of the sweep. The state is named by its own
 * field name's words ("oscillating", "fan speed", "hvac action"), by stem; its values are not read
 * ("is it heating or cooling?" is the mode's). Where any query names that field's words in its
 * name, notes or return, or the called query explains them in `asked` (the request read against the
 * document's views, which hold a foreign vendor's glosses), the call stands. Undefined where it stands; else why it does not.
 */
export function unreadState(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, functions: readonly NormalisedFunction[], fields: readonly string[], selfNoun: string | undefined, asked?: Pick<ScopeReading, 'content' | 'explained'>): string | undefined {
  if (result.kind !== 'call' || reading.mood !== 'question' || !result.calls.every((call) => byName.get(call.function)?.kind === 'query')) return undefined;
  const said = new Set(reading.words.map((word) => stem(word.toLowerCase())));
  const queries = functions.filter((fn) => fn.kind === 'query').map((fn) => new Set(words(`${splitIdentifier(fn.name).join(' ')} ${fn.description} ${fn.returns ?? ''}`.toLowerCase()).map(stem)));
  for (const field of fields) {
    const fieldWords = splitIdentifier(field).map((word) => word.toLowerCase());
    if (fieldWords.some(plain)) continue;
    const own = fieldWords.map(stem);
    if (own.length === 0 || !own.every((key) => said.has(key))) continue;
    if (queries.some((query) => own.every((key) => query.has(key)))) continue;
    // A vendor's query in another language ("akkustand_abfragen") names the field only through its translated views.
    if (asked && calledExplains(result, asked, own)) continue;
    const readings = functions.filter((fn) => fn.kind === 'query').map((fn) => splitIdentifier(fn.name).join(' ').toLowerCase());
    return `none of the ${selfNoun ?? 'device'}'s readings (${readings.join(', ')}) tells its ${splitIdentifier(field).join(' ').toLowerCase()}`;
  }
  return undefined;
}
