import { isStopword, readRequest, stem, type NumberMention } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { ParameterSpec } from '@meshmind/protocol';
import { saidWithUnit } from './parameter-values';

/**
 * Numbers that name a thing of the device, not a value to pass: the access point's channel setter
 * says "Sets the channel of the 2.4 GHz radio", so in "switch the 2.4 GHz radio to channel 1" or
 * "set the 5 GHz channel to 36" the number before "GHz" names a radio, and the channel is the other
 * number (or none, and the request is asked about). Read from the function's own words: a word its
 * description or its parameters' write right after a number is what such numbers name, unless it
 * is the parameter's own unit ("a 4 MB file" for a size in MB).
 */
const byFunction = new WeakMap<NormalisedFunction, ReadonlySet<string>>();

export function namingWords(fn: NormalisedFunction): ReadonlySet<string> {
  const known = byFunction.get(fn);
  if (known) return known;
  const texts = [fn.description, ...fn.parameters.map((parameter) => parameter.description ?? '')];
  const words = new Set(texts.flatMap((text) => readRequest(text).numbers.map((mention) => mention.following)).filter((word) => /^\p{L}+$/u.test(word) && !isStopword(word)).map(stem));
  byFunction.set(fn, words);
  return words;
}

/**
 * The mentions a number parameter may take: not those that name a thing as the function's words do.
 * Nor, for a whole-number parameter, a fraction said before a word of its own beside a whole number:
 * in "move the 2.4 radio to channel 11" or "set the 2.4 gig channel to 13" the unit is clipped or left
 * out, yet 2.4 can be no channel, and the 11 is (a fraction said alone is still read as before).
 */
export function valueMentions(mentions: readonly NumberMention[], parameter: ParameterSpec, naming: ReadonlySet<string>): NumberMention[] {
  const unit = stem((parameter.unit ?? '').toLowerCase());
  const kept = mentions.filter((mention) => mention.following === '' || stem(mention.following) === unit || !naming.has(stem(mention.following)));
  const namesThing = (mention: NumberMention) => !Number.isInteger(mention.value) && /^\p{L}+$/u.test(mention.following) && !isStopword(mention.following) && !saidWithUnit(mention);
  if (parameter.type !== 'integer' || !kept.some((mention) => Number.isInteger(mention.value))) return kept;
  return kept.filter((mention) => !namesThing(mention));
}
