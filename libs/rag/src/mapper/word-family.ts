import { isStopword, stem, stripAccents, words } from '@meshmind/language';

/** The shortest word read as the stem of a longer one of its function: "arrêt" and "arrête", not "an" and "and". */
const SHORTEST_FAMILY_STEM = 4;
/** The most letters an inflection or derivation adds to it ("arrêt" -> "arrêtez", "Regal" -> "Regalen"). */
const LONGEST_ENDING = 3;

/**
 * A word of a foreign function whose dictionary senses fit nothing else the function says takes the
 * senses of its own family in that function. FreeDict renders the French noun "arrêt" only as
 * "decision, judgement" (a court's ruling), and so "arret_urgence" named no stop; its own notes say
 * "arrête immédiatement tous les moteurs", whose verb the dictionary renders "stop". A word and a
 * longer word of the same function that begins with it (a few letters more: an inflection or a
 * derivation in an alphabetic language) are one family; where none of the word's own translations
 * shares a stem with another word's translations or is the word itself, the family's translations
 * follow its own, and the function's context orders them (function-views.ts `senseInContext`).
 * Only a word all of whose renderings are nouns that name no deed takes its family's, and only the
 * first verb of each (the noun of a deed is read as the deed: "arrêt" as "stop"); they lead its own
 * list, so the function's gloss reads the deed too: "arret_urgence" was glossed "decision urgent
 * nature", a court's ruling, and "halt, a person is in the way" met the camera's "take" before it.
 * A word one of whose senses fits keeps its own list. Chinese words are not read so: a character
 * that begins a longer word is no stem of it.
 */
export function withFamilySenses(translations: ReadonlyMap<string, string[]>, functionWords: readonly string[], isVerb: (english: string) => boolean): Map<string, string[]> {
  const result = new Map(translations);
  const present = [...new Set(functionWords)].filter((word) => translations.has(word) && /^\p{Script=Latin}+$/u.test(word));
  const stemsOf = (phrase: string) => words(phrase).filter((part) => !isStopword(part)).map(stem);
  const bare = (word: string) => stripAccents(word.toLowerCase());
  for (const word of present) {
    const key = bare(word);
    if (key.length < SHORTEST_FAMILY_STEM) continue;
    const own = translations.get(word)!;
    const family = present.filter((other) => {
      const longer = bare(other);
      return longer !== key && longer.startsWith(key) && longer.length - key.length <= LONGEST_ENDING;
    });
    if (family.length === 0) continue;
    // The family's own renderings say nothing of the fit: "arrête" is also "decision" in the dictionary.
    const strangers = present.filter((other) => bare(other) !== key && !family.includes(other));
    const others = new Set(strangers.flatMap((other) => translations.get(other)!.flatMap(stemsOf)));
    const fits = own.some((translation) => bare(translation) === key || stemsOf(translation).some((part) => others.has(part)));
    // Only a noun that names no deed ("decision", "judgement") takes its family's verbs: "retour" is "return", a deed already.
    if (fits || own.some((translation) => isVerb(translation.replace(/ /g, '_')))) continue;
    // Each family word's leading deed, in the order its context gave it: "arrête" is "stop" before "arrest" (as into custody).
    // The deed leads the noun's own renderings: none of them fits the function, and the gloss reads the first.
    const added = family.flatMap((other) => translations.get(other)!.find((translation) => isVerb(translation.replace(/ /g, '_'))) ?? []).filter((translation) => !own.includes(translation));
    if (added.length > 0) result.set(word, [...new Set(added), ...own]);
  }
  return result;
}
