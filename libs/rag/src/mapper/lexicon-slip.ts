import { en, type WordNet } from '@meshmind/language';

/**
 * A typing slip in a word the document does not use ("tunr on the heating", "whta's the
 * temperature", "set the water temperatrue to 40", "we need bin basg") read as the English word it
 * misses, from the lexicon (issue #17, the surface eval). spelled-as-meant.ts reads a slip as a word
 * of the document; a slip of any other word stayed a word no reader knew, and the request was ranked
 * on what was left: "tunr on the heating" became a reading of the temperature, "set the water
 * temperatrue to 40" opened the valve for 40 minutes where "temperature" had been declined.
 *
 * A word is read so only where it is no word at all (WordNet and the language's closed classes do
 * not know it) and one slip from words that are, a slip that keeps the letters typed: two
 * neighbours swapped or a letter typed twice ("basg" is "bags", "stopp" is "stop"). A letter
 * changed, added or left out is not undone: too many names lie one such change from a word ("wifi"
 * from "wife"). Of the words one such slip away, the one people use far the most (SemCor's tag
 * counts, WordNet's familiarity) is taken, and only where it is at least twice as familiar as the next; else the word is left as typed, so that the request
 * is asked about rather than guessed at. A closed-class word (what, which, the) outranks every open
 * one, and two of them tie.
 */

/**
 * Closed-class English words the mapper's language data lists already (stopwords, function words,
 * courtesy, pronouns, determiners, the one-word question openers): WordNet does not hold "what",
 * "which" or "them".
 */
const CLOSED_CLASS = new Set<string>([
  ...en.stopwords, ...en.functionWords, ...en.courtesy, ...en.referringPronouns, ...en.determiners, ...en.quantifiers, ...en.verbParticles,
  ...en.nonVerbOpeners, ...en.beforeAttribute, ...en.mood.questionOpeners.filter((opener) => !opener.includes(' ')),
]);

/**
 * The tails of English contractions (a closed class): "hows", "dont", "youre" are a closed-class
 * word and its contraction written without the apostrophe, no slip of another word ("hows" is not
 * "howls", "dont" not "donut").
 */
const CONTRACTION_TAIL = /(?:s|nt|re|ve|ll|d|m)$/;

function isContractedWithoutApostrophe(word: string): boolean {
  const tail = CONTRACTION_TAIL.exec(word);
  return tail !== null && CLOSED_CLASS.has(word.slice(0, tail.index));
}

/**
 * The words `word` may be a slip of: its letters in another order (two neighbours swapped) or one
 * typed twice. The first letter stays first: "baler" is no slip of "abler". A letter left out is not
 * put back: too many words and names lie one letter short of another ("carer" of "career", "dustin"
 * of "dusting"), and the homes eval found both.
 */
function slipsUndone(word: string): string[] {
  const reordered = new Set<string>();
  for (let index = 1; index + 1 < word.length; index += 1) {
    if (word[index] !== word[index + 1]) reordered.add(word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2));
    else reordered.add(word.slice(0, index) + word.slice(index + 1));
  }
  if (word[0] === word[1]) reordered.add(word.slice(1));
  return [...reordered];
}

/** Whether `word` is a closed-class English word ("we", "my", "what"), which WordNet does not hold. */
export function isClosedClassWord(word: string): boolean {
  return CLOSED_CLASS.has(word);
}

/** Whether the lexicon knows `word` at all: WordNet's lemmas and their inflections, or a closed-class word. */
export function isLexiconWord(word: string, wordNet: WordNet): boolean {
  return CLOSED_CLASS.has(word) || wordNet.isKnown(word);
}

/** A clipped form of a word of the document ("coords" of "coordinates", "temp" of "temperature"): a short word, no slip. */
function isClipped(word: string, documentWords: Iterable<string>): boolean {
  const clipped = word.replace(/s$/, '');
  if (clipped.length < 3) return false;
  for (const known of documentWords) if (known.length > clipped.length && known.startsWith(clipped)) return true;
  return false;
}

/**
 * The English word a word that is no word was typed for, or undefined where none, or more than one,
 * stands out. `documentWords` are the document's own words: one of them said clipped is no slip.
 */
export function lexiconWord(typed: string, wordNet: WordNet, documentWords: Iterable<string> = []): string | undefined {
  const word = typed.toLowerCase();
  if (word.length < 4 || !/^[a-z]+$/.test(word) || isLexiconWord(word, wordNet) || isContractedWithoutApostrophe(word) || isClipped(word, documentWords)) return undefined;
  const ranked = slipsUndone(word)
    .filter((candidate) => isLexiconWord(candidate, wordNet))
    .map((candidate) => ({ candidate, use: CLOSED_CLASS.has(candidate) ? Number.POSITIVE_INFINITY : wordNet.familiarity(candidate) }))
    .sort((left, right) => right.use - left.use);
  const [best, next] = ranked;
  if (!best || best.use === 0 || (next && (next.use === Number.POSITIVE_INFINITY || next.use * 2 > best.use))) return undefined;
  return best.candidate;
}

/** A quoted span: a name, a password or an item said word for word ("join 'Ofice'", "add 'fix the bike'"). */
const QUOTED = /(^|\s)(['"“‘])(.+?)(['"”’])(?=$|[\s,.!?;:])/g;

/**
 * Where in `text` a word may be read as another English word: not inside quotes, not joined to
 * another token by "_", "-" or an apostrophe ("North_Hall", "blue-shelf-7", "doesn't"), and not
 * capitalised inside a sentence, as a name is ("connect to Realy"), unless the whole text is in capitals.
 */
export function slipOfAnyWord(text: string): (word: string, offset: number) => boolean {
  const quoted: [number, number][] = [...text.matchAll(QUOTED)].map((match) => [match.index! + match[1]!.length, match.index! + match[0].length]);
  const shouting = !/\p{Ll}/u.test(text);
  return (word, offset) => {
    const end = offset + word.length;
    if (quoted.some(([start, stop]) => offset >= start && end <= stop)) return false;
    // "doesn't" is read word by word: "doesn" is half a contraction, no slip.
    if (/[_'’-]/.test(text[offset - 1] ?? '') || /[_'’-]/.test(text[end] ?? '')) return false;
    const opensSentence = /(^|[.!?]\s*)$/.test(text.slice(0, offset));
    return shouting || opensSentence || word[0] === word[0]!.toLowerCase();
  };
}
