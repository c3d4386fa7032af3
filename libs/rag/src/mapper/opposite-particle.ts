import { en, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { goalsOf, type StateGoal } from './state-particle';

/**
 * "Pull the awning in", "take the awning in, it's windy": a particle the document never names, whose
 * opposite it does. A cover's document calls an open cover "out" (an awning put out is extended), so
 * "in", the way back of "out", asks for the opposite of open: the value of the same field that is
 * WordNet's antonym of "open" ("closed"). Read as anything else, "pull in the awning" met "draws
 * curtains back" and opened it (issue #17).
 *
 * Only where the particle ends the clause or stands right after the verb (as for a named particle,
 * state-particle.ts), the particle itself names no value, its opposite (the language's closed pairs)
 * names exactly one, exactly one other value of that field is its antonym, and the clause's object is
 * the device: a word of the document's own title, nouns or function descriptions ("let the sun in"
 * lets something else in).
 */
export function wayBackGoal(document: NormalisedDocument, clause: readonly string[], wordNet: WordNet | undefined): { particle: string; goal: StateGoal } | undefined {
  if (!wordNet) return undefined;
  const ends = [...new Set([clause[0], clause.at(-1)])].filter((word): word is string => word !== undefined && en.particleOpposites[word] !== undefined);
  if (ends.length !== 1) return undefined;
  const particle = ends[0]!;
  if (goalsOf(document, particle).length > 0) return undefined;
  const named = goalsOf(document, en.particleOpposites[particle]!);
  if (named.length !== 1) return undefined;
  const { key, value } = named[0]!;
  const field = document.state?.[key];
  if (typeof value !== 'string' || !field?.values) return undefined;
  const opposites = new Set([...wordNet.antonyms(value)].flatMap((word) => [word, stem(word)])); // WordNet's antonyms come as stems already
  // "closed", not "closing": both stem to the antonym, and only the one of the same form (a state, not a motion) is the way back.
  const progressive = (word: string) => word.endsWith('ing');
  const back = field.values.filter((other) => other !== value && opposites.has(stem(other)) && progressive(other) === progressive(value));
  if (back.length !== 1) return undefined;
  const own = new Set(
    [document.title, ...document.nouns, ...document.functions.map((fn) => fn.description)].flatMap((text) => words(text.toLowerCase())).map(stem),
  );
  const object = clause.filter((word) => word !== particle && !en.determiners.has(word));
  if (!object.some((word) => own.has(stem(word)))) return undefined;
  return { particle, goal: { key, value: back[0]! } };
}
