import { en, readRequest, tokenize, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import { enumValue } from '../arguments/parameter-values';

/** How many of a phrasal verb's commonest senses are read: "air out" ventilates in its second. */
const PHRASAL_SENSES = 2;
/** Where the first clause of a request ends. */
const CLAUSE_END = /[,;.!?]/;
const PARTICLES = new Set(en.phrasalParticles);
const RELATIVE = new Set([...en.relativeDirection.up, ...en.relativeDirection.down].filter((entry) => !entry.includes(' ')));

/**
 * "air the studio out", "air out the lounge": a command whose verb and particle make a phrasal verb
 * of WordNet may name an option through that phrasal verb's synonyms ("air out": vent, ventilate),
 * where the verb alone names none ("air"). The one-word synonyms of its commonest senses, to be
 * looked up among the document's options; none where a sense is defined by
 * a comparative ("warm up": get warmer), a step of a level rather than a value, or for a question.
 */
export function phrasalValueWords(reading: RequestReading, wordNet: WordNet | undefined): string[] {
  if (!wordNet || reading.mood === 'question') return [];
  const clause = tokenize(reading.text.split(CLAUSE_END)[0] ?? '');
  const at = clause.findIndex((token) => !en.courtesy.has(token));
  const verb = at < 0 ? undefined : clause[at];
  const particle = clause.slice(at + 1).find((token) => PARTICLES.has(token));
  if (verb === undefined || particle === undefined) return [];
  const senses = wordNet.verbSenses(`${verb} ${particle}`).slice(0, PHRASAL_SENSES);
  if (senses.some((sense) => words(sense.definition).some((word) => RELATIVE.has(word)))) return [];
  // "dry the air out": where no other synonym is an option's word, the verb itself may be ("dry out" is "dry"), the particle adding nothing.
  const synonyms = senses.flatMap((sense) => sense.lemmas).filter((lemma) => !lemma.includes('_'));
  return [...new Set([...synonyms.filter((lemma) => lemma !== verb), ...synonyms.filter((lemma) => lemma === verb)])];
}

/**
 * The command with its phrasal verb said as the synonym an option of the document holds: "air the
 * studio out" -> "ventilate the studio" to a heat pump whose fan_only mode lists "ventilate". The
 * verb then names the value, as mapper/object-value.ts reads "ventilate the lounge". Unchanged where
 * no synonym is an option's word.
 */
export function withPhrasalValue(text: string, functions: readonly NormalisedFunction[], wordNet: WordNet | undefined): string {
  const reading = readRequest(text);
  const meant = phrasalValueWords(reading, wordNet).find((word) => functions.some((fn) => fn.kind !== 'query' && fn.parameters.some((parameter) => parameter.type === 'enum' && enumValue(parameter, word) !== undefined)));
  if (meant === undefined) return text;
  const clause = tokenize(text.split(CLAUSE_END)[0] ?? '');
  const verb = clause.find((token) => !en.courtesy.has(token))!;
  const particle = clause.slice(clause.indexOf(verb) + 1).find((token) => PARTICLES.has(token))!;
  const verbAt = new RegExp(`\\b${verb}\\b`, 'i').exec(text);
  if (!verbAt) return text;
  const after = text.slice(verbAt.index + verb.length).replace(new RegExp(`\\s*\\b${particle}\\b`, 'i'), '');
  return `${text.slice(0, verbAt.index)}${meant}${after}`;
}
