import { enReference, isStopword, type WordNet } from '@meshmind/language';

/**
 * "Could shelf 12 take another box?", "can rack 2 hold anything else?", "how many more crates will fit
 * on shelf 8?", "could we squeeze one more bin onto shelf 3?": a question whether a thing has room for
 * more. It says no word of absence ("free", "empty", "room"), so a scan of what IS on the shelf, which
 * shares the shelf, the number and the boxes with it, won the call; yet what answers it is what is not
 * there. WordNet says so through the verb: one of its senses, or a sense of a synonym of one of them, is
 * defined by a noun that is itself an empty thing ("hold, accommodate, admit": "have room for";
 * "take, occupy": "require (time or space)"; "wedge, squeeze": "squeeze like a wedge into a tight
 * space"; "fit" is a synonym of "accommodate"). Such a verb asks about room only with an addition
 * ("more", "another", "else"): "can shelf 3 hold a pallet?" may ask about weight, and only where the
 * hearer or the speaker does not do it ("can you take another box to shelf 4?" is a deed of carrying).
 *
 * `definedAbsences` is absence-words.ts's reading of a noun defined as an absent thing ("space": "an
 * empty area"); the absences returned are that noun's, so the function lifted is the one whose
 * identifier is defined by the same absence, as for "is there room on shelf 3?".
 */
export function roomForMoreAbsences(words: readonly string[], wordNet: WordNet, definedAbsences: (noun: string) => readonly string[]): string[] {
  const { additions, doers } = enReference.roomForMore;
  const addition = words.findIndex((word) => (additions as readonly string[]).includes(word));
  if (addition < 0) return [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    // The opening word of a question is its auxiliary ("does shelf 3 have more items than shelf 4?").
    if (index === 0 || index === addition || isStopword(word) || !wordNet.isVerb(word)) continue;
    if (words.slice(0, index).some((before) => (doers as readonly string[]).includes(before))) return [];
    const absences = verbRoomAbsences(word, wordNet, definedAbsences);
    if (absences.length > 0) return [...absences];
  }
  return [];
}

const STATIVE = 'stative';
const roomOfVerb = new Map<string, readonly string[]>();

/** The absences of the empty thing a sense of the verb, or of a synonym of one of its senses, is defined by. */
function verbRoomAbsences(verb: string, wordNet: WordNet, definedAbsences: (noun: string) => readonly string[]): readonly string[] {
  const cached = roomOfVerb.get(verb);
  if (cached) return cached;
  // Having room is a state: only WordNet's stative senses ("contain, take, hold: be capable of holding
  // or containing"), not "take, occupy, use_up: require (time or space)" of possession or a motion's.
  const stative = (word: string) => wordNet.verbSenses(word).filter((sense) => sense.category === STATIVE);
  const senses = stative(verb);
  const synonyms = new Set(senses.flatMap((sense) => sense.lemmas.filter((lemma) => /^[a-z]+$/.test(lemma) && lemma !== verb)));
  const definitions = [...senses.map((sense) => sense.definition), ...[...synonyms].flatMap((synonym) => stative(synonym).map((sense) => sense.definition))];
  // The empty thing is what a short definition's verb has ("have room for"), not a word further on or
  // in a longer one: "stretch out over a distance, space, time, or scope", "spend time in prison".
  const nouns = new Set(definitions.flatMap((definition) => {
    const [opening, object, ...rest] = definition.split(/\s+/);
    return rest.length <= 1 && opening !== undefined && object !== undefined && /^[a-z]+$/.test(object) && !isStopword(object) && wordNet.isVerb(opening) ? [object] : [];
  }));
  const absences = [...nouns].flatMap((noun) => [...definedAbsences(noun)]);
  roomOfVerb.set(verb, absences);
  return absences;
}
