import { en, findColor, tokenize } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { enumValue, presetValue } from '../arguments/parameter-values';

/** The modal verbs a polite request opens with ("could", "can"): en.mood.politeAsks. */
const MODALS = new Set(en.mood.politeAsks);
/** The copula a wished state is said with: "could the light be purple". */
const COPULA = 'be';
/** Prepositions that may stand between the copula and the value: "be on high", "be in quiet mode", "be at 21". */
const VALUE_PREPOSITIONS = new Set(['on', 'in', 'at', ...en.pathPrepositions.goal]);
/** How many words the subject may have: "the light", "the kitchen light", "it". */
const SUBJECT_WORDS = 4;

/**
 * A question that is a request: "could the light be purple?", "can the fan be on high?" asks for a
 * state, not whether the device is in it, where the value after "be" is one a setter of the document
 * takes (a colour, an option of an enum, a preset). Read as the command it wishes for, "set the light
 * to purple", so the setter is called. A state the document sets no value to ("could the light be
 * broken?") stays a question.
 */
export function withWishedValue(request: string, document: NormalisedDocument): string {
  const tokens = tokenize(request.replace(/[?.!]+\s*$/, ''));
  if (!MODALS.has(tokens[0] ?? '')) return request;
  const copula = tokens.indexOf(COPULA);
  if (copula < 2 || copula > SUBJECT_WORDS + 1) return request;
  const subject = tokens.slice(1, copula);
  // "could you be quiet": the listener, not the device, is asked to be so.
  if (subject.some((word) => en.mood.politeAddressees.includes(word))) return request;
  const rest = tokens.slice(copula + 1);
  const value = (VALUE_PREPOSITIONS.has(rest[0] ?? '') ? rest.slice(1) : rest).filter((word) => !en.courtesy.has(word) && !en.determiners.has(word)).join(' ');
  return value !== '' && isSettable(value, document) ? `set ${subject.join(' ')} to ${value}` : request;
}

function isSettable(value: string, document: NormalisedDocument): boolean {
  const colour = findColor(value) !== undefined;
  return document.functions.some(
    (fn) =>
      fn.kind !== 'query' &&
      fn.parameters.some((parameter) => (parameter.type === 'color' && colour) || (parameter.type === 'enum' && enumValue(parameter, value) !== undefined) || presetValue(parameter, value.toLowerCase()) !== undefined),
  );
}
