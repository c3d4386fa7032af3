import { en, splitIdentifier, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { functionPath, nounWords, requestPath } from './path';

/** How many of a verb's commonest senses say what it does here ("scratch": its fourth is cancel). */
const COMMON_SENSES = 4;
const SOURCE = new Set(en.pathPrepositions.source);

/** The lemmas of a verb's commonest WordNet senses ("tick": check, mark, tick off, ...). */
function lemmasOf(verb: string, wordNet: WordNet): Set<string> {
  return new Set(wordNet.verbSenses(verb).slice(0, COMMON_SENSES).flatMap((sense) => sense.lemmas));
}

/** A function's deed words: its name's words and the verb its notes open with ("Ticks an item off ..."). */
function deedWords(name: string, description: string): string[] {
  return [...splitIdentifier(name), ...(description.match(/^\p{L}+/u) ?? [])].map((word) => word.toLowerCase());
}

/**
 * "get the milk off the list", "knock the bin bags off the list", "can you scratch the soap off": a
 * thing taken off a list by a verb that says nothing of how is removed from it (issue #17: it was
 * ticked off, as "Ticks an item off the list" says "off" too). The path off the device is what the
 * request says (mapper/path.ts); of the functions that take an item off it, the one whose deed is
 * WordNet's removing (en.removingVerb: "remove", "delete") is the plain one, and another (ticking
 * off) is meant only where the verb, or the verb with its particle, shares a WordNet sense's lemma
 * with that function's deed words ("tick", "check off", "mark", and "cross off", whose synset holds
 * "mark"). The verb is then said as the remover's own ("remove the milk off the list"), also where it
 * is one of the remover's lemmas already ("scratch" shares cancel with delete, yet read as said it ticked).
 */
export function withTakenOff(text: string, document: NormalisedDocument, wordNet: WordNet | undefined, takesItems: boolean): string {
  if (!takesItems || !wordNet) return text;
  const nouns = nounWords(document.nouns);
  // The first clause only: "got the cheese, tick it off" ticks it off.
  const clause = text.split(/[,;:.!?]/)[0] ?? text;
  const said = clause.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  let at = 0;
  while (at < said.length && en.courtesy.has(said[at]!)) at += 1;
  const verb = said[at];
  if (verb === undefined || !wordNet.mostlyVerb(verb)) return text;
  // Off the device: "off the list", "from my shopping list", or a particle that ends the clause after the thing ("scratch the soap off").
  const last = said.at(-1) ?? '';
  const offDevice = requestPath(clause, nouns) === -1 || (said.length > at + 2 && SOURCE.has(last) && en.verbParticles.has(last));
  if (!offDevice) return text;
  const takers = document.functions.filter((fn) => fn.parameters.length > 0 && functionPath(fn.description, nouns) === -1).map((fn) => ({ fn, lemmas: new Set(deedWords(fn.name, fn.description).flatMap((word) => [...lemmasOf(word, wordNet)])) }));
  const removers = takers.filter((taker) => taker.lemmas.has(en.removingVerb));
  if (removers.length !== 1 || takers.length < 2) return text;
  const remover = removers[0]!;
  const particle = said.slice(at + 1).find((word) => SOURCE.has(word));
  const verbLemmas = new Set([...lemmasOf(verb, wordNet), ...(particle ? lemmasOf(`${verb} ${particle}`, wordNet) : [])]);
  if (takers.some((taker) => taker !== remover && [...verbLemmas].some((lemma) => taker.lemmas.has(lemma)))) return text;
  const deed = deedWords(remover.fn.name, remover.fn.description).find((word) => wordNet.mostlyVerb(word));
  if (deed === undefined || deed === verb) return text;
  const start = text.toLowerCase().indexOf(verb, text.toLowerCase().split(/\s+/).slice(0, at).join(' ').length);
  return start < 0 ? text : `${text.slice(0, start)}${deed}${text.slice(start + verb.length)}`;
}
