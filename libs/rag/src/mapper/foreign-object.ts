import { splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { commandCore } from './unaccounted-word';

/** WordNet's same synset: a synonym of a word the device uses is that word. */
const SYNONYM = 0.9;

/**
 * A sensitive deed asked of a thing that is not this device nor anything its document names (issue #17,
 * a wrong action is worse than a question): "open the window" said to a door lock unlocked the door, as
 * did "open the garage". The verb met unlock ("open" is its state's synonym), so every check that asks
 * whether the deed is the lock's passed; but what was to be opened is another thing, which the lock
 * neither is nor holds. Only a sensitive call (one the document marks for confirmation: unlock, release)
 * is judged, since there a wrong guess costs most: its command's object must be a word of the device's
 * document (its nouns, its functions' names and words, its state's values), one of its own names or the
 * places it was addressed by, or a WordNet synonym of one. Undefined where the call stands.
 */
export function foreignObject(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, functions: readonly NormalisedFunction[], nouns: Iterable<string>, own: readonly string[], selfNoun: string | undefined, wordNet: WordNet | undefined, nounPhrases: readonly string[] = []): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood === 'question') return undefined;
  const sensitive = result.calls.map((call) => byName.get(call.function)).find((fn) => fn?.sensitive && fn.kind !== 'query');
  if (!sensitive) return undefined;
  const core = commandCore(reading.text, wordNet);
  const object = core?.object;
  if (!core || !object || !wordNet.canBe(object, 'noun')) return undefined;
  const said = new Set([...documentThings(nouns, functions), ...own.flatMap((name) => words(name.toLowerCase()))].map(stem));
  const meets = (word: string) => said.has(stem(word)) || [...wordNet.related(word, 'noun')].some(([key, weight]) => weight >= SYNONYM && said.has(key));
  const other = otherOfItsKind(object, core.modifiers, nounPhrases, meets, wordNet);
  if (!other && (meets(object) || core.modifiers.some(meets))) return undefined;
  const deed = splitIdentifier(sensitive.name).join(' ').toLowerCase();
  const self = selfNoun ?? 'device';
  const thing = other ? `${other} ${object}` : object;
  return `the ${self} will not ${deed} for "${core.verb} the ${thing}": a ${thing} is nothing the ${self} is or holds`;
}

/**
 * "open the front door" to a garage door: the head is one of the device's own, but the device names
 * it only in compounds ("garage door", "roller door"), so the noun before it says which door, and a
 * noun the document, the device's names and places never use ("front", "side") names another door,
 * unless a modifier of its own is there too ("the double garage door").
 * A device that is called by the head alone (a lock's "door") is any door so named. The modifier
 * that names the other, or undefined.
 */
function otherOfItsKind(object: string, modifiers: readonly string[], nouns: readonly string[], meets: (word: string) => boolean, wordNet: WordNet): string | undefined {
  const head = stem(object.toLowerCase());
  const named = nouns.map((noun) => words(noun.toLowerCase()).map(stem));
  if (named.some((noun) => noun.length === 1 && noun[0] === head) || !named.some((noun) => noun.at(-1) === head)) return undefined;
  // "the double garage door": a modifier of the device's own says it is the device's compound.
  return modifiers.some(meets) ? undefined : modifiers.find((word) => wordNet.canBe(word, 'noun'));
}

/** The words a device's document names things by: its nouns, its functions' names and words, their parameters'. */
function documentThings(nouns: Iterable<string>, functions: readonly NormalisedFunction[]): Set<string> {
  const found = new Set<string>();
  const add = (text: string) => words(text.toLowerCase()).forEach((word) => found.add(word));
  for (const noun of nouns) add(noun);
  for (const fn of functions) {
    add(`${splitIdentifier(fn.name).join(' ')} ${fn.description}`);
    for (const parameter of fn.parameters) add(`${splitIdentifier(parameter.name).join(' ')} ${parameter.description ?? ''}`);
  }
  return found;
}
