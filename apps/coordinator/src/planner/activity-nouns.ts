/**
 * Nouns that name what a device does rather than a device (issue #17, needless questions): "turn
 * the music up" with the kitchen radio playing means the radio, even where the shop's speaker is
 * also called "shop music". A noun WordNet knows, none of whose commonest senses is a made thing,
 * is said of the activity; the device doing it now is the one meant, before one whose name says it.
 */
import { enReference, type WordNet } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import type { ClauseReferences } from './clause-references';
import { theOneInUse } from './attention';

/** Whether WordNet knows the noun, and as no kind of made thing in its commonest senses. */
export function namesNoThing(noun: string, wordNet: WordNet): boolean {
  return wordNet.canBe(noun, 'noun') && !wordNet.nounAncestors(noun).has(enReference.madeThing);
}

/**
 * The one device of `pool` in use, where every kind noun the clause says names an activity, not a
 * device; null otherwise (then a name that says the noun decides, as before).
 */
export function meantByActivity(pool: readonly PlannerDevice[], clause: ClauseReferences, namesNoThingOf: ((noun: string) => boolean) | undefined): PlannerDevice | null {
  if (!namesNoThingOf || clause.nouns.length === 0 || !clause.nouns.every((match) => namesNoThingOf(match.value))) return null;
  return theOneInUse(pool, clause.tokens);
}
