/**
 * A command's verb read as a verb, not as a word of some device's name (issue #17, class 4 and 7):
 * - "water the tomatoes" to a home with a "Stable Water Heater" and a "water trough": the word
 *   before "the" is the verb, and a device is not meant because its name holds the same word as a
 *   noun (H2O). So the opening verb of "VERB (particle) the ..." counts as no name word;
 * - the device the verb itself names by a synonym: WordNet's first verb senses put "water" and
 *   "irrigate" in one synset, and "Greenhouse Irrigation" holds a noun of that stem. Only synonyms
 *   (the same synset), never looser relations, and only where exactly one device that can act fits.
 */
import { en, stem } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import type { ClauseReferences } from './clause-references';
import { words } from './vocabulary';

const DETERMINERS = en.determiners;
const PARTICLES = en.verbParticles;
/** The shortest stem a synonym and a name word may share: shorter ones meet by chance. */
const MIN_STEM = 5;

/** Stems of the verb senses' synonyms of a word (WordNet's same synset), the word's own stem left out. */
export type VerbSynonyms = (verb: string) => ReadonlySet<string>;

/**
 * Whether the clause opens "VERB the ...", "VERB up the ...": its first word is a verb there (a
 * determiner opens its object), whatever else that word can mean.
 */
export function opensWithVerb(tokens: readonly string[], canBeVerb: ((word: string) => boolean) | undefined): boolean {
  const first = tokens[0];
  if (!first || !canBeVerb?.(first)) return false;
  const next = PARTICLES.has(tokens[1] ?? '') ? tokens[2] : tokens[1];
  return next !== undefined && DETERMINERS.has(next);
}

/**
 * The clause with its opening verb set aside from name matching, where it opens as a verb: a
 * device's name word equal to the verb ("water" in "Water Heater") no longer names the device.
 */
export function withVerbAsideFromNames<T extends Pick<ClauseReferences, 'tokens' | 'propertyTokens'>>(clause: T, canBeVerb: ((word: string) => boolean) | undefined): T {
  if (!opensWithVerb(clause.tokens, canBeVerb)) return clause;
  return { ...clause, propertyTokens: new Set([...clause.propertyTokens, 0]) };
}

/**
 * The one device that can act whose name or alias holds a word of the stem of a synonym of the
 * clause's opening verb ("irrigation" for "water"); none where no device or several fit.
 */
export function deviceNamedBySynonym(devices: readonly PlannerDevice[], tokens: readonly string[], synonymsOf: VerbSynonyms | undefined, canBeVerb: ((word: string) => boolean) | undefined): PlannerDevice[] {
  if (!synonymsOf || !opensWithVerb(tokens, canBeVerb)) return [];
  const verb = tokens[0]!;
  const synonyms = synonymsOf(verb);
  if (synonyms.size === 0) return [];
  const own = stem(verb);
  const fits = devices.filter((device) => {
    if (!device.capabilities.some((capability) => capability.kind === 'action')) return false;
    const labelStems = [device.name, ...device.aliases].flatMap((label) => words(label)).map(stem);
    // A short stem says too little: "tell" (a synonym of "order") and "telly" both stem to "tel".
    return labelStems.some((word) => word !== own && word.length >= MIN_STEM && synonyms.has(word));
  });
  return fits.length === 1 ? fits : [];
}

/**
 * "water the tomatoes", where "water" is also a kind noun of the home (valves) and read as every
 * device of that kind: the device a synonym of the verb names ("Irrigation"), else, where the kind
 * word's devices are of several types (a valve and a switch called "Water Heater"), none: one word
 * shared by unlike devices says which of them is not meant. Null where the clause's one kind noun is
 * not its opening verb, or the devices are of one type.
 */
export function verbAsKindTargets(
  tokens: readonly string[],
  nouns: ReadonlyArray<{ start: number }>,
  pool: readonly PlannerDevice[],
  devices: readonly PlannerDevice[],
  synonymsOf: VerbSynonyms | undefined,
  canBeVerb: ((word: string) => boolean) | undefined,
): PlannerDevice[] | null {
  if (nouns.length !== 1 || nouns[0]!.start !== 0 || !opensWithVerb(tokens, canBeVerb)) return null;
  const named = deviceNamedBySynonym(devices, tokens, synonymsOf, canBeVerb);
  if (named.length === 1) return named;
  return pool.some((device) => device.type !== pool[0]!.type) ? [] : null;
}
