import { splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { commandCore } from './unaccounted-word';

/**
 * A deed asked of the thing the device is fitted to, not of the device (issue #17, a wrong action is
 * worse than a question): "open the window" said to blinds opened the blinds, "close the window" closed
 * them. The document calls the device a "window covering": "window" is a word of its own, so every
 * check that the object is the device's passed. But the document uses it only before the head that
 * names the device, as the made thing the device covers, holds or sits on ("window covering", "desk
 * lamp", "ceiling light"), never alone nor as a head, and no function or state speaks of it; a
 * command whose object is that word (WordNet's commonest sense a made thing, an artifact) asks for a
 * deed on the other thing. The device's own names and places ("Bay Window" blinds) keep it. Only
 * actions are judged: "how far open is the window" reads the blinds. Undefined where the call stands.
 */
export function attachedThing(result: MapResult, reading: RequestReading, functions: readonly NormalisedFunction[], nounPhrases: readonly string[], own: readonly string[], stateFields: readonly string[], selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood === 'question') return undefined;
  const kinds = new Map(functions.map((fn) => [fn.name, fn.kind]));
  if (!result.calls.some((call) => kinds.get(call.function) === 'action')) return undefined;
  const object = commandCore(reading.text, wordNet)?.object;
  if (!object) return undefined;
  const head = stem(object.toLowerCase());
  const named = nounPhrases.map((noun) => words(noun.toLowerCase()).map(stem));
  const compound = named.find((noun) => noun.length > 1 && noun.slice(0, -1).includes(head));
  if (!compound || named.some((noun) => noun.at(-1) === head)) return undefined;
  const spoken = new Set([...own, ...stateFields, ...functions.flatMap((fn) => [splitIdentifier(fn.name).join(' '), fn.description, ...fn.parameters.map((parameter) => `${parameter.name} ${parameter.description ?? ''}`)])].flatMap((text) => words(text.toLowerCase())).map(stem));
  if (spoken.has(head) || !wordNet.nounAncestors(object, 'first').has('artifact')) return undefined;
  const self = selfNoun ?? 'device';
  const whole = nounPhrases.find((noun) => words(noun.toLowerCase()).map(stem).join(' ') === compound.join(' ')) ?? compound.join(' ');
  return `the ${self} is not the ${object} itself (it is a ${whole}): I cannot do that to the ${object}`;
}
