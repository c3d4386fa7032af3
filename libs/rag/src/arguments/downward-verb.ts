import { en, words, type WordNet } from '@meshmind/language';

/** WordNet's phrasal lemmas carry the way as a particle: "take_down", "go_down" against "bring_up", "move_up". */
const DOWN_PARTICLE = /_down$/;
const UP_PARTICLE = /_up$/;
/** How many of the verb's commonest senses are read: a rare sense ("lower" as "lour") says nothing of the way. */
const SENSES = 4;

/**
 * "Lower the camera 40", "dip the camera 5 degrees": the command's verb moves its object down, so an
 * angle said after it is below the horizon (issue #17: both set +40 and +5, the tilt upwards). The
 * way is read from WordNet, not from a list of verbs: a sense of the opening verb whose lemmas or
 * broader verbs are phrasal with "down" ("lower" is "take down", "dip" a kind of "go down", "drop"
 * of "come down"), and none with "up" ("raise" is "bring up", "lift" "get up"). A verb with no way
 * ("tilt", "point", "set") leaves the number as said.
 */
export function downwardVerb(lowerText: string, wordNet: WordNet | undefined): boolean {
  if (!wordNet) return false;
  const verb = words(lowerText).find((word) => !en.courtesy.has(word));
  if (verb === undefined || !wordNet.isVerb(verb)) return false;
  const senses = wordNet.verbSenses(verb).slice(0, SENSES);
  const says = (particle: RegExp) => senses.some((sense) => [...sense.lemmas, ...sense.hypernyms].some((lemma) => particle.test(lemma)));
  return says(DOWN_PARTICLE) && !says(UP_PARTICLE);
}
