import { gerundBases } from '@meshmind/language';

/**
 * The kind noun an activity word names (issue #17, class 7): "start vacuuming" is for the vacuum,
 * "stop mopping" for a mop where the home has one. The -ing form's base ("vacuuming" -> "vacuum",
 * "mowing" -> "mow"/"mowe") counts only when it is itself a kind noun of some device of the home,
 * so the home's own nouns decide, not a list of activities.
 */
export function kindOfActivity(token: string, kindNouns: ReadonlyMap<string, unknown>): string | undefined {
  // "the heating": a word that is itself a kind noun of the home names that kind, not its base's ("heat").
  if (kindNouns.has(token)) return undefined;
  return gerundBases(token).find((form) => kindNouns.has(form));
}
