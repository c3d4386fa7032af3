import { alternation, enMapping, stem, words, type NumberMention, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import { presetsOf } from './note-presets';

/** Words that make a number an amount added to where a level is ("another 20%", "a further 5"): a closed class of additive determiners. */
const ADDED_BEFORE = /\b(?:another|further|extra)\s*$/;
/**
 * The same said after the number and its unit at the clause's end ("10 percent more", "20% further");
 * not before a noun it counts ("2 more windows"). What may follow is punctuation or a closed few words of courtesy and joining.
 */
const ADDED_AFTER = /^\s*(?:%|[a-z°]+)?\s*\b(more|further|extra)\b(?=\s*(?:$|[,.;:!?]|(?:please|now|then|and)\b))/;

/** The same said between the number and its unit ("10 more degrees", "5 further percent"): a unit, never a noun it counts. */
const ADDED_BEFORE_UNIT = new RegExp(`^\\s*\\b(more|further|extra)\\s+(?:${alternation([...enMapping.units.degree, ...enMapping.units.percent])})\\b`);
/**
 * A number after a way and before "from where it is now" ("up 25 from where it is now", "down 10
 * degrees from its current angle"): a change from the present level. Closed words only: "from"
 * with a demonstrative of place or a determiner of the present state; "shelf 3 from here" says no way.
 */
const WAY_BEFORE = new RegExp(`\\b(?:${alternation([...enMapping.amounts.upwards, ...enMapping.amounts.downwards])})\\s+(?:by\\s+)?$`);
const FROM_WHERE_IT_IS = /^\s*(?:[a-z°%]+\s+)?from\s+(?:where\s+(?:it|they|you|i)(?:'s|'re|\s+(?:is|are|am))?\b|here\b|(?:its|their|your|the)\s+(?:current|present)\b)/;

/** Units of time, a closed class: "another 10 minutes" is a time from now, no amount added to a level. */
const TIME_UNIT = /^(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)$/;

/** Where a number is said as an amount added, the words that say so; undefined where it is said as a level or a time. */
export function addedAmountMarker(lowerText: string, mention: NumberMention): { start: number; end: number } | undefined {
  if (TIME_UNIT.test(mention.following)) return undefined;
  const before = ADDED_BEFORE.exec(lowerText.slice(0, mention.start));
  if (before) return { start: before.index, end: before.index + before[0].length };
  const between = ADDED_BEFORE_UNIT.exec(lowerText.slice(mention.end));
  if (between) {
    const start = mention.end + between[0].indexOf(between[1]!);
    return { start, end: start + between[1]!.length };
  }
  const from = WAY_BEFORE.test(lowerText.slice(0, mention.start)) ? FROM_WHERE_IT_IS.exec(lowerText.slice(mention.end)) : null;
  if (from) return { start: mention.end + from[0].indexOf('from'), end: mention.end + from[0].length };
  const after = ADDED_AFTER.exec(lowerText.slice(mention.end));
  if (!after) return undefined;
  const end = mention.end + after[0].length;
  return { start: end - after[1]!.length, end };
}

/**
 * Which way a word of the request moves a level whose named values lie on its scale: a cover's position
 * names 0 "closed" and 100 "fully open", so "open" raises it and its WordNet opposite "close" lowers it.
 * Read from the document's own named values (arguments/note-presets.ts) and WordNet's antonyms, never
 * from a list of verbs. Undefined where no word said, or where words say both ways.
 */
export function namedEndDirection(parameter: ParameterSpec, lowerText: string, wordNet: WordNet | undefined): 1 | -1 | undefined {
  if (!wordNet) return undefined;
  const named = Object.entries(presetsOf(parameter)).map(([name, value]) => ({ stems: new Set(words(name.toLowerCase()).map(stem)), value }));
  if (named.length < 2) return undefined;
  const pointOf = (stems: Iterable<string>): number | undefined => {
    const keys = [...stems];
    const values = named.filter((preset) => keys.some((key) => preset.stems.has(key))).map((preset) => preset.value);
    return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
  };
  const directions = new Set<1 | -1>();
  for (const word of words(lowerText)) {
    const own = pointOf([stem(word)]);
    const opposite = own === undefined ? undefined : pointOf([...wordNet.antonyms(word)].flatMap((key) => [key, stem(key)]));
    if (own !== undefined && opposite !== undefined && own !== opposite) directions.add(own > opposite ? 1 : -1);
  }
  return directions.size === 1 ? [...directions][0] : undefined;
}
