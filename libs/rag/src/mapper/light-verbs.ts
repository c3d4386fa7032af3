import { en, enMapping, stem, words, type WordNet } from '@meshmind/language';
import { LIGHT_VERB_SENSES } from './function-kind';

/** "a bit faster", "a little louder": a relative amount after a verb is no object to read as the action. */
/** How close a verb of the idiom must be to its noun: a synonym or derivation ("stock" -> "inventory", 0.81), not a hypernym. */
const NOUN_SYNONYM = 0.8;
const RELATIVE_AMOUNTS = new Set(enMapping.amounts.relativeAmount.map((phrase) => words(phrase).join(' ')));

/**
 * "Take an inventory of shelf 12", "make a map", "run a scan": a light verb (one of very many WordNet
 * senses, function-kind.ts) with an indefinite article and a noun that is also a verb says the noun's
 * action; the light verb's own senses ("take": move, carry, lead) meet functions the request does not
 * mean ("take an inventory" reached moving to the shelf through "take" -> "move"). Retrieval reads
 * the noun in the verb's place; the mood and the arguments are still read from the request as said.
 * Only after an indefinite article: with "the" the verb keeps its own sense and the noun is its
 * object ("draw the curtains", "clear the list", "play the radio").
 */
export function withoutLightVerb(text: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const tokens = [...text.matchAll(/[\p{L}\p{N}'-]+/gu)];
  let at = 0;
  while (at < tokens.length && en.courtesy.has(tokens[at]![0].toLowerCase())) at += 1;
  const [verb, article, noun] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  const idiom = verb && article ? idiomVerb(verb[0], article[0], wordNet) : undefined;
  if (idiom) return `${text.slice(0, verb!.index)}${idiom}${text.slice(article!.index + article![0].length)}`;
  if (!verb || !article || !noun || !en.indefinites.has(article[0].toLowerCase())) return text;
  if (RELATIVE_AMOUNTS.has(`${article[0]} ${noun[0]}`.toLowerCase())) return text;
  if (wordNet.verbSenses(verb[0]).length < LIGHT_VERB_SENSES) return text;
  if (!wordNet.canBe(noun[0], 'noun') || !wordNet.canBe(noun[0], 'verb')) return text;
  return `${text.slice(0, verb.index)}${text.slice(noun.index)}`;
}

/**
 * "Take stock of shelf 9": a light verb and a bare noun that WordNet lists as one verb ("take stock":
 * "inventory, take stock, stock-take") say the one-word verb of that lemma's senses that is a relative
 * of the noun ("stock" is related to "inventory"): the noun carries the meaning, as after an article.
 * Undefined where the pair is no verb of WordNet's or no such one-word verb is found.
 */
function idiomVerb(verb: string, noun: string, wordNet: WordNet): string | undefined {
  const lowerNoun = noun.toLowerCase();
  if (wordNet.verbSenses(verb).length < LIGHT_VERB_SENSES || !wordNet.canBe(lowerNoun, 'noun')) return undefined;
  const senses = wordNet.verbSenses(`${verb.toLowerCase()} ${lowerNoun}`);
  if (senses.length === 0) return undefined;
  const nounRelatives = wordNet.related(lowerNoun, 'noun');
  const lemmas = new Set(senses.flatMap((sense) => sense.lemmas).filter((lemma) => /^[a-z]+$/.test(lemma) && lemma !== lowerNoun));
  const meant = [...lemmas].filter((lemma) => (nounRelatives.get(stem(lemma)) ?? 0) >= NOUN_SYNONYM);
  return meant.length === 1 ? meant[0] : undefined;
}
