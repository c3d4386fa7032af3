import type { WordNet } from '../dictionaries/wordnet';
import { en } from '../languages/en';
import { enMapping } from '../languages/en-mapping';
import { stem, words } from '../tokenize';

/** What a sentence says is lacking ("we need X", "we've run out of X"), as said, and the verb that says it. */
export interface StatedLack {
  /** The lacking thing or things, as said after the verb ("tea bags and sugar"). */
  things: string;
  /** The verb, with its particle where it has one ("run out"). */
  verb: string;
}

/** How many of a verb's commonest senses may make it a verb of lacking. */
const COMMON_SENSES = 2;
const LACK_STEMS = new Set(en.lackVerbs.map(stem));
const NEGATIONS = new Set(enMapping.negation.words.filter((word) => !en.verbParticles.has(word)));
const PARTICLES = new Set(en.phrasalParticles);

/**
 * A statement that something is lacking, said after its subject: a verb of lacking or one whose
 * commonest senses share a synset with one ("we need milk", "the flat lacks soap", "we want bread"),
 * or a phrasal verb one of whose WordNet senses is using a supply up or a kind of it ("we've run out
 * of tea bags", "we've used up the sugar"). Read from WordNet's senses of the verb as said, so "ran
 * out", "running out" and phrasal verbs nobody listed read alike; "run out the cable" (no "of") and
 * "we haven't run out of milk" (negated) state no lack. Undefined where nothing is said lacking.
 */
export function statedLack(text: string, wordNet: WordNet | undefined): StatedLack | undefined {
  if (!wordNet) return undefined;
  const said = words(text);
  for (let index = 1; index < said.length; index += 1) {
    const word = said[index]!;
    if (!wordNet.isVerb(word)) continue;
    const negated = said.slice(Math.max(0, index - 2), index).some((earlier) => NEGATIONS.has(earlier) || earlier.endsWith("n't"));
    const particle = said[index + 1];
    if (particle !== undefined && PARTICLES.has(particle) && usesUp(word, particle, wordNet)) {
      // "run out of X": the thing follows "of"; "used up the sugar": it follows the particle.
      const after = said[index + 2] === 'of' ? index + 3 : usesUpDirectly(word, particle, wordNet) ? index + 2 : -1;
      if (after < 0 || negated) return undefined;
      const things = said.slice(after).join(' ');
      return things === '' ? undefined : { things, verb: `${word} ${particle}` };
    }
    if (!lacking(word, wordNet)) continue;
    const things = said.slice(index + 1).join(' ');
    return negated || things === '' ? undefined : { things, verb: word };
  }
  return undefined;
}

/** A verb of lacking, or one whose commonest senses share a synset with one ("want", "require"). */
function lacking(word: string, wordNet: WordNet): boolean {
  if (LACK_STEMS.has(stem(word))) return true;
  return wordNet.verbSenses(word).slice(0, COMMON_SENSES).some((sense) => sense.lemmas.some((lemma) => LACK_STEMS.has(stem(lemma))));
}

/** The phrasal verb's senses, read with the verb's base form ("ran" -> "run out"). */
function phrasalSenses(word: string, particle: string, wordNet: WordNet) {
  const base = wordNet.verbSenses(word)[0]?.lemmas.find((lemma) => !lemma.includes('_'));
  const forms = [...new Set([word, ...(base ? [base] : [])])];
  return forms.flatMap((form) => wordNet.verbSenses(`${form} ${particle}`));
}

/** Whether a sense of the phrasal verb is using up or a kind of it ("run out": exhaust the supply of). */
function usesUp(word: string, particle: string, wordNet: WordNet): boolean {
  return phrasalSenses(word, particle, wordNet).some((sense) => sense.lemmas.includes(en.usingUpVerb) || sense.hypernyms.includes(en.usingUpVerb));
}

/** Whether the phrasal verb is itself a verb of using up, which takes its object directly ("use up the sugar"). */
function usesUpDirectly(word: string, particle: string, wordNet: WordNet): boolean {
  return phrasalSenses(word, particle, wordNet).some((sense) => sense.lemmas.includes(en.usingUpVerb));
}
