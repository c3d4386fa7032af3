import { en, enMapping, isStopword, splitIdentifier, stem, words, type NumberMention, type RequestReader, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { takesTime } from '../arguments/parameter-values';
import { LIGHT_VERB_SENSES } from './function-kind';
import { doneToObject } from './place-as-object';

/** What may follow the number of a bare level: the share's own unit (a closed class). */
const PARTICLES: ReadonlySet<string> = new Set(en.phrasalParticles);
/** "at 80", "to 80": the language's prepositions of a level (a closed class). */
const LEVEL_PREPOSITIONS: ReadonlySet<string> = new Set(enMapping.amounts.levelPrepositions);
const SHARE_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'per', 'cent', 'pct']);

/**
 * "blinds 80", "curtains 25", "lamp 40": the device's thing and a number, said without a verb. The
 * number is the level wanted, as "set the blinds to 80" says; without a verb the ranking reads the
 * thing alone and lands on whatever its noun is closest to (close_cover for "curtains"), dropping
 * the number. Read so only where every word before the number is a determiner, or a noun (WordNet's,
 * or the document's: its nouns, title, function descriptions and names) that is not mostly said as
 * a verb, and nothing but the share's unit and courtesy follows it. Whether a function holds the
 * level is left to the ranking and the target check (target-value.ts): a valve whose only number is
 * a time in minutes cannot be set to 45.
 */
export function withBareLevel(text: string, document: NormalisedDocument, reading: RequestReader, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const read = reading(text);
  if (read.mood === 'question' || read.numbers.length !== 1) return text;
  const mention = read.numbers[0]!;
  // "next one", "that one": "one" is also a pronoun, standing for a thing, not a level.
  if (mention.ordinal || text.slice(mention.start, mention.end).trim().toLowerCase() === 'one') return text;
  const after = words(text.slice(mention.end).toLowerCase()).filter((word) => !en.courtesy.has(word));
  if (after.some((word) => !SHARE_WORDS.has(word)) || /[a-z]/i.test(text[mention.end] ?? '')) return text;
  const said = words(text.slice(0, mention.start).toLowerCase()).filter((word) => !en.courtesy.has(word));
  // "lamp at forty per cent", "blinds to 80": the level's own preposition may stand before it.
  const before = LEVEL_PREPOSITIONS.has(said.at(-1) ?? '') ? said.slice(0, -1) : said;
  const things = before.filter((word) => !en.determiners.has(word));
  if (emptyFrame(text.slice(0, mention.start).toLowerCase(), wordNet)) return withBareNumber(text, mention, document);
  if (things.length === 0) return text;
  const own = documentStems(document);
  // Nouns only: a preposition or a particle ('head over to shelf nine') says a verb is there.
  if (!things.every((word) => !isStopword(word) && !en.functionWords.has(word) && !PARTICLES.has(word) && (own.has(stem(word)) || wordNet.canBe(word, 'noun')) && !wordNet.mostlyVerb(word))) return text;
  // "map aisle 4", "vacuum aisle 5", "load shelf 3": a verb of a deed done to its object, then a thing that is not the
  // device's, is a command to do it to that numbered thing, not a level of a "map aisle" (place-as-object.ts reads the deed).
  const deviceNouns = new Set(document.nouns.flatMap((noun) => words(noun.toLowerCase())).map(stem));
  if (things.length > 1 && wordNet.canBe(things[0]!, 'verb') && doneToObject(things[0]!, wordNet) && !things.slice(1).some((word) => deviceNouns.has(stem(word)))) return text;
  const numeric = document.functions.flatMap((fn) => fn.parameters.filter((parameter) => parameter.type === 'integer' || parameter.type === 'number'));
  if (numeric.length === 0) return text;
  // "drawer 9", "brightness 75": a noun that names a numeric parameter already says whose number it is (an identifier, or the level named).
  const parameterStems = new Set(numeric.flatMap((parameter) => splitIdentifier(parameter.name).map((piece) => stem(piece.toLowerCase()))));
  if (things.some((word) => parameterStems.has(stem(word)))) return text;
  return `set ${before.join(' ')} to ${text.slice(mention.start).trim()}`;
}

const stemsOf = new WeakMap<NormalisedDocument, Set<string>>();

/** The stems of what a document calls its device and its settings. */
function documentStems(document: NormalisedDocument): Set<string> {
  let found = stemsOf.get(document);
  if (!found) {
    const texts = [...document.nouns, document.title, ...document.functions.flatMap((fn) => [fn.description, ...splitIdentifier(fn.name), ...fn.parameters.flatMap((parameter) => splitIdentifier(parameter.name))])];
    found = new Set(texts.flatMap((text) => words(text.toLowerCase())).map(stem));
    stemsOf.set(document, found);
  }
  return found;
}

/** What a bare number's frame may hold besides a light verb: "let's go with 21", "make it 21", "set it at 21" (closed classes). */
const FRAME_WORDS: ReadonlySet<string> = new Set([...en.courtesy, ...en.determiners, ...en.referringPronouns, ...LEVEL_PREPOSITIONS, 'let', 'us', 'with']);
/** A contracted word ("it's 22", "we're at 21", "I'd"): a copula or an auxiliary, a statement; only "let's" proposes. */
const CONTRACTED = /\b(?!let['’]s\b)[a-z]+['’][a-z]+\b/;

/**
 * "22 please", "make it 21", "let's go with 19": words that say nothing but that a number is wanted.
 * At most one verb, a light one (make, put, go, set: many WordNet senses, none meant); no copula or
 * auxiliary ("it's 22" states a reading), no particle ("turn it up 2" moves by an amount), no noun.
 */
function emptyFrame(before: string, wordNet: WordNet): boolean {
  if (CONTRACTED.test(before)) return false;
  const verbs = words(before).filter((word) => !FRAME_WORDS.has(word));
  if (verbs.length > 1) return false;
  const verb = verbs[0];
  if (verb === undefined) return true;
  return !en.auxiliaries.has(verb) && !en.verbParticles.has(verb) && wordNet.verbSenses(verb).length >= LIGHT_VERB_SENSES;
}

/**
 * A bare number to a device that sets one quantity in a unit of measure (a thermostat's target in
 * °C): the number is that quantity, as "make it 21 degrees" says with the unit (issue #17: "make it
 * 21" was asked). Only where exactly one parameter of the document's actions is such a quantity and
 * the number lies in its range: a share ("50" of a fan's speed in %, or a speed step?) or a time, or
 * two quantities, leave the number unread and the request is asked about.
 */
function withBareNumber(text: string, mention: NumberMention, document: NormalisedDocument): string {
  const measured = document.functions
    .filter((fn) => fn.kind === 'action')
    .flatMap((fn) => fn.parameters.filter((parameter) => (parameter.type === 'integer' || parameter.type === 'number') && parameter.unit && parameter.unit !== '%' && !takesTime(parameter)));
  if (measured.length !== 1) return text;
  const [quantity] = measured;
  if ((quantity!.minimum !== undefined && mention.value < quantity!.minimum) || (quantity!.maximum !== undefined && mention.value > quantity!.maximum)) return text;
  return `set it to ${text.slice(mention.start).trim()}`;
}
