import { CARDINAL_WORDS, en, isStopword, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { AT_ONCE_WORDS } from './said-at-once';

/**
 * A command whose thing is what another function of the document is about, never the chosen one's:
 * "channel up" to a TV raised the volume (issue #17), "turn the sound back on" woke the player. The
 * direction ("up") or the particle ("on") met volume_up and turn_on, and the noun that says what
 * should change met nothing of theirs: the channel is next_track's word ("skips to the next track,
 * episode or channel"), the sound set_mute's and the volume functions'. A quantity the chosen function
 * does not set is not the one it sets; a question is the honest answer.
 *
 * Read from the document's own words: each function's name, description and parameters (names,
 * descriptions, values and their synonyms). Only a request said by its thing alone is judged: its
 * content words (less closed-class words, particles, numbers, the device's own nouns and names, and
 * the verbs that only carry a particle, "turn", "put") are all nouns to WordNet and not mostly verbs;
 * a request with a verb of its own ("halt the curtain") was weighed by that verb.
 * The functions that change the same state field as the chosen one share its words (set_volume and
 * volume_up both change the volume: "put the sound at 35" is set_volume's). The call
 * is declined where every such noun is left unmet by the chosen function and one is met, by stem, by another.
 * A call that passes a string (a list item, a name) is not judged: its words are the value's.
 */
export function otherFunctionNoun(
  result: MapResult,
  reading: RequestReading,
  byName: ReadonlyMap<string, NormalisedFunction>,
  functions: readonly NormalisedFunction[],
  ownWords: ReadonlySet<string>,
  wordNet: WordNet | undefined,
): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length !== 1 || reading.mood === 'question') return undefined;
  const call = result.calls[0]!;
  const chosen = byName.get(call.function);
  if (!chosen || Object.values(call.arguments).some((value) => typeof value === 'string' && chosen.parameters.some((parameter) => parameter.type === 'string'))) return undefined;
  const said = reading.words.map((word) => word.toLowerCase());
  // The request's own words: not a closed-class word, a particle, a number, the device's noun, nor a verb that only carries a particle ("turn", "put").
  const content = said.filter(
    (word) => /^\p{L}+$/u.test(word) && !NUMBERS.has(word) && !isStopword(word) && !en.verbParticles.has(word) && !en.determiners.has(word) && !en.phrasalVerbs.has(word) && !ownWords.has(stem(word)),
  );
  // Only a request said by its thing alone: "halt the curtain" or "make it warmer" says its deed by a verb, which the ranking weighed.
  // "switch the telly off now": the adverb of the present says when, not what (said-at-once.ts).
  const nouns = content.filter((word) => wordNet.canBe(word, 'noun') && !wordNet.mostlyVerb(word) && !AT_ONCE_WORDS.has(word));
  if (nouns.length === 0 || nouns.length !== content.length) return undefined;
  // The functions that change what the chosen one changes share its words: "sound" of volume_up is set_volume's too.
  const keys = new Set((chosen.effects ?? []).map((effect) => effect.key));
  const kin = functions.filter((fn) => fn === chosen || (fn.effects ?? []).some((effect) => keys.has(effect.key)));
  const own = new Set(kin.flatMap((fn) => [...functionStems(fn)]));
  const meets = (word: string, stems: ReadonlySet<string>) => stems.has(stem(word)) || [...wordNet.related(word)].some(([key, weight]) => weight >= SYNONYM && stems.has(key));
  if (nouns.some((noun) => meets(noun, own))) return undefined;
  const other = functions.find((fn) => !kin.includes(fn) && nouns.some((noun) => functionStems(fn).has(stem(noun))));
  if (!other) return undefined;
  const noun = nouns.find((word) => functionStems(other).has(stem(word)))!;
  const named = (fn: NormalisedFunction) => splitIdentifier(fn.name).join(' ').toLowerCase();
  return `"${noun}" is what ${named(other)} is about, not ${named(chosen)}; please say which you mean`;
}

/** WordNet's same synset: a synonym of the chosen function's word is its word. */
const SYNONYM = 0.9;
/** "the next one": a number word is no thing a function is about. */
const NUMBERS = new Set(CARDINAL_WORDS);
const cache = new WeakMap<NormalisedFunction, ReadonlySet<string>>();

/** The stems of a function's own words: its name, description, and its parameters' names, descriptions, values and synonyms. */
function functionStems(fn: NormalisedFunction): ReadonlySet<string> {
  const known = cache.get(fn);
  if (known) return known;
  // What it changes is its word too: volume_up's effect on "volume".
  const texts = [splitIdentifier(fn.name).join(' '), fn.description, ...(fn.effects ?? []).map((effect) => splitIdentifier(effect.key).join(' '))];
  for (const parameter of fn.parameters) {
    texts.push(splitIdentifier(parameter.name).join(' '), parameter.description ?? '', ...(parameter.values ?? []), ...Object.keys(parameter.presets ?? {}));
    for (const synonyms of Object.values(parameter.synonyms ?? {})) texts.push(...synonyms);
  }
  const found = new Set(texts.flatMap((text) => words(text.toLowerCase())).map(stem));
  cache.set(fn, found);
  return found;
}
