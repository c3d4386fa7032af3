import { en, isStopword, type Lexicon, type RequestReading, type WordNet } from '@meshmind/language';
import { asksToKnow } from './knowing-verb';
import type { FunctionProfile } from './evidence';
import { oppositeEndAbsences } from './opposite-absence';
import { roomForMoreAbsences } from './room-for-more';

/**
 * "Are there any empty spots on shelf 5?", "which slots are free", "look for vacancies": the request
 * asks what is NOT somewhere, and a scan of what IS there shares every other word with it (the shelf,
 * the number, the verb of looking). WordNet defines these adjectives by absence ("vacant": without an
 * occupant; "free": not occupied), and the lexical scorer already keys them by the absent thing
 * (`!~occup`). A function whose own words (its identifier, glossed to English) are defined by the
 * same absence answers such a request; one whose words say nothing of it does not. A noun counts
 * through the adjectives it is derived from or related to ("vacancy" -> "vacant").
 * Particles ("off": not in operation) are left out: the polarity evidence weighs those ends.
 */

const ABSENCE_KEY = '!~';
/** How much of the evidence a shared absence gives: the weighed term is this times the degree weight. */
const SHARED_ABSENCE_FIT = 0.75;
/** Related words of a noun read for adjectives: synonyms and derivations, not looser hypernyms. */
const NOUN_RELATIVE_WEIGHT = 0.8;
/** How many leading letters a derived adjective shares with its noun. */
const ROOT_LENGTH = 4;

const keysOfWord = new Map<string, ReadonlySet<string>>();

/** How many of a noun's commonest senses are read for a defining adjective ("space" is "an empty area" in its second). */
const DEFINED_SENSES = 3;

/**
 * The adjective of a noun that WordNet defines as nothing but an adjective and a broader noun: "space"
 * is "an empty area (usually bounded in some way between things)". Definitions that go on ("a whole
 * individual unit", "a small part that can be considered separately") say more than what the thing
 * lacks or has, and give none. A noun defined by a broader noun and a place or a use ("gap": "an open
 * or empty space in or between things", "room": "space for movement") lacks what that broader noun
 * lacks, one step up: its own adjectives are not read ("a particular point in time" is no absence).
 */
function definingAdjectives(noun: string, wordNet: WordNet, stepsUp = 1): string[] {
  return wordNet.definitions(noun, 'noun').slice(0, DEFINED_SENSES).flatMap((definition) => {
    const said = definition.toLowerCase().replace(/\([^)]*\)/g, ' ').trim().split(/\s+/);
    const tail = said.findIndex((word, index) => index > 0 && en.definitionTails.placeLinks.has(word));
    const genus = tail > 0 ? said[tail - 1]! : undefined;
    if (genus !== undefined && stepsUp > 0 && genus !== noun && !isStopword(genus) && /^[a-z]+$/.test(genus) && wordNet.canBe(genus, 'noun')) return definingAdjectives(genus, wordNet, stepsUp - 1);
    if (said.length !== 3 || !en.determiners.has(said[0]!)) return [];
    const [, adjective, broader] = said as [string, string, string];
    return /^[a-z]+$/.test(adjective) && wordNet.canBe(adjective, 'adj') && wordNet.canBe(broader, 'noun') ? [adjective] : [];
  });
}

/**
 * The absences of a request's noun that WordNet defines as an absent thing: "see if shelf 4 has any
 * unused space" asks for what is empty ("space": "an empty area"), though "unused" ("not in active
 * use") shares no absence with "vacant" or "free". Read for the request only: a function's identifier
 * is read by its own adjectives ("vacant_slots").
 */
function definedAbsences(word: string, wordNet: WordNet): string[] {
  const lower = word.toLowerCase();
  if (isStopword(lower) || wordNet.canBe(lower, 'adj') || !wordNet.canBe(lower, 'noun')) return [];
  return definingAdjectives(lower, wordNet).flatMap((adjective) => [...absenceKeysOf(adjective, wordNet)]);
}

export function absenceKeysOf(word: string, wordNet: WordNet): ReadonlySet<string> {
  const lower = word.toLowerCase();
  const cached = keysOfWord.get(lower);
  if (cached) return cached;
  const keys = new Set<string>();
  const addFrom = (form: string) => {
    for (const key of wordNet.related(form, 'adj').keys()) if (key.startsWith(ABSENCE_KEY)) keys.add(key);
  };
  if (!isStopword(lower) && !en.verbParticles.has(lower)) {
    if (wordNet.canBe(lower, 'adj')) addFrom(lower);
    else if (wordNet.canBe(lower, 'noun')) {
      // Only an adjective of the noun's own root ("vacancy" -> "vacant"): its synonyms and
      // hypernyms reach too far ("spot" -> "set", "place").
      const root = lower.slice(0, ROOT_LENGTH);
      for (const [relative, weight] of wordNet.related(lower, 'noun')) {
        if (weight >= NOUN_RELATIVE_WEIGHT && relative.startsWith(root) && relative !== lower && wordNet.canBe(relative, 'adj')) addFrom(relative);
      }
    }
  }
  keysOfWord.set(lower, keys);
  return keys;
}

/**
 * Whether a sentence of the request asks to be told something: a question, or a command of knowing.
 * "Can we still put boxes on shelf 7? Check for open places." is neither as a whole (its mood is read
 * from its opening and its end), yet both of its sentences ask.
 */
function asksInASentence(reading: RequestReading, lexicon: Lexicon | undefined): boolean {
  if (reading.mood === 'question' || asksToKnow(reading.text, lexicon)) return true;
  const sentences = reading.text.split(/(?<=[.?!])\s+/).filter((sentence) => /\p{L}/u.test(sentence));
  return sentences.length > 1 && sentences.some((sentence) => /\?\s*$/.test(sentence) || asksToKnow(sentence, lexicon));
}

/**
 * The absences the request's words are defined by, where it asks to be told something (a question,
 * or a command of knowing: "check shelf 3 for free space"); empty otherwise: "run the irrigation for
 * half an hour" asks for no reading of what is missing.
 */
export function requestAbsences(reading: RequestReading, words: readonly string[], lexicon: Lexicon | undefined): ReadonlySet<string> {
  const wordNet = lexicon?.wordNet;
  if (!wordNet || !asksInASentence(reading, lexicon)) return new Set();
  const said = words.flatMap((word) => [...absenceKeysOf(word, wordNet), ...definedAbsences(word, wordNet), ...oppositeEndAbsences(word, wordNet, (other) => absenceKeysOf(other, wordNet))]); // "is shelf 5 full?" (mapper/opposite-absence.ts)
  return new Set([...said, ...roomAbsences(words, wordNet)]);
}

/** The absences of a question whether a thing has room for more ("could shelf 5 take another box?": mapper/room-for-more.ts). */
export function roomAbsences(words: readonly string[], wordNet: WordNet): string[] {
  return roomForMoreAbsences(words, wordNet, (noun) => definedAbsences(noun, wordNet));
}

/**
 * The evidence for one function: positive where its identifier's words share an absence with the
 * request and the function reports something (a reading, not a change: "free the brake" is no question
 * of vacancy); 0 otherwise, so that functions without such words are left as the hybrid score put them.
 */
export function absenceFit(profile: FunctionProfile, absences: ReadonlySet<string>, wordNet: WordNet | undefined): number {
  if (!wordNet || absences.size === 0) return 0;
  const { fn } = profile;
  if (fn.returns === undefined && fn.returnType === undefined) return 0;
  // The identifier's first word, followed by others, is its verb where it can be one ("open_access_point"):
  // what it does, not what it finds ("vacant_bays" has none).
  const [first, ...rest] = profile.actionWords;
  const said = rest.length > 0 && first !== undefined && wordNet.isVerb(first) ? rest : profile.actionWords;
  return said.some((word) => [...absenceKeysOf(word, wordNet)].some((key) => absences.has(key))) ? SHARED_ABSENCE_FIT : 0;
}

/**
 * The absences a function's identifier (after its verb) is defined by ("check_vacancy",
 * "find_empty_slots", "vacant_bays"): those absenceFit lifts it for.
 */
export function functionAbsences(profile: FunctionProfile, wordNet: WordNet): ReadonlySet<string> {
  const [first, ...rest] = profile.actionWords;
  const said = rest.length > 0 && first !== undefined && wordNet.isVerb(first) ? rest : profile.actionWords;
  return new Set(said.flatMap((word) => [...absenceKeysOf(word, wordNet)]));
}

/**
 * Whether any of the words says an absence, whatever the mood: a word WordNet gives at least as many
 * adjective senses as noun senses, defined by an absence ("free", "empty", "open", "vacant"), a noun of
 * such an adjective's root ("vacancies"), or a noun defined as an empty thing ("space", "room", "gap"). A word that is mostly a noun keeps its absence to
 * its rarer adjective ("stock": "not original"; "sitting": "not moving"), which the request does not say.
 */
export function saysAbsence(words: readonly string[], wordNet: WordNet): boolean {
  const adjectiveFirst = (word: string) => !wordNet.canBe(word, 'adj') || wordNet.definitions(word, 'adj').length >= wordNet.definitions(word, 'noun').length;
  return words.some((word) => (adjectiveFirst(word) && (absenceKeysOf(word, wordNet).size > 0 || oppositeEndAbsences(word, wordNet, (other) => absenceKeysOf(other, wordNet)).length > 0)) || definedAbsences(word, wordNet).length > 0);
}
