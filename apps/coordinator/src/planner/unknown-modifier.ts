/**
 * A word before a kind noun that no dictionary knows and no name of the home holds (issue #17,
 * over-broad references): "turn on the hal lights", "switch off the zorp lamps". A known word that
 * no device carries ("the big lamps") says nothing of which and leaves every device of the kind
 * (modifiers.ts); a word no dictionary has is a name, misspelt beyond reading or not the home's, and
 * reading past it widened the request to every device of the kind. Where it is one slip from exactly
 * one word the kind's own devices carry in their names ("hal" of "Hall Lights", "bak" of "Back
 * Door"), it is that word; else it names no device the planner can tell, so none is chosen and the
 * person is asked. Without a dictionary nothing is read.
 */
import { editDistance, en, isFunctionWord, singularForms, swapsOnePair } from '@meshmind/language';
import type { Vocabulary } from './vocabulary';
import { labelWordsOf } from './other-devices-named';
import type { PlannerDevice } from './planner';

const homeWordsOf = new WeakMap<Vocabulary, Set<string>>();

/** Every word of the home's device names, aliases, areas, floors and kind nouns, with singular forms. */
function homeWords(vocabulary: Vocabulary): Set<string> {
  let found = homeWordsOf.get(vocabulary);
  if (!found) {
    found = new Set<string>();
    for (const entry of [...vocabulary.names, ...vocabulary.areas, ...vocabulary.floors, ...vocabulary.nouns]) {
      // "the hottub lights": a name's two words typed as one are its words too.
      const joined = entry.words.slice(1).map((word, index) => `${entry.words[index]}${word}`);
      for (const word of [...entry.words, ...joined]) for (const form of [word, ...singularForms(word)]) found.add(form);
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
  const closedClass = (word: string) =>
    en.determiners.has(word) || en.anaphora.has(word) || en.plannerStopwords.has(word) || en.questionWords.has(word) || en.nonVerbOpeners.has(word) || en.courtesy.has(word) || isFunctionWord(word, 'en');
  return modifiers.find((word) => /^[a-z]+$/.test(word) && !closedClass(word) && ![word, ...singularForms(word)].some((form) => home.has(form) || isKnown(form)));
}

/** The devices of `pool` that carry the one word of their names `word` is a slip of; none where no word or several are. */
export function misspeltModifierDevices(word: string, pool: readonly PlannerDevice[]): PlannerDevice[] {
  const labels = new Map(pool.map((device) => [device.id, labelWordsOf(device)]));
  const near = new Set([...labels.values()].flatMap((words) => [...words]).filter((label) => /^[a-z]+$/.test(label) && label.length >= 3 && (swapsOnePair(word, label) || editDistance(word, label, 1) <= 1)));
  if (near.size !== 1) return [];
  const [meant] = near;
  return pool.filter((device) => labels.get(device.id)!.has(meant!));
}
