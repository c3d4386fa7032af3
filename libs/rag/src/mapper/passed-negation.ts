import { en, type WordNet } from '@meshmind/language';

/**
 * Verbs that let or make another thing do the deed after them ("let the garage door close", "make the
 * lamp red", "have the blinds down"): English's closed class of permissive and causative verbs. A
 * forbidding of one ("don't let the garage door close") forbids the deed it lets happen.
 */
const LETTING_VERBS = new Set(['let', 'make', 'have', 'get']);
/** Words that open a second verb phrase inside the deed ("forget to turn it off", "stop and switch it off"): the infinitive marker and English's connectives. */
const SECOND_VERB = new Set(['to', ...en.connectives]);

/**
 * Whether a forbidden deed (what follows "don't", mapper/forbidden-deed.ts) is a deed on the device
 * even where its verb meets nothing the document says: the verb only lets the deed happen ("don't
 * let the garage door close", whose verb "let" the retrieval drops, so the door was closed), or the
 * verb carries a particle that WordNet opposes to another particle (on / off, up / down), right
 * after it or ending the deed ("don't power up the socket", "do not roll the shutters up": the
 * particle says the change of state that the forbidding denies). Where the deed holds a second verb
 * phrase ("don't forget to turn it off") the negation is the first verb's, and the deed stands.
 */
export function deedPassedOn(deed: string, wordNet: WordNet | undefined): boolean {
  // Its first clause only: "don't worry, I'll switch it off myself" forbids no switching.
  const words = deed.split(/[,;:.!?]/)[0]!.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  if (words.length < 2) return false;
  if (LETTING_VERBS.has(words[0]!)) return true;
  // "don't bother locking it", "don't try to open it": a verb of effort denied denies the deed it would take the trouble of.
  if (wordNet && effortVerb(words[0]!, wordNet)) return true;
  if (!wordNet || words.slice(1).some((word) => SECOND_VERB.has(word))) return false;
  return [words[1]!, words.at(-1)!].some((word) => polarParticle(word, wordNet));
}

/**
 * Stems of WordNet's anchor lemmas of making an effort (a closed set naming the concept): "bother"
 * (take the trouble to do something) is a kind of "strive", "try" and "attempt" are its lemmas.
 */
const EFFORT = new Set(['try', 'attempt', 'strive', 'endeavor', 'endeavour']);

/** Whether the verb's commonest sense is an effort: its lemmas or broader verbs hold an anchor of effort. */
function effortVerb(word: string, wordNet: WordNet): boolean {
  const sense = wordNet.verbSenses(word)[0];
  return sense !== undefined && [...sense.lemmas, ...sense.hypernyms].some((lemma) => EFFORT.has(lemma));
}

/** A phrasal particle whose WordNet antonym is a phrasal particle too ("on" / "off", "up" / "down"): the two ends of a change of state. */
function polarParticle(word: string, wordNet: WordNet): boolean {
  return en.phrasalParticles.includes(word) && [...wordNet.antonyms(word)].some((opposite) => opposite !== word && en.phrasalParticles.includes(opposite));
}
