import { en, enMapping, type Mood, type RequestReading, type WordNet } from '@meshmind/language';

const INTERROGATIVES = new Set(enMapping.interrogativeClauseOpeners);
const PARTICLES = new Set(en.phrasalParticles);

/**
 * Whether a request that opens with a command's verb asks a question in its object: "figure out
 * where you are on the map", "see if shelf four has any room", "find out how much charge is left".
 * The verb's object is a clause that asks (where, what, whether, if ...), so what the person wants
 * is an answer, as from "where are you?", not a change: the mood evidence reads it as a question.
 * Only right after the verb (and its particle): "halt the curtain where it is" names a place.
 */
export function asksIndirectly(words: readonly string[], wordNet: WordNet | undefined): boolean {
  const opening = openingVerb(words, (verb) => wordNet?.isVerb(verb) === true);
  if (!opening) return false;
  let at = opening.at + 1;
  if (PARTICLES.has(opening.lower[at] ?? '')) at += 1;
  return INTERROGATIVES.has(opening.lower[at] ?? '');
}

/** The word a request opens with after courtesy, where it may be a verb (`isVerb`), with its place and the words in lower case. */
function openingVerb(words: readonly string[], isVerb: (word: string) => boolean): { lower: string[]; at: number } | undefined {
  const lower = words.map((word) => word.toLowerCase());
  let at = 0;
  while (at < lower.length && en.courtesy.has(lower[at]!)) at += 1;
  const verb = lower[at];
  return verb === undefined || INTERROGATIVES.has(verb) || en.nonVerbOpeners.has(verb) || !isVerb(verb) ? undefined : { lower, at };
}

/**
 * Whether a request opens with a phrasal verb in the imperative: a word SemCor tags mostly as a verb
 * and one of the language's particles right after it ("charge up, ta", "shut down now").
 * No list of command verbs names every verb; its form does.
 */
export function opensWithPhrasalVerb(words: readonly string[], wordNet: WordNet | undefined): boolean {
  const opening = openingVerb(words, (verb) => wordNet?.mostlyVerb(verb) === true);
  return opening !== undefined && PARTICLES.has(opening.lower[opening.at + 1] ?? '');
}

/**
 * "how about you dock?", "how about turning the fan on?": English's closed class of suggestions that open with a question
 * word. Not "(would you) mind ...", which opens with no question word and is read as the command it is already (read as one
 * here, "would you mind adding ginger to the list" lost its item), nor "why don't you ...", whose "why" a command's scope then
 * reads as a deed no function does ("why don't you check shelf 6 for gaps?" was declined, or drove to shelf 6).
 */
const SUGGESTING: readonly (readonly string[])[] = [['how', 'about'], ['what', 'about']];
/** The subjects a suggestion may name before its verb ("how about you go ...", "how about we ..."): closed. */
const SUGGESTED_TO: ReadonlySet<string> = new Set(['you', 'we', 'u']);

/**
 * Whether a request suggests a deed, which asks for it as a command does: "how about you go and charge
 * up?", "how about turning the fan on?". Its question word read it as a question, and the ranking then
 * favoured a reading: the battery level, whether the fan is on. After "how about"
 * and "what about" the deed is said by a verb's -ing form or by a subject and its verb; a noun
 * ("how about shelf 4?", "what about the kitchen?") asks again of another thing, and is left as it was.
 */
export function suggestsDeed(words: readonly string[], wordNet: WordNet | undefined): boolean {
  if (!wordNet) return false;
  const lower = words.map((word) => word.toLowerCase());
  let at = 0;
  while (at < lower.length && en.courtesy.has(lower[at]!)) at += 1;
  const opener = SUGGESTING.find((phrase) => phrase.every((word, offset) => lower[at + offset] === word));
  if (!opener) return false;
  let next = at + opener.length;
  if (SUGGESTED_TO.has(lower[next] ?? '')) next += 1;
  const verb = lower[next] ?? '';
  return next > at + opener.length ? wordNet.mostlyVerb(verb) : verb.endsWith('ing') && wordNet.isVerb(verb);
}

/**
 * The request's mood, where a command's verb whose object asks a question reads as that question
 * (asksIndirectly), and a phrasal verb that opens it reads as a command (opensWithPhrasalVerb).
 */
export function moodAsked(reading: RequestReading, wordNet: WordNet | undefined): Mood {
  if (suggestsDeed(reading.words, wordNet)) return 'command';
  if (reading.mood !== 'neutral') return reading.mood;
  return asksIndirectly(reading.words, wordNet) ? 'question' : opensWithPhrasalVerb(reading.words, wordNet) ? 'command' : 'neutral';
}

/** WordNet's lexicographer files of a verb of knowing or telling ("know", "wonder", "remember", "tell"). */
const KNOWING_VERB_FILES: ReadonlySet<string> = new Set(['cognition', 'communication']);
/** WordNet's top of a noun of knowing ("idea", "clue"). */
const KNOWING_NOUN_TOP = 'cognition';
/** The pronouns a verb of telling takes before its clause ("tell me why"): closed. */
const TOLD: ReadonlySet<string> = new Set(['me', 'us']);
/** The most words a frame of knowing takes before its question ("I was just wondering whether"). */
const FRAME_WORDS = 6;

/**
 * The question a request asks inside a frame of knowing, from its question word on: "do you know who
 * locked the door?" asks "who locked the door?", "any idea when the back door was opened?", "I wonder
 * why the fan's on", "can you tell me how long the heating's been on?". The question word follows a
 * verb of knowing or telling (its commonest WordNet sense filed under cognition or communication:
 * "know", "wonder", "remember", "tell") or a noun of knowing ("idea", "clue"), within a short frame:
 * the readers of a question's opening (time-asked.ts, answer-type-unmet.ts) then read what is asked,
 * not the frame. Undefined where the request opens with its question, or no such frame holds it ("is
 * the light on when I come home?": "when" there follows no verb of knowing).
 */
export function embeddedQuestion(words: readonly string[], wordNet: WordNet | undefined): string[] | undefined {
  if (!wordNet) return undefined;
  const lower = words.map((word) => word.toLowerCase());
  const at = lower.findIndex((word, index) => index > 0 && index <= FRAME_WORDS && INTERROGATIVES.has(word));
  if (at < 0 || INTERROGATIVES.has(lower[0]!)) return undefined;
  let before = at - 1;
  if (TOLD.has(lower[before]!) && before > 0) before -= 1;
  const word = lower[before]!;
  // A verb, not a noun after its determiner ("open the vent when it gets hot").
  const verb = !en.determiners.has(lower[before - 1] ?? '') && KNOWING_VERB_FILES.has(wordNet.verbSenses(word)[0]?.category ?? '');
  const knowing = verb || (wordNet.canBe(word, 'noun') && !wordNet.isVerb(word) && wordNet.nounAncestors(word, 'first').has(KNOWING_NOUN_TOP));
  return knowing ? lower.slice(at) : undefined;
}
