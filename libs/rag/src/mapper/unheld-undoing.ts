import { en, enMapping, alternation, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';

/** English's prefixes that undo a verb ("untick", "deselect"): a closed class of the language. */
const NEGATING_PREFIX = new RegExp(`^(${alternation(enMapping.negatingPrefixes.verbs)})([a-z]{3,})$`);
/** WordNet's weight for a synonym (same synset): "check" names what "tick" names. */
const SYNONYM = 0.9;
/** "mark it as not done": the comparison word and the negation before a state (closed grammatical words). */
const AS = 'as';
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never']);

/** A function's own words: its name's pieces and the verb its notes open with, stemmed. */
function ownStems(fn: NormalisedFunction): Set<string> {
  const lead = words(fn.description.toLowerCase()).slice(0, 1);
  return new Set([...splitIdentifier(fn.name).map((piece) => piece.toLowerCase()), ...lead].map(stem));
}

/** Every word of a function's name and notes, stemmed: where "unmutes" is said, the undoing is held. */
function allStems(fn: NormalisedFunction): Set<string> {
  return new Set([...splitIdentifier(fn.name).map((piece) => piece.toLowerCase()), ...words(fn.description.toLowerCase())].map(stem));
}

/**
 * "untick the milk", "uncheck the eggs", "mark the bread as not done": undoing what one of the device's
 * actions does, where none of its functions does the undoing (issue #17: a wrong action is worse than a
 * question). A to-do list ticks items off and cannot put a tick back; to it any words may be an item, so
 * "untick the milk" was added as an item of its own, and "mark it as not done" ticked it off, the very
 * deed the person wanted undone. Read from the verb as the request is said (verb-sense.ts has already
 * read "unpause" as the function that undoes the pause where one does): a negating prefix over a verb
 * that is, or has a WordNet synonym that is, one action's own word (its name or its notes' opening verb:
 * "Ticks an item off"), while no function's words say the prefixed verb itself ("Mutes or unmutes");
 * or a command that marks its object "as not" something. Undefined where the call stands.
 */
export function unheldUndoing(result: MapResult, reading: RequestReading, functions: readonly NormalisedFunction[], selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (result.kind !== 'call' || reading.mood === 'question') return undefined;
  const said = reading.words.map((word) => word.toLowerCase()).filter((word) => !en.courtesy.has(word));
  const device = selfNoun ?? 'device';
  const asAt = said.indexOf(AS);
  if (asAt > 1 && NEGATIONS.has(said[asAt + 1] ?? '') && said[asAt + 2] !== undefined) {
    return `the ${device} cannot mark anything as not ${said.slice(asAt + 2).join(' ')}: none of its functions undoes that`;
  }
  const verb = said[0];
  const prefixed = verb === undefined ? null : NEGATING_PREFIX.exec(verb);
  if (!prefixed || !wordNet) return undefined;
  const actions = functions.filter((fn) => fn.kind !== 'query');
  if (functions.some((fn) => allStems(fn).has(stem(verb!)))) return undefined;
  const base = prefixed[2]!;
  const kin = new Set([stem(base), ...[...wordNet.related(base, 'verb')].filter(([, weight]) => weight >= SYNONYM).map(([key]) => key)]);
  const undone = actions.filter((fn) => [...ownStems(fn)].some((key) => kin.has(key)));
  if (undone.length === 0) return undefined;
  return `the ${device} can ${base} but cannot ${verb}: none of its functions undoes ${undone.map((fn) => fn.name).join(' or ')}`;
}
