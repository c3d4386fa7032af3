/**
 * "switch it off" after "is the tumble dryer on?" (issue #17, class 1): "switch" is a kind noun of
 * smart plugs, and read as one it reached every plug of the home. Said first, before a pronoun that
 * stands for what the conversation was just about (perhaps after the verb's particle, "plug it in",
 * "turn off it"), a word that can be a verb is the verb, not the devices of its kind.
 */
import { en } from '@meshmind/language';
import type { PhraseMatch } from './text';

/**
 * Whether every kind noun of a clause is its first word, a word that can be a verb, followed by a
 * pronoun that refers back ("switch it off", "plug them in", "switch off it").
 */
export function nounsAreVerbBeforePronoun(
  tokens: readonly string[],
  nouns: ReadonlyArray<PhraseMatch<string>>,
  canBeVerb: ((word: string) => boolean) | undefined,
): boolean {
  // "and switch it off": a connective before the verb.
  const first = en.connectives.has(tokens[0] ?? '') ? 1 : 0;
  if (nouns.length === 0 || !nouns.every((noun) => noun.start === first && noun.end === first + 1)) return false;
  const verb = tokens[first] ?? '';
  if (!(canBeVerb?.(verb) ?? (en.actionWords.has(verb) || en.phrasalVerbs.has(verb)))) return false;
  const next = en.verbParticles.has(tokens[first + 1] ?? '') ? tokens[first + 2] : tokens[first + 1];
  return en.referringPronouns.has(next ?? '');
}
