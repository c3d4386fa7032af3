import { en, isStopword, type WordNet } from '@meshmind/language';
import { CONDITION_NOUNS } from './answer-type-unmet';

/**
 * "Is shelf 5 full?", "is rack 2 loaded?": the request names the other end of a scale one of whose
 * ends is an absence. WordNet gives "full" the antonym "empty", and both adjectives are values of one
 * attribute ("fullness"); "empty" is defined by an absence (not occupied). A yes or a no about either
 * end is one answer (as "is the door unlocked?" is read from the lock), so the question asks for what
 * the absence's end reports: the free slots. Only an antonym whose first sense's attribute is the
 * word's own first sense's (a value of the same scale, "heavy" and "light" of weight, not "dark" and
 * "light"), and only its absences: absence-words.ts keeps them to questions and lifts by them only a
 * function whose identifier is defined by the same absence.
 */
export function oppositeEndAbsences(word: string, wordNet: WordNet, absencesOf: (word: string) => ReadonlySet<string>): string[] {
  const lower = word.toLowerCase();
  // A closed-class word is itself only: "what is in bank 2" says no "in" (fashionable) of success.
  if (isStopword(lower) || en.verbParticles.has(lower) || en.placePrepositions.has(lower) || !wordNet.canBe(lower, 'adj') || absencesOf(lower).size > 0) return [];
  // Only a scale of a condition ("fullness": a state, which an absence is an end of); "current" (currentness), "good" (quality)
  // and "hot" (temperature) have opposites defined by an absence too ("noncurrent": not current), which a battery's "level"
  // or a "free" slot's other senses met loosely: "what's your current position?" read the battery.
  const scale = wordNet.attributeNouns(lower, 1);
  const condition = (attribute: string) => { const ancestors = wordNet.nounAncestors(attribute, 'first'); return CONDITION_NOUNS.some((top) => ancestors.has(top)); };
  if (scale.size === 0 || ![...scale].every(condition)) return [];
  return [...wordNet.antonyms(lower)].flatMap((opposite) =>
    [...wordNet.attributeNouns(opposite, 1)].some((attribute) => scale.has(attribute)) ? [...absencesOf(opposite)] : [],
  );
}
