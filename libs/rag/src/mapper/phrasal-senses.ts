import { en, isStopword, type WordNet } from '@meshmind/language';

/**
 * What WordNet's most common sense says of a verb and a particle, read from its synsets (sense
 * order is SemCor frequency). Two readings the verb rewriting needs:
 *
 * - A phrasal verb whose first sense lists the plain verb means the plain verb: "fill up the trough"
 *   is "fill the trough" ("fill up" is first "fill, fill up, make full"). A rarer sense ("close up,
 *   fill up") must not turn it into another action of the device.
 * - A plain verb whose first sense is glossed by one phrasal verb means that phrasal verb: "douse
 *   the lamp" is "put out the lamp" ("douse, put out"). Its particle says which end of a state is
 *   meant where the verb itself meets no word of the document.
 */
export function phrasalMeansVerb(verb: string, particle: string, wordNet: WordNet): boolean {
  const [first] = wordNet.verbSenses(`${verb} ${particle}`);
  return first !== undefined && first.lemmas.includes(verb.toLowerCase());
}

/**
 * Whether any sense of the phrasal verb lists the plain verb: "warm up" is first "exercise before a
 * contest", but also "warm, warm up" (get warmer). For a verb already known to name what the device
 * is for (purpose-verb.ts), where the rarer sense is the one the device can mean.
 */
export function phrasalHasVerb(verb: string, particle: string, wordNet: WordNet): boolean {
  return wordNet.verbSenses(`${verb} ${particle}`).some((sense) => sense.lemmas.includes(verb.toLowerCase()));
}

/**
 * The one phrasal verb of the verb's first sense, where its particle is one of the language's and
 * names an end of a state ("put out" for "douse": "out" is the off end), else undefined. A particle
 * of no state ("tone down" for "mute") says nothing the verb did not, and the phrasal verb brings
 * senses the verb lacks ("tone down" is also "moderate", a kind of "change"): "mute the hallway
 * light" read as "tone down the hallway light" met the light's "changes" and switched it on.
 */
export function phrasalSynonym(verb: string, wordNet: WordNet): string | undefined {
  // "could you ...": a modal opens no action ("can" is first "can, tin, put up").
  if (isStopword(verb.toLowerCase())) return undefined;
  const [first] = wordNet.verbSenses(verb);
  if (!first) return undefined;
  // Two phrasal verbs in the sense ("continue" is "go on" and "go along") gloss it by neither.
  const phrasal = first.lemmas.map((lemma) => lemma.split('_')).filter((parts) => parts.length === 2 && parts[0] !== verb.toLowerCase());
  const [only] = phrasal;
  return phrasal.length === 1 && en.verbParticles.has(only![1]!) && wordNet.pole(only![1]!) !== 0 ? only!.join(' ') : undefined;
}
