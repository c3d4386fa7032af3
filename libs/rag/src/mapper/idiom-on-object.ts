import { en, type WordNet } from '@meshmind/language';

/** Prepositions that tie an idiom's verb phrase to what it is done to ("pull the plug on the heater"): a closed class. */
const TIES: ReadonlySet<string> = new Set(['on', 'to', 'for']);

/**
 * "Pull the plug on the heater", "pull the plug on the music": a verb, a determiner and a noun that
 * WordNet lists together as one verb ("pull the plug": "prevent from happening or continuing",
 * hypernyms "discontinue, stop, cease"), said before a preposition and what it is done to. Read word
 * by word, "plug" is a switch's own noun and "pull" met nothing: the socket was switched on for
 * "pull the plug on the heater". The phrase is read as the commonest one-word verb (SemCor's count)
 * of its first sense's lemmas and hypernyms ("stop the heater"), which the mapper meets or declines.
 * Only a command that opens with the phrase (courtesy aside); left as said where WordNet lists no
 * such verb or its sense names no one-word verb.
 */
export function withIdiomOnObject(text: string, wordNet: WordNet | undefined): string {
  if (!wordNet) return text;
  const tokens = [...text.matchAll(/[\p{L}'-]+|[,;.!?]/gu)];
  let at = 0;
  while (at < tokens.length && en.courtesy.has(tokens[at]![0].toLowerCase())) at += 1;
  // A verb, its determiner and its noun: "pull the plug", not a phrasal verb ("switch over to the console"), which phrasal-senses.ts reads.
  const phrase = tokens.slice(at, at + 3);
  const tie = tokens[at + 3];
  if (phrase.length < 3 || !tie || !TIES.has(tie[0].toLowerCase()) || at + 4 >= tokens.length || !en.determiners.has(phrase[1]![0].toLowerCase())) return text;
  const words = phrase.map((token) => token[0].toLowerCase());
  const [sense] = wordNet.verbSenses(words.join(' '));
  if (!sense || !sense.lemmas.includes(words.join('_'))) return text;
  const single = [...sense.lemmas, ...sense.hypernyms].filter((lemma) => !lemma.includes('_'));
  const commonest = single.sort((left, right) => wordNet.familiarity(right) - wordNet.familiarity(left))[0];
  if (!commonest) return text;
  return `${text.slice(0, phrase[0]!.index!)}${commonest}${text.slice(tie.index! + tie[0].length)}`;
}
