import { en, enReference, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';

/**
 * "To" typed as a word that sounds like it, and "and" as "an", as speech-to-text and chat write them
 * ("dim the light too 30", "add milk too the list", "go 2 shelf 6", "go to shelf 3 an
 * scan it"; issue #17, voices26). Read as typed, "too 30" was no level ("volume down too 15" stepped
 * it down by 15), the item was "milk too the list", the robot went to shelf 2, and the step after
 * "an" was lost. Each is read as the word meant only where the grammar around it leaves no other
 * reading, so no list of slips is kept:
 * - "too" is an adverb of degree and stands before an adjective or adverb ("too loud", "too much");
 *   before a number or a determiner ("too 20", "too the list") it can only be "to"; and "to" after a form of "be",
 *   or of "be" and a word of degree, before an adjective that is not mostly a verb and takes no object ("the tv is to
 *   loud", "it's way to bright"), can only be "too" (read as said, "the music is to loud" read the volume);
 * - "2" alone is a count or a value: before a determiner ("2 the list") it counts nothing, nor
 *   after a verb and before a singular noun that has a number of its own ("go 2 shelf 6"): there it
 *   is "to". Between a name and a number ("fan 2 80", "lamp 2 50") it may be the thing's own
 *   number, and is left as typed;
 * - the article "an" stands before a vowel's sound: before a word that opens with a consonant other
 *   than "h" and is mostly a verb in WordNet ("an scan it") it is "and".
 * A word in quotes (a network's name or a password) is left as typed.
 */
const QUOTED = /(["“‘]|(?<![\p{L}])').*?(["”’]|'(?![\p{L}]))/u;
const NUMBER = /^\d+(?:[.,]\d+)?%?$/;
const DETERMINERS: ReadonlySet<string> = new Set([...en.determiners, 'my', 'your', 'our', 'his', 'her', 'their']);
/** The forms of "be" and their contractions ("is", "'s", "'re"), after which "to" before an adjective is "too". */
const BE: ReadonlySet<string> = new Set(enReference.speakersOwnDeed.be);
const isBe = (word: string | undefined) => word !== undefined && (BE.has(word) || /'(?:s|re|m)$/.test(word) || word === 'its');
const PREPOSITIONS: ReadonlySet<string> = new Set([...en.placePrepositions, 'and', 'or', 'by', 'x', 'y', 'between', 'than']);

/** The request with each sound-alike of "to" and each "an" for "and" read as meant, or as said. */
export function withSoundAlikesRead(text: string, wordNet: WordNet | undefined): string {
  if (!wordNet || QUOTED.test(text)) return text;
  const tokens = text.split(/(\s+)/);
  const words = tokens.map((token) => token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%.]+$|\.$/gu, ''));
  // Indices of the words (the odd places hold the spaces).
  const at = tokens.map((_, index) => index).filter((index) => index % 2 === 0 && words[index] !== '');
  const said = [...tokens];
  at.forEach((index, position) => {
    const word = words[index]!, next = words[at[position + 1] ?? -1] ?? '', after = words[at[position + 2] ?? -1] ?? '', before = words[at[position - 1] ?? -1];
    const plain = /^[\p{L}\p{N}]+$/u.test(tokens[index]!);
    if (!plain || before === undefined) return;
    if (word === 'too' && (NUMBER.test(next) || DETERMINERS.has(next))) said[index] = 'to';
    else if (word === 'to' && /^\p{L}+$/u.test(next) && !DETERMINERS.has(next) && wordNet.canBe(next, 'adj') && !wordNet.mostlyVerb(next) && !DETERMINERS.has(after) && (isBe(before) || (isBe(words[at[position - 2] ?? -1]) && !wordNet.isVerb(before)))) said[index] = 'too';
    else if (word === '2' && !PREPOSITIONS.has(before) && !NUMBER.test(before) && (DETERMINERS.has(next) || (wordNet.mostlyVerb(before) && /^\p{L}+$/u.test(next) && !next.endsWith('s') && wordNet.canBe(next, 'noun') && NUMBER.test(after)))) said[index] = 'to';
    else if (word === 'an' && /^[b-df-gj-np-tv-z]/.test(next) && wordNet.mostlyVerb(next)) said[index] = 'and';
  });
  return said.join('');
}

/** The request with its sound-alikes read as meant, mapped as a request of its own; undefined where none is said (unasked-deed.ts). */
export async function soundAlikeRequest(asked: string, mapRequest: (request: string) => Promise<MapResult>, wordNet: WordNet | undefined): Promise<MapResult | undefined> {
  const meant = withSoundAlikesRead(asked, wordNet);
  return meant === asked ? undefined : mapRequest(meant);
}
