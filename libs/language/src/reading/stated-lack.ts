import type { WordNet } from '../dictionaries/wordnet';
import { en } from '../languages/en';
import { enMapping } from '../languages/en-mapping';
import { enReference } from '../languages/en-reference';
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
  const state = usedUpStateIn(text, wordNet);
  if (state) return state;
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

const BE_FORMS = enMapping.statedDegree.beForms.filter((form) => /^[a-z]/.test(form));
const BE_ENDINGS = enMapping.statedDegree.beForms.filter((form) => !/^[a-z]/.test(form));
const [STATE_PARTICLE, STATE_PREPOSITION] = en.usedUpState;
const STATE = new RegExp(`\\b${STATE_PARTICLE} ${STATE_PREPOSITION}\\b`);
/** A word that may stand between "be" and the state ("we're all out of", "we're already out of"). */
const SPEAKERS = new Set<string>(enReference.askedForSpeaker.speakers);
const BETWEEN = new Set<string>([...en.sentenceAdverbs, ...en.determiners]);

/**
 * The state a supply used up leaves, said by the speaker with a form of "be" ("we're out of coffee
 * beans", "I'm all out of milk", "we are already out of eggs"). Negated ("we're not out of milk"),
 * said without "be" ("get out of the way"), of something else ("the lift is out of order", "it's out
 * of reach") or an idiom WordNet knows as a whole ("I'm out of reach") it states no lack.
 */
function usedUpStateIn(text: string, wordNet: WordNet): Omit<StatedLack, 'clause'> | undefined {
  const lower = text.toLowerCase();
  const at = lower.search(STATE);
  if (at < 0) return undefined;
  const before = lower.slice(0, at).trim().split(/\s+/).filter((word) => word !== '');
  const said = before.length > 0 && BETWEEN.has(before.at(-1)!) ? before.slice(0, -1) : before;
  const verb = said.at(-1);
  if (verb === undefined) return undefined;
  // The subject is the speaker ("we're", "I am"): "the lift is out of order" says no supply is used up.
  const ending = BE_ENDINGS.find((form) => verb.endsWith(form) && verb.length > form.length);
  const subject = ending ? verb.slice(0, -ending.length) : BE_FORMS.includes(verb) ? said.at(-2) : undefined;
  if (subject === undefined || !SPEAKERS.has(subject)) return undefined;
  const things = text.slice(at + STATE_PARTICLE.length + STATE_PREPOSITION.length + 2).trim();
  const next = words(things)[0];
  if (next === undefined || wordNet.isKnown(`${STATE_PARTICLE}_${STATE_PREPOSITION}_${next}`)) return undefined;
  return { things, verb: `be ${STATE_PARTICLE}` };
}

/**
 * lackingVerb's answers, per WordNet reader and word as given: the answer depends on nothing else
 * (a reader's files are read-only), and reading it anew built every sense of the verb and stemmed
 * each lemma, 0.1-0.2 ms a word. The planner asks it of a goal's verbs on every goal ("light" in
 * "turn on the kitchen light", issue #18), and a home's sentences reuse few words. Both readers here
 * ask it only of words WordNet knows as verbs; the cap keeps any other caller's words from growing
 * the map without end.
 */
const lackingVerbs = new WeakMap<WordNet, Map<string, boolean>>();
const MOST_LACKING_VERBS_KEPT = 20_000;

/**
 * A verb of lacking, or one whose commonest senses share a synset with one: "want" (its second sense is
 * want/need/require), "require". "Take" and "ask" share that synset only in a rare sense (the 30th,
 * the 5th), and "take the eggs" states no need.
 */
export function lackingVerb(word: string, wordNet: WordNet): boolean {
  let known = lackingVerbs.get(wordNet);
  if (!known) lackingVerbs.set(wordNet, (known = new Map()));
  let lacking = known.get(word);
  if (lacking === undefined) {
    lacking = LACK_STEMS.has(stem(word)) || wordNet.verbSenses(word).slice(0, COMMON_SENSES).some((sense) => sense.lemmas.some((lemma) => LACK_STEMS.has(stem(lemma))));
    if (known.size >= MOST_LACKING_VERBS_KEPT) known.clear();
    known.set(word, lacking);
  }
  return lacking;
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
