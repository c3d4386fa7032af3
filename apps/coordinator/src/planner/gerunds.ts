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

/** "is", "are", "was", "were": the verbs that make a progressive with an -ing word. */
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were']);

/**
 * Whether the -ing word at `index` is the verb of a progressive said of a device, not an activity
 * (issue #17, shared word): "how much is the ups drawing" says what the UPS is doing, and "drawing"
 * is no "draw" of a "Print Room Power Draw"; "are the fans running" neither. It is, where a form of
 * "be" comes before it and the word just before it is a word of some device's name, alias or kind
 * (`isDeviceWord`), the subject. "start vacuuming", "is the vacuuming done", "is anyone vacuuming"
 * keep their activity.
 */
export function isProgressiveOfDevice(tokens: readonly string[], index: number, isDeviceWord: (word: string) => boolean): boolean {
  if (index < 2 || !tokens[index]!.endsWith('ing')) return false;
  const subject = tokens[index - 1]!;
  return isDeviceWord(subject) && tokens.slice(0, index - 1).some((token) => PROGRESSIVE_AUXILIARIES.has(token));
}
