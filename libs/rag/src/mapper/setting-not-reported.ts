import { splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { askedNoun, VALUE_ASKERS } from './absent-quantity';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';

/**
 * A question about a quantity the device only sets (issue #17). "How fast are you going?", "what's
 * your current speed?" to a robot that sets its travel speed and reports its position and its
 * battery: the question asks speed, which the speed setter's words explain and no query's do, and
 * the nearest query answered it with a position or a charge: a wrong answer. "I can set my speed
 * but cannot report it" is the honest one.
 *
 * The question asks a value ("what", "which", "how") and the thing asked is the head of its first
 * phrase (absent-quantity.ts's `askedNoun`: "speed" of "your current speed"), or the word right after
 * the question word ("fast" of "how fast", "speed" of "what speed").
 * It is judged only where an action that sets one level explains that word and no query does, and no
 * other noun of the question is a query's word: "how low is your battery?" asks the battery's
 * level, which its query reports, however near "low" is to a speed. Only where the document says
 * which functions report (`kindOf`), and not where its state fields name the quantity: a query that
 * reports the state reports it.
 */
export function settingNotReported(
  result: MapResult,
  reading: RequestReading,
  read: ScopeReading,
  kindOf: (name: string) => 'action' | 'query' | undefined,
  functions: readonly NormalisedFunction[],
  stateWords: Iterable<string>,
  wordNet: WordNet | undefined,
): string | undefined {
  if (result.kind !== 'call' || !wordNet || !read.explained || reading.mood !== 'question' || !VALUE_ASKERS.has(reading.words[0]?.toLowerCase() ?? '')) return undefined;
  if (!result.calls.every((call) => kindOf(call.function) === 'query')) return undefined;
  const said = reading.words.map((word) => word.toLowerCase());
  // "how fast", "what speed": the word right after the question word is the thing asked where no determiner leads to it.
  const head = askedNoun(said, wordNet) ?? (said[1] !== undefined && read.content.includes(said[1]) && !wordNet.mostlyVerb(said[1]) ? said[1] : undefined);
  const at = head === undefined ? -1 : read.content.indexOf(head);
  if (head === undefined || at < 0 || new Set([...stateWords].map((word) => stem(word.toLowerCase()))).has(stem(head))) return undefined;
  // A setter of one level (a speed, an angle) sets a quantity; a destination's x and y, or a dock with none, set none.
  const setsLevel = (fn: NormalisedFunction) => fn.parameters.filter((parameter) => parameter.type === 'number' || parameter.type === 'integer').length === 1;
  const names = (kind: 'action' | 'query') => functions.filter((fn) => kindOf(fn.name) === kind && (kind === 'query' || setsLevel(fn))).map((fn) => fn.name);
  const explainedBy = (kind: 'action' | 'query', position: number) => names(kind).some((name) => read.explained!.get(name)?.has(position) ?? false);
  if (explainedBy('query', at) || !explainedBy('action', at)) return undefined;
  // Another noun of the question that a query reports says what is asked of: "how low is your battery",
  // "what's your charge level"; an adjective before the head only says which ("your current speed").
  const isNoun = (word: string, position: number) => wordNet.canBe(word, 'noun') && !wordNet.mostlyVerb(word) && !(position < at && wordNet.canBe(word, 'adj'));
  if (read.content.some((word, position) => position !== at && isNoun(word, position) && explainedBy('query', position))) return undefined;
  // The called query's own words near the head in any WordNet relation: "position" asked of "getCurrentLocation".
  const related = wordNet.related(head);
  const own = result.calls.flatMap((call) => [...splitIdentifier(call.function), ...words(functions.find((fn) => fn.name === call.function)?.description ?? '')]);
  if (own.some((word) => stem(word.toLowerCase()) === stem(head) || related.has(stem(word.toLowerCase())))) return undefined;
  return head;
}
