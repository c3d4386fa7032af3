import type { WordNet } from '@meshmind/language';

/**
 * The base form of a verb said in an irregular past or participle ("done" -> do, "left" -> leave,
 * "shut" -> shut), which `pastBase` (speakers-past-deed.ts) reads only where the word ends in "-ed".
 * A form WordNet maps to another lemma through its exception list ("done", "ran", "took") is a past
 * where it is no present ("-s") nor gerund ("-ing"). A form that is its own base ("shut", "put",
 * "set") is read as past only where the sentence marks it so (`marked`: a perfect before it or an
 * adverb of a deed done, "I shut the blinds already"); "I shut the blinds at night" stays a habit.
 */
export function irregularPastBase(word: string, wordNet: WordNet, marked: boolean): string | undefined {
  if (word === '' || /(?:ing|s)$/.test(word) || word.endsWith('ed')) return undefined;
  const senses = wordNet.verbSenses(word);
  if (senses.length === 0) return undefined;
  if (senses.some((sense) => sense.lemmas.includes(word))) return marked ? word : undefined;
  // The base is the lemma every sense shares ("do" of "done"), not a synonym of one sense ("make").
  const shared = senses[0]!.lemmas.filter((lemma) => !lemma.includes('_') && senses.every((sense) => sense.lemmas.includes(lemma)));
  return shared[0];
}
