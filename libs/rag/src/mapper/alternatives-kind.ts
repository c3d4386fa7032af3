import { singularForms, splitIdentifier, stem, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedDocument, NormalisedFunction } from '../api-document';

/** The word that offers alternatives: English's one such conjunction, a closed class. */
const OR = 'or';
/** How many steps up WordNet's noun hierarchy a shared kind may lie: "watt" and "kilowatt" are both a unit 3 steps up; "entity" is everything's. */
const NEAR_KIND = 4;

/**
 * "Is it measured in watts or kilowatts?": a question that offers two things to choose from asks
 * which one holds, and what they both are a kind of says what is asked: watts and kilowatts are both
 * units of measurement, so the query whose name says "unit" (get_unit) answers, not the reading
 * (get_value) that met "measured". The shared kind is read from WordNet's hypernyms of both nouns
 * (their commonest senses, singular or as said), no more than a few steps up; a function whose name
 * holds such a kind's word weighs +1 (beside the other readings of mood.ts), any other 0.
 */
export function alternativesKindFit(fn: NormalisedFunction, reading: RequestReading, document: NormalisedDocument, wordNet: WordNet | undefined): number {
  if (!wordNet || fn.kind !== 'query' || reading.mood !== 'question') return 0;
  const said = reading.words.map((word) => word.toLowerCase());
  const at = said.indexOf(OR);
  const [left, right] = [said[at - 1], said[at + 1]];
  if (at <= 0 || left === undefined || right === undefined) return 0;
  // "is it set to heat or cool": values the document itself holds are asked of the query of that value, not of their kind.
  if (documentValues(document).has(stem(left)) || documentValues(document).has(stem(right))) return 0;
  const kinds = (word: string) => {
    const found = new Set<string>();
    for (const form of new Set([word, ...singularForms(word)])) for (const [kind, steps] of wordNet.nounAncestors(form, 'common')) if (steps <= NEAR_KIND) found.add(kind);
    return found;
  };
  const shared = [...kinds(left)].filter((kind) => kinds(right).has(kind)).flatMap((kind) => kind.split(' ')).map(stem);
  const own = new Set(splitIdentifier(fn.name).map((part) => stem(part.toLowerCase())));
  return shared.some((kind) => own.has(kind)) ? 1 : 0;
}

const valuesOf = new WeakMap<NormalisedDocument, Set<string>>();
/** The stems of every option and state value the document names ("heat", "fan only", "playing"). */
function documentValues(document: NormalisedDocument): Set<string> {
  let found = valuesOf.get(document);
  if (!found) {
    const values = [...document.functions.flatMap((fn) => fn.parameters.flatMap((parameter) => parameter.values ?? [])), ...Object.values(document.state ?? {}).flatMap((field) => field.values ?? [])];
    valuesOf.set(document, (found = new Set(values.flatMap((value) => String(value).toLowerCase().split(/[_\s]+/)).map(stem))));
  }
  return found;
}
