/**
 * A word before a kind noun that no dictionary knows and no name of the home holds (issue #17,
 * over-broad references): "turn on the hal lights", "switch off the zorp lamps". A known word that
 * no device carries ("the big lamps") says nothing of which and leaves every device of the kind
 * (modifiers.ts); a word no dictionary has is a name, misspelt beyond reading or not the home's, and
 * reading past it widened the request to every device of the kind. It names no device the planner
 * can tell, so none is chosen and the person is asked. Without a dictionary nothing is read.
 */
import { en, isFunctionWord, singularForms } from '@meshmind/language';
import type { Vocabulary } from './vocabulary';

const homeWordsOf = new WeakMap<Vocabulary, Set<string>>();

/** Every word of the home's device names, aliases, areas, floors and kind nouns, with singular forms. */
function homeWords(vocabulary: Vocabulary): Set<string> {
  let found = homeWordsOf.get(vocabulary);
  if (!found) {
    found = new Set<string>();
    for (const entry of [...vocabulary.names, ...vocabulary.areas, ...vocabulary.floors, ...vocabulary.nouns]) {
      for (const word of entry.words) for (const form of [word, ...singularForms(word)]) found.add(form);
    }
    homeWordsOf.set(vocabulary, found);
  }
  return found;
}

/** The first of `modifiers` (the words said before a kind noun) that neither the dictionary nor the home knows, or undefined. */
export function unknownModifier(modifiers: readonly string[], vocabulary: Vocabulary): string | undefined {
  const isKnown = vocabulary.isKnownWord;
  if (!isKnown) return undefined;
  const home = homeWords(vocabulary);
  // "her reading lamp": a determiner or pronoun is no name, though a dictionary of content words lacks it.
  const closedClass = (word: string) => en.determiners.has(word) || en.anaphora.has(word) || en.plannerStopwords.has(word) || isFunctionWord(word, 'en');
  return modifiers.find((word) => /^[a-z]+$/.test(word) && !closedClass(word) && ![word, ...singularForms(word)].some((form) => home.has(form) || isKnown(form)));
}
