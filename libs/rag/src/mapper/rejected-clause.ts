import { en, type WordNet } from '@meshmind/language';

/** The negating words a clause of contrast opens with ("not unlock", "don't stop it", "do not close them"): English's closed class. */
const NEGATING = [['not'], ["don't"], ['dont'], ['do', 'not']];
/** Words of a repair before the clause kept ("no, lock it", "I said off"): the answer particle; the rest is courtesy (en.courtesy). */
const REPAIR = new Set(['no', 'nope', 'rather', 'instead']);

/**
 * "Not unlock, lock it", "not up, down", "pause it, don't stop it", "don't pause it, send it home"
 * (issue #17): a request that sets a deed against the one it takes back. Read as a whole, the words
 * of the deed taken back ("unlock", "up", "stop") met their own function as strongly as the deed
 * asked for, and the door was unlocked. Each clause (between commas or semicolons) that opens with a
 * negation is taken back, as rejected-value.ts takes back a number: the request is read as the
 * clauses left. Only where exactly one clause is left and, past courtesy and a repair word, it
 * opens with a verb ("lock it", "send it home") or a phrasal particle ("down"): "not the kitchen,
 * the lounge" names a place, not a deed, and "whatever you do, don't switch it off" keeps no deed, so
 * both are read as said. A taken-back clause that is a verb alone ("not unlock") or a deed ("don't
 * stop it") is the same; a negation inside a clause ("the kettle needn't be on") is not read here.
 */
export function withoutRejectedClause(request: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return request;
  const clauses = request.split(/\s*[,;]\s*/).filter((clause) => clause.trim() !== '');
  if (clauses.length < 2) return request;
  const wordsOf = (clause: string) => clause.toLowerCase().replace(/[’‘]/g, "'").replace(/[.!?]+$/, '').split(/\s+/).filter(Boolean);
  const rejected = (clause: string) => {
    const said = wordsOf(clause);
    return NEGATING.some((opening) => opening.every((word, at) => said[at] === word)) && said.length > 1;
  };
  if (!clauses.some(rejected)) return request;
  const kept = clauses.filter((clause) => !rejected(clause) && !wordsOf(clause).every((word) => REPAIR.has(word) || en.courtesy.has(word)));
  if (kept.length !== 1) return request;
  const said = wordsOf(kept[0]!);
  const first = said.find((word) => !REPAIR.has(word) && !en.courtesy.has(word));
  if (!first || !(en.phrasalParticles.includes(first) || (wordNet.isVerb(first) && wordNet.mostlyVerb(first)))) return request;
  return kept[0]!.replace(/[.!?]+$/, '');
}
