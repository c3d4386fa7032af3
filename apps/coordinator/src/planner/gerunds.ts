/**
 * The kind noun an activity word names (issue #17, class 7): "start vacuuming" is for the vacuum,
 * "stop mopping" for a mop where the home has one. The -ing form's base ("vacuuming" -> "vacuum",
 * "mowing" -> "mow"/"mowe") counts only when it is itself a kind noun of some device of the home,
 * so the home's own nouns decide, not a list of activities.
 */
export function kindOfActivity(token: string, kindNouns: ReadonlyMap<string, unknown>): string | undefined {
  const base = /^(.{3,})ing$/.exec(token)?.[1];
  if (!base) return undefined;
  // "running" -> "run": a doubled last consonant is English spelling, not part of the base.
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : base;
  return [base, undoubled, `${base}e`].find((form) => kindNouns.has(form));
}
