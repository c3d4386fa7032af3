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
  /** The clause that says it, as it stands in the text ("we've run out of toilet roll" of "..., put it on the list"). */
  clause: string;
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
  for (const clause of clausesOf(text, wordNet)) {
    const found = lackInClause(clause, wordNet);
    if (found) return { ...found, clause };
  }
  return undefined;
}

/**
 * The clauses of a text: a sentence ends at . ; : ! ?, and a comma opens a new clause where the word
 * after it is mostly a verb followed by its object or particle ("we've run out of toilet roll, put
 * it on the list"); a comma between things keeps them in one ("crayons, glue and string").
 */
function clausesOf(text: string, wordNet: WordNet): string[] {
  const clauses: string[] = [];
  for (const sentence of text.split(/[.;:!?]+/)) {
    let current = '';
    for (const part of sentence.split(',')) {
      const [first, second] = words(part);
      // A verb with its object or particle after it ("put it", "add them", "turn the heating off"); "glue and string" are things.
      const opensClause = first !== undefined && wordNet.mostlyVerb(first) && second !== undefined && (en.referenceOpeners.has(second) || PARTICLES.has(second));
      if (current.trim() !== '' && opensClause) {
        clauses.push(current.trim());
        current = part;
      } else current = current === '' ? part : `${current},${part}`;
    }
    if (current.trim() !== '') clauses.push(current.trim());
  }
  return clauses;
}

function lackInClause(text: string, wordNet: WordNet): Omit<StatedLack, 'clause'> | undefined {
  const said = words(text);
  // The things as said from their first word on, commas kept ("tea bags, sugar and milk" are three).
  const from = (at: number) => (at < said.length ? text.slice(wordStarts(text)[at]).trim() : '');
  for (let index = 1; index < said.length; index += 1) {
    const word = said[index]!;
    if (!wordNet.isVerb(word)) continue;
    const negated = said.slice(Math.max(0, index - 2), index).some((earlier) => NEGATIONS.has(earlier) || earlier.endsWith("n't"));
    const particle = said[index + 1];
    if (particle !== undefined && PARTICLES.has(particle) && usesUp(word, particle, wordNet)) {
      // "run out of X": the thing follows "of"; "used up the sugar": it follows the particle.
      const after = said[index + 2] === 'of' ? index + 3 : usesUpDirectly(word, particle, wordNet) ? index + 2 : -1;
      if (after < 0 || negated) return undefined;
      const things = from(after);
      return things === '' ? undefined : { things, verb: `${word} ${particle}` };
    }
    if (!lackingVerb(word, wordNet)) continue;
    const things = from(index + 1);
    return negated || things === '' ? undefined : { things, verb: word };
  }
  return undefined;
}

/**
 * A verb of lacking, or one whose commonest senses share a synset with one: "want" (its second sense is
 * want/need/require), "require". "Take" and "ask" share that synset only in a rare sense (the 30th,
 * the 5th), and "take the eggs" states no need.
 */
export function lackingVerb(word: string, wordNet: WordNet): boolean {
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

/** Where each word of `words(text)` starts in the text (the same pattern, a possessive's "'s" aside). */
function wordStarts(text: string): number[] {
  return [...text.toLowerCase().matchAll(/[a-z0-9\u00C0-\u024F]+(?:['’][a-z]+)?/g)].map((match) => match.index);
}
