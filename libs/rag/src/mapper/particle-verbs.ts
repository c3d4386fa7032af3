import { en, stem, type WordNet } from '@meshmind/language';

/**
 * The verbs a particle's phrasal verb means, when the word before the particle makes one with it
 * that WordNet knows: "log on" -> {log} (log_in, log_on), "switch on" -> {switch, turn} (switch_on,
 * turn_on). Undefined for a particle that closes no phrasal verb ("put the lights on").
 */
export function phrasalVerbStems(all: readonly string[], index: number, wordNet: WordNet): ReadonlySet<string> | undefined {
  const particle = all[index]!.toLowerCase();
  const verb = all[index - 1]?.toLowerCase();
  if (!en.verbParticles.has(particle) || verb === undefined || !/^[a-z]+$/.test(verb)) return undefined;
  const phrasal = `${verb}_${particle}`;
  if (!wordNet.isVerb(phrasal)) return undefined;
  const stems = new Set([stem(verb)]);
  for (const sense of wordNet.verbSenses(phrasal)) {
    if (!sense.lemmas.includes(phrasal)) continue;
    for (const lemma of sense.lemmas) stems.add(stem(lemma.split(/[_-]/)[0]!));
  }
  return stems;
}

/**
 * Whether a particle's on/off reading meets a function: the particle of a phrasal verb stands for
 * that verb's state only where the function's own words hold one of the verbs it means. "log on to
 * the network" is not the "on" of a function glossed "turn on" (activate an access point).
 */
export function particleMeets(phrasal: ReadonlySet<string> | undefined, functionStems: ReadonlySet<string>): boolean {
  return phrasal === undefined || [...phrasal].some((key) => functionStems.has(key));
}
