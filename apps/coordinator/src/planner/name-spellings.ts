/**
 * A name said with its hyphen or without (issue #17, lists): the "To-do List" is said "the to do list",
 * and a Jobs list whose alias is "to do list" is written "add it to the to-do list". Read as two other
 * words, the said name matched nothing, and "list", a kind noun of every list, asked which list or
 * (with the catalog's kind noun "to-do list") reached every list in the home. A name is also known by
 * its hyphenated words split ("to-do" -> "to do", "e-bike" -> "e bike") and by two of its words joined
 * with a hyphen where the joined word is one WordNet knows ("to do" -> "to-do", "hi fi" -> "hi-fi").
 */

/** The other spellings of a name's words, each as its own word sequence; none where it has no other. */
export function otherSpellings(words: readonly string[], isKnownWord: ((word: string) => boolean) | undefined): string[][] {
  const spellings: string[][] = [];
  if (words.some((word) => word.includes('-'))) spellings.push(words.flatMap((word) => word.split('-').filter((part) => part !== '')));
  if (isKnownWord) {
    for (let at = 0; at + 1 < words.length; at += 1) {
      const joined = `${words[at]}-${words[at + 1]}`;
      if (!words[at]!.includes('-') && !words[at + 1]!.includes('-') && isKnownWord(joined)) spellings.push([...words.slice(0, at), joined, ...words.slice(at + 2)]);
    }
  }
  return spellings;
}
