import { isStopword, singularForms, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { SelfReferences } from './self-references';
import { startFunction } from './purpose-verb';

/**
 * "there's no light in the car park" to the car park's floodlights, "there is no heat in here" to a
 * heater: an existential statement that the thing the device gives is absent asks for it, so the
 * device is set going (the one function that starts it, purpose-verb.ts). Read only where the absent
 * noun is a word of the device's own name, aliases or kind nouns; any other statement is left as
 * said. "there", the copula and "no" are the closed grammar of English existential negation.
 */
const EXISTENTIAL_ABSENCE = /^\s*there(?:'s|\u2019s| is| are|s)\s+no\s+([a-z][a-z-]*)\b/i;

function ownStems(references: SelfReferences | undefined, document: NormalisedDocument): Set<string> {
  const phrases = [...(references?.names ?? []), ...(references?.kinds ?? []), ...document.nouns];
  return new Set(phrases.flatMap((phrase) => words(phrase)).map((word) => word.toLowerCase()).filter((word) => !isStopword(word)).flatMap((word) => [word, ...singularForms(word)]).map(stem));
}

/** The request with an absence of what the device gives said as its start function's words; unchanged otherwise. */
export function withStatedAbsence(text: string, document: NormalisedDocument, references: SelfReferences | undefined, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const match = EXISTENTIAL_ABSENCE.exec(text);
  if (!match) return text;
  const noun = match[1]!.toLowerCase();
  const own = ownStems(references, document);
  if (![noun, ...singularForms(noun)].some((form) => own.has(stem(form)))) return text;
  const start = startFunction(document, wordNet);
  if (!start) return text;
  return `${start.name.split('_').join(' ')}${text.slice(match.index + match[0].length)}`;
}
