import { alternation, enMapping, findFractions, findNumbers, phraseAlternation, type WordNet } from '@meshmind/language';
import { withoutValues } from '../arguments/string-values';
import { addressedAs } from './self-references';
import { withoutLightVerb } from './light-verbs';
import { doneStateRequest } from './item-state';
import { withoutPlaceParticle } from './place-particle';

/**
 * A clause that says why, not what: "create a hotspot so the tablets can connect" asks for a hotspot;
 * the tablets connecting is the reason. Cut from "so (that)" or "in order to" after the request's
 * own words, up to the next comma or the end.
 */
const { purpose } = enMapping;
const PURPOSE = new RegExp(
  `\\s+(?:${phraseAlternation(purpose.markers)}|(?:${alternation(purpose.markerBeforeSubject)})\\s+(?=(?:${alternation(purpose.subjects)})\\b))\\b[^,;.!?]*`,
  'gi',
);

export function withoutPurpose(text: string): string {
  return text.replace(PURPOSE, '').trim();
}

/**
 * Words that only ask to be told ("report your location", "tell me the battery level"): they make
 * the request a question, which the evidence reads from the step as said, and name no function. A
 * vendor note that happens to open with "reports" must not win on them.
 */
const ASKING = new RegExp(`^(?:(?:${alternation(enMapping.requestCourtesy)})\\s+)*(?:${phraseAlternation(enMapping.asking)})\\b\\s*`, 'i');

export function withoutAsking(text: string): string {
  const rest = text.replace(ASKING, '');
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}

/**
 * What retrieval reads of one step of a request: without the values it passes, without a purpose
 * clause, without words that only ask to be told, in the document's person ("where are you" ->
 * "where is the robot"), and with a light verb's noun in its place ("take an inventory" ->
 * "inventory": light-verbs.ts). The mood and the arguments are still read from the step as said.
 */
export function retrievalText(step: string, selfNoun: string | undefined, wordNet?: WordNet): string {
  // "mark fix the gutter as done": the item is a value; the request is to complete it (item-state.ts).
  // "open youtube on the TV": "on" heads a place phrase there, it is no particle (place-particle.ts).
  const core = doneStateRequest(step) ?? withoutLightVerb(addressedAs(withoutAsking(withoutPurpose(withoutValues(withoutPlaceParticle(step, wordNet)))), selfNoun), wordNet);
  return core === '' ? step : core;
}

/**
 * The text whose meaning is embedded: without its numbers. Which function a request means does
 * not depend on which shelf or how many degrees; the embedding of "shelf 21" and "shelf 22" differs
 * all the same, enough to tip close candidates. A number said in words is a number too: "position
 * eight, nine" must mean what "position 8, 9" means, not lean on what "eight" happens to sit near.
 * An ordinal stays ("the third shelf" is a place, not a value), and so does a lone "one", which is
 * as often a pronoun ("the blue one"). The lexical scorer still reads the numbers.
 */
export function withoutNumbers(text: string): string {
  const stripped = withoutNumberWords(text).replace(/(?<![\p{L}\d])[-+]?\d+(?:[.,]\d+)?(?![\p{L}\d])/gu, ' ').replace(/\s+([.,;:!?])/g, '$1').replace(/\s{2,}/g, ' ').trim();
  return /[\p{L}]/u.test(stripped) ? stripped : text;
}

function withoutNumberWords(text: string): string {
  let out = text;
  // "move the blind to three quarters": a fraction says how far, as "halfway" does; its numerator stays with it.
  const fractions = findFractions(text);
  for (const mention of findNumbers(text).reverse()) {
    const said = text.slice(mention.start, mention.end);
    if (mention.ordinal || /\d/.test(said) || /^(?:one|an?)$/i.test(said)) continue;
    if (fractions.some((fraction) => mention.start >= fraction.start && mention.start < fraction.end)) continue;
    out = `${out.slice(0, mention.start)} ${out.slice(mention.end)}`;
  }
  return out;
}
