import { CARDINAL_WORDS, en, isStopword, type NumberMention, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { functionKindOf } from './function-kind';
import { numberedPlace } from './numbered-place';
import type { ScopeReading } from './scope';

/**
 * "Patrol aisle 2", "go to bay 4", "send robot 6 to shelf 3" to a robot that knows shelves, speeds
 * and camera angles (issue #17): the number is said as the name of a thing ("aisle 2", "robot 6"),
 * so it is not the call's shelf, speed or angle; the robot drove to shelf 6 or set its speed to 2.
 * A call each of whose numbers is said only as such a name is declined, naming the thing.
 *
 * A thing names its number where it is a noun no word of the document meets (an aisle, a bay) or
 * the device's own noun or name ("robot 6": the robot is called so, a name is not a value). The
 * document's own things ("shelf 3", "speed 2", "camera 40") keep their number, as do ordinals and a
 * number said next to another one: "position eight, nine", "spot 5, 5" are a pair of coordinates,
 * not a position named eight (the eighteenth session's try read it so and was reverted).
 */

/** Words between a thing and its number ("aisle number 2", "bay no. 3", "aisle #4"): English's closed class. */
const NUMBER_MARKERS = new Set(['number', 'no', 'nr', '#']);

/** A name's number is said in digits or as a cardinal ("aisle 2", "bay four"): not "halfway" or "a quarter", which say how much. */
const CARDINAL = new RegExp(`^(?:\\d+|${CARDINAL_WORDS.join('|')})$`, 'i');

/** What may stand between the two numbers of a pair ("8, 9", "8 and 9", "8 by 9", "(6, 12)"). */
const PAIR_GAP = /^\s*(?:[,;/()]|and|by|x)?\s*$/i;

/** The noun said right before a number mention (past a number marker), lower case, and the word before that noun. */
function thingBefore(text: string, start: number): { thing?: string; before?: string } {
  const words = text.slice(0, start).toLowerCase().match(/[a-z#]+/g) ?? [];
  let at = words.length - 1;
  while (at >= 0 && NUMBER_MARKERS.has(words[at]!)) at -= 1;
  return { thing: words[at], before: words[at - 1] };
}

/** Whether a mention is one of two numbers said together, as coordinates are. */
function inPair(mention: NumberMention, mentions: readonly NumberMention[], text: string): boolean {
  return mentions.some((other) => other !== mention && PAIR_GAP.test(other.start >= mention.end ? text.slice(mention.end, other.start) : other.end <= mention.start ? text.slice(other.end, mention.start) : 'overlap'));
}

/** A closed-class word after which a word is a noun, not a command's verb: a stop word, or an auxiliary ("is bay 4 empty?"). */
function leadsToNoun(word: string): boolean {
  return isStopword(word) || en.auxiliaries.has(word);
}

/** The noun a mention is said right after, where the number may be its name (a cardinal, no pair), or undefined. */
function nounBefore(mention: NumberMention, reading: RequestReading, wordNet: WordNet): string | undefined {
  if (mention.ordinal || !CARDINAL.test(reading.text.slice(mention.start, mention.end).trim()) || inPair(mention, reading.numbers, reading.text)) return undefined;
  // "crate4455": a number inside a word is no name said after a noun.
  if (/\p{L}$/u.test(reading.text.slice(0, mention.start))) return undefined;
  const { thing, before } = thingBefore(reading.text, mention.start);
  // "is the door open 30%?": a number said with a percent is a level, not a name.
  if (thing === undefined || thing.length < 3 || isStopword(thing) || !wordNet.canBe(thing, 'noun') || en.percentWords.has(mention.following)) return undefined;
  // "bay", "dock" are verbs too: a noun where a closed-class word leads to it ("to bay 4") or a noun's modifier does ("loading dock 5").
  const modified = before !== undefined && (/ing$/.test(before) || (wordNet.canBe(before, 'noun') && !wordNet.isVerb(before)));
  if (wordNet.isVerb(thing) && (before === undefined || !(leadsToNoun(before) || modified))) return undefined;
  return thing;
}

/** The thing a mention is said as the name of, or undefined where the number may be a value. */
function namingThing(mention: NumberMention, reading: RequestReading, unmet: ReadonlySet<string>, ownNouns: ReadonlySet<string>, wordNet: WordNet): string | undefined {
  if (mention.ordinal || !CARDINAL.test(reading.text.slice(mention.start, mention.end).trim()) || inPair(mention, reading.numbers, reading.text)) return undefined;
  const { thing, before } = thingBefore(reading.text, mention.start);
  if (thing === undefined || thing.length < 3 || isStopword(thing)) return undefined;
  // "robot 6" names the device where another number is said for the call ("send robot 6 to shelf 3");
  // alone, "thermostat 23" is the level wanted (bare-level.ts).
  if (ownNouns.has(thing)) return reading.numbers.some((other) => other.value !== mention.value && !other.ordinal) ? thing : undefined;
  if (!unmet.has(thing) || !wordNet.canBe(thing, 'noun')) return undefined;
  // "bay", "spot", "order" are verbs too: a noun where a closed-class word leads to it ("to bay 4", "in spot 6").
  if (wordNet.isVerb(thing) && (before === undefined || !leadsToNoun(before))) return undefined;
  return thing;
}

/**
 * The values a call puts in a fractional parameter (a float, a double: a speed in m/s): a measure, which no
 * thing's whole-numbered name is ("patrol zone 3" set a speed of 3 on the Chinese, German and French dialects).
 */
function measuredValues(result: MapResult, byName: ReadonlyMap<string, NormalisedFunction> | undefined): Set<number> {
  if (result.kind !== 'call' || !byName) return new Set();
  return new Set(result.calls.flatMap((call) => byName.get(call.function)?.parameters.filter((parameter) => parameter.type === 'number').map((parameter) => call.arguments[parameter.name]) ?? []).filter((value): value is number => typeof value === 'number'));
}

/** Why a call is not made whose numbers are each said only as the name of a thing, or undefined. */
export function numberedOtherThing(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, ownNouns: ReadonlySet<string>, selfNoun: string | undefined, wordNet: WordNet | undefined, readsUnmet = true, byName?: ReadonlyMap<string, NormalisedFunction>): string | undefined {
  if (!wordNet || !scope || result.kind !== 'call') return undefined;
  // Where the document's words are not English, a word it does not meet may still be its own thing translated ("Fach 7",
  // a compartment): there an unmet noun names its number only where the number went into a measure, which names nothing.
  const measured = measuredValues(result, byName);
  const unmetFor = (value: number) => new Set(readsUnmet || measured.has(value) ? scope.unmet : []);
  const values = new Set(result.calls.flatMap((call) => Object.values(call.arguments)).filter((value): value is number => typeof value === 'number'));
  for (const value of values) {
    const mentions = reading.numbers.filter((mention) => mention.value === value);
    if (mentions.length === 0) continue;
    const unmet = unmetFor(value);
    const things = mentions.map((mention) => namingThing(mention, reading, unmet, ownNouns, wordNet));
    if (things.some((thing) => thing === undefined)) continue;
    const first = mentions[0]!;
    return `the ${selfNoun ?? 'device'} takes "${things[0]} ${reading.text.slice(first.start, first.end)}" as the name of a thing, not as a value of its call`;
  }
  // "run up to level 3", "stop at junction 4": a noun the document meets, but not as the call's own thing (numbered-place.ts).
  const place = numberedPlace(result, reading, scope, byName, (mention) => { const noun = nounBefore(mention, reading, wordNet); return noun === undefined || ownNouns.has(noun) ? undefined : noun; }, readsUnmet, (name) => { const fn = byName?.get(name); return fn !== undefined && functionKindOf(fn, undefined, wordNet) === 'query'; });
  return place && `the ${selfNoun ?? 'device'} takes "${place.thing} ${reading.text.slice(place.mention.start, place.mention.end)}" as the name of a thing, not as a value of its call`;
}
