import { splitIdentifier, typingDistance, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';

/**
 * "trun on the lamp", "opne the blind": a word in the verb's place of the request that neither
 * WordNet nor the device's documents know, one typing slip from exactly one word of the documents (a wrong, missing or extra
 * letter, or two neighbouring letters swapped), is read as that word before anything else reads the
 * request, so the verb and its particle are read together ("turn on", not a tie between turn_on
 * and turn_off). Known words are never changed, and a word one slip from two document words stays.
 */

const vocabularies = new WeakMap<NormalisedDocument, Set<string>>();

/** The words of a document's function names, notes, parameters and state, in lower case. */
function documentWords(document: NormalisedDocument): Set<string> {
  let found = vocabularies.get(document);
  if (!found) {
    const texts = [
      ...document.functions.flatMap((fn) => [splitIdentifier(fn.name).join(' '), fn.description, ...fn.parameters.flatMap((parameter) => [splitIdentifier(parameter.name).join(' '), parameter.description ?? ''])]),
      ...Object.entries(document.state ?? {}).flatMap(([key, field]) => [splitIdentifier(key).join(' '), field.description ?? '']),
      ...document.nouns,
    ];
    found = new Set(texts.flatMap((text) => words(text.toLowerCase())).filter((word) => /^[a-z]{3,}$/.test(word)));
    vocabularies.set(document, found);
  }
  return found;
}

/** The document word a request word is a slip of, or undefined. */
function slipOf(word: string, vocabulary: ReadonlySet<string>, wordNet: WordNet): string | undefined {
  if (word.length < 4 || !/^[a-z]+$/.test(word) || vocabulary.has(word) || wordNet.isKnown(word)) return undefined;
  const limit = word.length >= 8 ? 2 : 1;
  let best = limit + 1;
  let found: string[] = [];
  for (const known of vocabulary) {
    const distance = typingDistance(word, known, limit);
    if (distance < best) [best, found] = [distance, [known]];
    else if (distance === best && distance <= limit) found.push(known);
  }
  return found.length === 1 ? found[0] : undefined;
}

/** How far into the request its verb may stand: "trun on ...", "please opne ...". */
const VERB_REACH = 2;

/**
 * The request with a slip of a document word in its verb's place read as that word, in the case it
 * was typed in. Only there: further on stand the values a request gives ("SSID Rescue, password
 * rescue2025", "add quinoa"), which are never the documents' words and must reach the call as said.
 */
export function withDocumentSpelling(text: string, document: NormalisedDocument, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const vocabulary = documentWords(document);
  const opening = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)].slice(0, VERB_REACH);
  const typo = opening.find((match) => /^\p{L}+$/u.test(match[0]) && slipOf(match[0].toLowerCase(), vocabulary, wordNet) !== undefined);
  if (!typo) return text;
  const typed = typo[0];
  const meant = slipOf(typed.toLowerCase(), vocabulary, wordNet)!;
  const cased = typed[0] === typed[0]!.toUpperCase() ? `${meant[0]!.toUpperCase()}${meant.slice(1)}` : meant;
  return `${text.slice(0, typo.index)}${cased}${text.slice(typo.index! + typed.length)}`;
}
