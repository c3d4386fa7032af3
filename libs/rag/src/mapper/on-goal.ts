import { en, splitIdentifier, stem, words, type RequestReader, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';

/** What may close a level said with "on": its share's unit or a unit of measure of the degree kind (a closed class). */
const LEVEL_UNITS: ReadonlySet<string> = new Set(['%', 'percent', 'per', 'cent', 'pct', 'degrees', 'degree']);
/** "on": the one preposition read here, a particle elsewhere ("put the tv on"). */
const ON = 'on';

/**
 * "put the volume on 12", "have the speaker on 35": "on" after a thing and before a bare number is the
 * level the thing is put at, as "to" or "at" says. Read as the particle of "put ... on" it pointed at
 * switching on, and the number went to a step (the volume was lowered by 12). Only after the verb and
 * its object ("turn on 2 lamps" keeps its particle), never in a question, only for a document that
 * takes a number, and only where nothing but the level's unit and courtesy follows the number ("on 12
 * May" and "on 5 minutes" stay as they are).
 */
export function withLevelOn(text: string, document: NormalisedDocument, reading: RequestReader): string {
  const read = reading(text);
  if (read.mood === 'question' || read.numbers.length !== 1) return text;
  const mention = read.numbers[0]!;
  if (mention.ordinal) return text;
  const takesNumber = document.functions.some((fn) => fn.kind !== 'query' && fn.parameters.some((parameter) => parameter.type === 'integer' || parameter.type === 'number'));
  if (!takesNumber) return text;
  const after = words(text.slice(mention.end).toLowerCase()).filter((word) => !en.courtesy.has(word));
  if (after.some((word) => !LEVEL_UNITS.has(word)) || /[a-z]/i.test(text[mention.end] ?? '')) return text;
  const before = text.slice(0, mention.start);
  const said = words(before.toLowerCase());
  // At least a verb and an object before "on": "turn on 5" opens with its phrasal verb.
  if (said.at(-1) !== ON || said.length < 3) return text;
  const at = before.toLowerCase().lastIndexOf(ON);
  return `${before.slice(0, at)}to ${text.slice(mention.start)}`;
}

/**
 * "put the show on pause", "stick the telly on mute": "on" before a word that is both a noun and a
 * verb and names exactly one of the device's actions is that action done to the object, not the
 * particle of "put ... on": read as "pause the show". Left as said, "on" met turn_on and the set was
 * woken instead of paused. Only for a clause of a verb, an object, "on" and that one word (courtesy
 * aside); a state the notes say a function goes into ("on standby") is read by described-goal.ts.
 */
export function withNamedActionOn(text: string, document: NormalisedDocument, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const tokens = text.trim().split(/\s+/);
  const bare = tokens.map((token) => token.toLowerCase().replace(/[?.!,]+$/, ''));
  const at = bare.lastIndexOf(ON);
  if (at < 2 || !wordNet.isVerb(bare[0]!)) return text;
  const rest = bare.slice(at + 1).filter((word) => word !== '' && !en.courtesy.has(word));
  if (rest.length !== 1) return text;
  const named = rest[0]!;
  if (!wordNet.canBe(named, 'noun') || !wordNet.isVerb(named)) return text;
  const key = stem(named);
  const holders = document.functions.filter((fn) => fn.kind !== 'query' && splitIdentifier(fn.name).some((piece) => stem(piece.toLowerCase()) === key));
  if (holders.length !== 1) return text;
  const courtesy = tokens.slice(at + 1).filter((_token, offset) => en.courtesy.has(bare[at + 1 + offset]!));
  return [named, ...tokens.slice(1, at), ...courtesy].join(' ');
}
