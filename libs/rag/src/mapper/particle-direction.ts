import { stem, type WordNet } from '@meshmind/language';
import type { FunctionProfile } from './evidence';

const DIRECTION_PARTICLES = new Set(['up', 'down']);

/**
 * Whether the "up" or "down" of a request is the particle of a phrasal verb that means a function
 * with no direction: "wake up the speaker" is waking it (the player's turn_on "Wakes the player
 * from standby"), not raising its volume. The phrasal verb's one-word synonyms in WordNet (wake_up:
 * awaken, wake, rouse) are matched against the functions' own words; where one of them names a
 * function that raises or lowers nothing, and none names one that does, the particle says no
 * direction. "turn the volume up" and "turn up the heat" keep theirs: no synonym of theirs names
 * a function of the document.
 */
export function particleIsVerbOnly(words: readonly string[], profiles: Iterable<FunctionProfile>, wordNet: WordNet | undefined): boolean {
  if (!wordNet) return false;
  const index = words.findIndex((word) => DIRECTION_PARTICLES.has(word.toLowerCase()));
  if (index <= 0) return false;
  const verb = words[index - 1]!.toLowerCase();
  if (!/^[a-z]+$/.test(verb)) return false;
  // Its one-word synonyms only: "turn_up" itself says nothing about turning on.
  const synonyms = new Set(wordNet.verbSenses(`${verb} ${words[index]!.toLowerCase()}`).flatMap((sense) => sense.lemmas.filter((lemma) => !/[_\s-]/.test(lemma)).map(stem)));
  if (synonyms.size === 0) return false;
  const meets = (profile: FunctionProfile) => [...synonyms].some((key) => profile.actionStems.has(key));
  const all = [...profiles];
  return all.some((profile) => profile.direction === 0 && meets(profile)) && !all.some((profile) => profile.direction !== 0 && meets(profile));
}
