import { moodOf, type NumberMention, type RequestReading } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';

/**
 * "Run up to level 3", "move to berth 2", "stop at junction 4", "head to loading dock 5" to a warehouse
 * robot (issue #17): a number said right after a noun names one of those things, and the call took it
 * as a value it is not (a speed of 3, shelf 2) or took no number at all (it stopped, it docked at its
 * one dock). numbered-other-thing.ts reads a noun the document never meets; these are the nouns it does
 * meet, or meets only loosely, that are still not the call's own:
 *
 * - a noun some function of the document explains, but not the one the number went into ("level 3"
 *   set a speed; "level" is the camera's or the battery's word, "berth" the coordinates' place);
 * - a noun no function explains, before a number the call puts in a measure (a float: a speed in m/s,
 *   an angle), which no thing's whole-numbered name is ("checkpoint 2" set a speed of 2). A whole
 *   number (a shelf) may still be a loosely met noun's own ("rack 9" is a shelf);
 * - any noun before a number where no call takes a number at all: "dock 5" names one dock of several,
 *   "junction 4" a place, and the call (dock, stop) cannot choose which.
 *
 * `nameOf` is the caller's reading of the noun said before a mention (lexical checks only: a cardinal,
 * no ordinal, no pair, a noun led to by a closed-class word), or undefined; `isQuery` whether a
 * function only reads (function-kind.ts).
 */
export function numberedPlace(
  result: MapResult,
  reading: RequestReading,
  scope: ScopeReading,
  byName: ReadonlyMap<string, NormalisedFunction> | undefined,
  nameOf: (mention: NumberMention) => string | undefined,
  english = true,
  isQuery: (name: string) => boolean = () => false,
): { thing: string; mention: NumberMention } | undefined {
  if (result.kind !== 'call' || !scope.explained || !byName) return undefined;
  const explainers = (word: string): Set<string> => {
    const at = scope.content.indexOf(word);
    return at < 0 ? new Set() : new Set([...scope.explained!].filter(([, positions]) => positions.has(at)).map(([name]) => name));
  };
  // "join network Gate 2": a noun said in a text value the call is given is that value's, not a thing named.
  const given = result.calls.flatMap((call) => Object.values(call.arguments)).filter((value): value is string => typeof value === 'string').map((value) => value.toLowerCase());
  const named = (mention: NumberMention) => {
    const thing = nameOf(mention);
    return thing === undefined || given.some((value) => value.includes(thing)) ? undefined : thing;
  };
  const numeric = result.calls.flatMap((call) =>
    (byName.get(call.function)?.parameters ?? [])
      .filter((parameter) => typeof call.arguments[parameter.name] === 'number')
      .map((parameter) => ({ name: call.function, value: call.arguments[parameter.name] as number, measure: parameter.type === 'number' })),
  );
  if (numeric.length === 0) {
    // No call takes a number: a thing named by one is a thing the call cannot choose. A question
    // a query answers whichever thing is named is left to it: "are you by ward 3?" reads the position.
    if (moodOf(reading.text) === 'question' && result.calls.every((call) => isQuery(call.function))) return undefined;
    for (const mention of reading.numbers) {
      const thing = named(mention);
      if (thing !== undefined && scope.content.includes(thing)) return { thing, mention };
    }
    return undefined;
  }
  // Which function explains a word is read only where the document speaks English: a German "Kühlregal" explains "rack" by a dictionary, for one query and not its twin.
  if (!english) return undefined;
  for (const { name, value, measure } of numeric) {
    const mentions = reading.numbers.filter((mention) => mention.value === value);
    if (mentions.length === 0) continue;
    const things = mentions.map((mention) => {
      const thing = named(mention);
      if (thing === undefined || !scope.content.includes(thing)) return undefined;
      const by = explainers(thing);
      if (by.has(name)) return undefined;
      return by.size > 0 || measure ? thing : undefined;
    });
    if (things.some((thing) => thing === undefined)) continue;
    return { thing: things[0]!, mention: mentions[0]! };
  }
  return undefined;
}
