import { en, enMapping, isFunctionWord, isStopword, type WordNet } from '@meshmind/language';
import { LIGHT_VERB_SENSES } from './function-kind';

/** Where a clause ends: punctuation or a word that joins another clause. */
const CLAUSE_END = new RegExp(`[,.;:!?]|\\b(?:${enMapping.clauseBreaks.join('|')})\\b`, 'i');
/** The WordNet category of a verb of giving: its commonest sense hands something over ("give", "get"). */
const TRANSFER = 'possession';
/** Words that may stand between the thing given and its noun ("some power", "a clean"): a closed class. */
const AMOUNT_WORDS = new Set([...en.indefinites, 'some', 'more', 'little', 'bit', 'of']);

/**
 * "Give the heater power", "give the telly socket some power", "give the plants some water", "give
 * the floor a clean": a light verb of giving (a verb of very many WordNet senses whose commonest one
 * hands something over) with a thing and then a noun that is also a verb says that verb done to the
 * thing: "power the heater", "water the plants", "clean the floor". Read word by word, "give" meets
 * nothing a device does and the request is declined for it. The thing must open with a determiner,
 * a possessive or "it"/"them": "give me the battery level" gives the speaker a reading, which the
 * verb's own sense says. The request comes back unchanged where the clause is no such form.
 */
export function withGivenNoun(text: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const tokens = [...text.matchAll(/[\p{L}'-]+/gu)];
  let at = 0;
  while (at < tokens.length && en.courtesy.has(tokens[at]![0].toLowerCase())) at += 1;
  const verb = tokens[at];
  if (!verb) return text;
  const senses = wordNet.verbSenses(verb[0].toLowerCase());
  if (senses.length < LIGHT_VERB_SENSES || senses[0]!.category !== TRANSFER) return text;
  const afterVerb = verb.index! + verb[0].length;
  const clauseLength = text.slice(afterVerb).search(CLAUSE_END);
  const clauseEnd = clauseLength < 0 ? text.length : afterVerb + clauseLength;
  const clause = tokens.filter((token) => token.index! >= afterVerb && token.index! < clauseEnd);
  // Courtesy may close the clause ("give the heater power please").
  let last = clause.length - 1;
  while (last >= 0 && en.courtesy.has(clause[last]![0].toLowerCase())) last -= 1;
  const noun = clause[last];
  const opening = clause[0]?.[0].toLowerCase();
  if (!noun || opening === undefined || !(en.determiners.has(opening) || en.possessives.has(opening) || en.anaphora.has(opening))) return text;
  const said = noun[0].toLowerCase();
  if (!wordNet.canBe(said, 'noun') || !wordNet.isVerb(said)) return text;
  let objectEnd = last;
  while (objectEnd > 0 && AMOUNT_WORDS.has(clause[objectEnd - 1]![0].toLowerCase())) objectEnd -= 1;
  const thing = clause.slice(0, objectEnd);
  // The thing is a determiner and at least a noun ("the heater"), or a pronoun alone ("it"); no
  // preposition within ("give the neighbour access to the garage" gives the neighbour something).
  if (thing.length === 0 || (thing.length === 1 && !en.anaphora.has(opening))) return text;
  if (thing.slice(1).some((token) => isStopword(token[0].toLowerCase()) || isFunctionWord(token[0].toLowerCase(), 'en'))) return text;
  const object = text.slice(thing[0]!.index!, thing.at(-1)!.index! + thing.at(-1)![0].length);
  return `${text.slice(0, verb.index)}${said} ${object}${text.slice(noun.index! + noun[0].length)}`;
}
