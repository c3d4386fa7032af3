import { en, enMapping, isStopword, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { NormalisedFunction } from '../api-document';
import { saidWithUnit } from '../arguments/parameter-values';

/**
 * "Zoom 3x", "record in 720p", "use the 2.4 GHz band", "limit the hotspot to 10 Mbps" to a robot
 * whose only numbers are a camera tilt in degrees, a speed in m/s and a shelf (issue #17). The unit
 * is one the number reader does not parse, so unit-not-held.ts cannot compare it with the call's
 * parameters, and the number lands in whatever numeric parameter the ranking reached (a tilt of 3°,
 * a speed of 2.4 m/s). Where the number is said with a unit of its own that no parameter of the call
 * names (its unit, name or notes), the request asks for a setting the device does not have: it is
 * declined, naming the amount.
 *
 * A unit is read three ways, none a list of units: letters glued to the number ("3x", "720p", "4k");
 * a word WordNet files under a unit of measurement or directly under a rate ("megabit", "GHz"); or,
 * after a preposition that gives a level ("to 10 Mbps"), a word WordNet does not know, written
 * without a vowel, as abbreviations of units are. Never judged: a number inside a name or password ("tab5tab5"), an
 * ordinal ("3rd"), a number that a call's argument holds as text.
 */

/** WordNet's broader nouns of units: the unit of measurement, and the rate that frequencies ("GHz") are a kind of. */
const UNIT_OF_MEASUREMENT = 'unit of measurement';
const RATE = 'rate';
/** Prepositions that give a level or an amount the call should hold ("to 10 Mbps", "at 15 dBm"): the language's closed set. */
const HOLDING = new Set([...enMapping.amounts.levelPrepositions]);
/** The suffixes of ordinals written in digits ("3rd", "21st"): closed. */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

/** The amount said ("3x", "2.4 GHz") in a unit no parameter of the call names; undefined where none. */
export function unitUnnamed(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet | undefined): string | undefined {
  if (result.kind !== 'call' || !wordNet) return undefined;
  const called = result.calls.map((call) => byName.get(call.function)).filter((fn) => fn !== undefined);
  const named = new Set(called.flatMap((fn) => [...fn.parameters.flatMap((parameter) => words(`${parameter.unit ?? ''} ${parameter.name.replace(/_/g, ' ')} ${parameter.description ?? ''}`)), ...words(fn.description)]).map((word) => stem(word.toLowerCase())));
  const given = result.calls.flatMap((call) => Object.values(call.arguments).filter((value) => typeof value === 'string').map((value) => value.toLowerCase()));
  const text = reading.text;
  for (const mention of reading.numbers) {
    const unit = mention.following.toLowerCase();
    if (mention.ordinal || saidWithUnit(mention) || !/^\p{L}+$/u.test(unit) || ORDINAL_SUFFIX.test(unit)) continue;
    // Inside a name or a password ("tab5tab5", "Hub4"): a letter right before the digits.
    if (/[\p{L}_-]/u.test(text[mention.start - 1] ?? '')) continue;
    const token = text.slice(mention.start).match(/^[^\s,;]+/)?.[0]?.toLowerCase() ?? '';
    if (given.some((value) => value.includes(token))) continue;
    if (isStopword(unit) || en.functionWords.has(unit) || en.verbParticles.has(unit) || named.has(stem(unit))) continue;
    const glued = /\p{L}/u.test(text[mention.end] ?? '');
    const before = text.slice(0, mention.start).toLowerCase().match(/(\p{L}+)\W*$/u)?.[1];
    if (!glued && !isUnit(unit, wordNet) && !(before !== undefined && HOLDING.has(before) && abbreviation(unit, wordNet))) continue;
    return `${text.slice(mention.start, mention.end).trim()}${glued ? '' : ' '}${mention.following}`;
  }
  return undefined;
}

/** "Mbps", "dBm": a word WordNet does not know, written without a vowel as abbreviated units are ("per" of "per cent" has one). */
function abbreviation(word: string, wordNet: WordNet): boolean {
  return !wordNet.isKnown(word) && !/[aeiouy]/.test(word);
}

/** A word WordNet files under a unit of measurement, or directly under a rate ("GHz"). */
function isUnit(word: string, wordNet: WordNet): boolean {
  const ancestors = wordNet.nounAncestors(word, 'first');
  return ancestors.has(UNIT_OF_MEASUREMENT) || ancestors.get(RATE) === 1;
}
