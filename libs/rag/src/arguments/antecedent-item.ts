import { en, enMapping } from '@meshmind/language';

/**
 * What "it" stands for in "we've run out of toilet roll, put it on the shopping list" (issue #17,
 * lists): the object of the clause it refers back to, not that whole clause. A clause that opens
 * with a list command of its own ("remind me to call the dentist") keeps its whole object, and the
 * command is read off later as for any item. Otherwise the object is what follows the clause's last
 * preposition or verb particle ("run out of" -> "toilet roll", "we're low on" -> "coffee"), else
 * what follows the verb said after a subject ("the printer needs paper" -> "paper", where WordNet
 * says which word can be a verb); a clause with neither is left whole.
 */

const items = enMapping.items;
/** Words after which a clause's object begins: the list prepositions, "of", and verb particles ("run out"). */
const OBJECT_OPENERS = new Set([...items.listPrepositions, ...items.partOfList, ...en.verbParticles]);

export function antecedentObject(clause: string, opensWithCommand: (clause: string) => boolean, isVerb?: (word: string) => boolean): string {
  if (opensWithCommand(clause)) return clause;
  const words = clause.split(/\s+/).filter(Boolean);
  let last = -1;
  words.forEach((word, index) => {
    if (OBJECT_OPENERS.has(word.toLowerCase())) last = index;
  });
  if (last >= 0 && last < words.length - 1) return words.slice(last + 1).join(' ');
  // "I finished the cereal": the first word after the subject that can be a verb, and what follows it.
  const opener = (word: string) => OBJECT_OPENERS.has(word.toLowerCase());
  // "the dog needs biscuits": a determiner's noun is the subject, even where it can be a verb too.
  const subjectEnd = en.determiners.has(words[0]!.toLowerCase()) ? 2 : 1;
  const verb = isVerb ? words.findIndex((word, index) => index >= subjectEnd && !opener(word) && isVerb(word.toLowerCase())) : -1;
  const object = verb > 0 ? words.slice(verb + 1) : [];
  return object.some((word) => !opener(word)) ? object.join(' ') : clause;
}

/**
 * The clause a referring pronoun stands for, from the clauses of a request split at its commas: "we
 * need oats, raisins and brown sugar, put them on the list" refers to all three. Where the request
 * opens with clauses that hold no pronoun, before the first that does, those clauses together are
 * the antecedent ("we need oats" and the verbless "raisins and brown sugar" after it), not the first
 * alone, which left only "oats" added. Otherwise the first clause without a pronoun, as before.
 */
export function referredClause(clauses: readonly string[], refers: (clause: string) => boolean): string {
  const first = clauses.findIndex(refers);
  if (first > 0) return clauses.slice(0, first).join(', ');
  return clauses.find((candidate) => !refers(candidate)) ?? clauses[0] ?? '';
}
