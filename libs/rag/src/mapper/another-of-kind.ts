import { CARDINAL_WORDS, en, isStopword, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import { describedOther, frontClipped } from './described-other';
import { CAUSATIVE } from './deed-for-another';

/** Closed-class words that make the device's own noun another one of its kind ("the other robot"). */
export const ANOTHER = new Set(['other', 'another']);

/** A name's number is said in digits or as a cardinal ("robot 2", "robot four"). */
const CARDINAL = new RegExp(`^(?:\\d+|${CARDINAL_WORDS.join('|')})$`, 'i');

/** A token of the request: a word, a number or a mark that ends a phrase (a vocative is set off by one). */
interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\p{L}[\p{L}'’-]*|\d+(?:\.\d+)?|[,;:!?.]/gu)].map((match) => ({ text: match[0].toLowerCase().replace(/['’]s$|['’]$/, ''), start: match.index!, end: match.index! + match[0].length }));
}

/** Whether a token ends a phrase: a mark, or the end of the request. */
const isMark = (token: Token | undefined) => token === undefined || /^[,;:!?.]$/.test(token.text);

/** WordNet's verb files whose deeds leave their object as it is: "scan", "watch" (perception), "film" (creation). */
const LOOKING = new Set(['perception', 'creation']);

/** Whether a command's verb only looks at or makes a record of its object, by its commonest sense. */
function looksOnly(verb: string, wordNet: WordNet | undefined): boolean {
  return wordNet !== undefined && LOOKING.has(wordNet.verbSenses(verb)[0]?.category ?? '');
}

/** Whether the noun at `at` is said after "of" ("a photo of the other robot"), past its determiners. */
function recordOf(said: readonly Token[], at: number): boolean {
  let back = at - 1;
  while (back >= 0 && (en.determiners.has(said[back]!.text) || ANOTHER.has(said[back]!.text))) back -= 1;
  return said[back]?.text === 'of';
}

/** The singular of a noun said of several ("robots", "the other robots"), where it is one of the device's own. */
function ownForm(word: string, ownNouns: ReadonlySet<string>): string | undefined {
  if (ownNouns.has(word)) return word;
  const singular = word.endsWith('s') ? word.slice(0, -1) : undefined;
  // "the other bot": the own noun clipped from the front (described-other.ts).
  return singular !== undefined && ownNouns.has(singular) ? singular : (frontClipped(word, ownNouns) ?? (singular === undefined ? undefined : frontClipped(singular, ownNouns)));
}

/**
 * A request about another one of the device's own kind (issue #17, a wrong action is worse than a
 * question): "stop robot 2!", "dock robot 5", "where is robot 6?", "how much battery does robot 3
 * have left?", "ask the other robot where it is" said to a warehouse robot stopped, docked or read
 * the robot itself. The request names the device's own noun, but as one of several: after a
 * closed-class "other" or "another", or with a number after it that is no name of the device's own
 * ("robot 2" where the device is not called so), unless the request is that phrase alone and the call
 * takes its number ("thermostat 21" to a thermostat is the level wanted; "follow robot 2" is no shelf 2). The device does and tells only of itself, so the request is
 * another's. Commands and questions alike.
 *
 * Kept: the device called by its number ("robot 3, go to shelf 4", "go to shelf 4, robot 3"): a
 * vocative, set off by a mark at its start or end of the request; a record made of the other one
 * ("take a photo of robot 3", "photograph the other robot"): the other one is only looked at.
 */
export function anotherOfKind(result: MapResult, reading: RequestReading, ownNouns: ReadonlySet<string>, names: readonly string[], selfNoun: string | undefined, wordNet: WordNet | undefined, meets: (word: string) => boolean = () => false, mobile: () => boolean = () => false): string | undefined {
  if (result.kind !== 'call') return undefined;
  const said = tokens(reading.text);
  const values = new Set(result.calls.flatMap((call) => Object.values(call.arguments)).filter((value): value is number => typeof value === 'number'));
  const ownNames = new Set(names.map((name) => name.toLowerCase().replace(/\s+/g, ' ').trim()));
  const first = said.findIndex((token) => !en.courtesy.has(token.text));
  for (let at = 0; at < said.length; at += 1) {
    const own = ownForm(said[at]!.text, ownNouns);
    if (own === undefined) continue;
    const before = said[at - 1];
    const number = said[at + 1];
    let named: string | undefined;
    if (before !== undefined && ANOTHER.has(before.text)) named = `${before.text} ${said[at]!.text}`;
    else if (number !== undefined && CARDINAL.test(number.text) && own === said[at]!.text) {
      const mention = reading.numbers.find((item) => item.start <= number.start && item.end >= number.end);
      // "three quarters of the way": a number that is part of a longer one is no name.
      if (mention === undefined || mention.ordinal || mention.start !== number.start || mention.end !== number.end) continue;
      // "open the skylight 20 percent more", "pan the camera 30 degrees left": a number with a measure after it is an amount, not a name.
      const after = said[at + 2];
      const measure = (word: string) => !isStopword(word) && wordNet !== undefined && wordNet.canBe(word, 'noun') && !wordNet.isVerb(word) && !wordNet.canBe(word, 'adj');
      if (!isMark(after) && after!.text !== 's' && measure(after!.text)) continue; // "robot 2's battery": a possessive, not a measure
      // "make ceiling fan 50%": a level said with its sign or a percent word.
      if (/^\s*[%°]/.test(reading.text.slice(number.end)) || en.percentWords.has(mention.following)) continue;
      // "thermostat 21", "the thermostat 21 please": the device and the level wanted, said alone.
      const aside = (token: Token) => isMark(token) || en.courtesy.has(token.text) || en.determiners.has(token.text);
      if (values.has(mention.value) && said.slice(0, at).every(aside) && said.slice(at + 2).every((token) => aside(token) || token.text === mention.following)) continue;
      if (ownNames.has(`${own} ${number.text}`)) continue;
      // "Robot 3, go to shelf 4", "go to shelf 4, robot 3": the device called, not spoken of.
      const opens = at === first || isMark(before);
      if (opens && isMark(said[at + 2])) continue;
      named = `${own} ${number.text}`;
    }
    // "the cleaning robot", "the robot next to you": one of several picked out by a description (described-other.ts); "have the robot in aisle 4 ..." opens as a question does.
    // Only for a device that goes about (other-machine.ts goesAbout): a fixed one is told apart by where it is and what it is ("the hall light", "the lamp by the window").
    const described = named === undefined;
    if (described && !mobile()) continue;
    named ??= describedOther(said.map((token) => token.text), at, reading.mood === 'question' && (!CAUSATIVE.has(said[first]?.text ?? '') || /\?\s*$/.test(reading.text)), (word) => ownForm(word, ownNouns) !== undefined || ownNames.has(word), meets, wordNet);
    if (named === undefined) continue;
    // "take a photo of robot 3", "photograph the other robot": a record made of it leaves it as it is.
    // A described one is looked at past its description ("a photo of the red robot").
    const recordAt = described ? at - named.split(' ').indexOf(said[at]!.text) + 1 : at;
    if (reading.mood !== 'question' && (recordOf(said, recordAt) || looksOnly(said[first]?.text ?? '', wordNet))) continue;
    return `"${named}" is another ${own}, not this one: the ${selfNoun ?? 'device'} can only act and tell of itself`;
  }
  return undefined;
}
