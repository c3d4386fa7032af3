import { isStopword, stem, words, type WordNet } from '@meshmind/language';

/**
 * A foreign function named by a verb and its object reads the verb in the senses that deed has with
 * that object. FreeDict renders French "prendre" as "get, lay hold of, pick up, take", and so
 * python-fr's "prendre_photo" met "pick up the parcel" by its name; of those, only "take" has a
 * WordNet sense that is done to a photograph ("make a film or photograph of something"), and that is
 * the sense "prendre une photo" has. A name of exactly two translated words is read so, in either
 * order (German puts the object first: "foto_aufnehmen"): where some of one word's renderings are
 * verbs one of whose WordNet definitions names a rendering of the other word, those renderings are
 * the word's reading in the name, in the dictionary's order. Where none does, or all do, the reading
 * is left as it was: a verb that carries its own thing ("kartieren": "map", "chart") fits any
 * object, and a dictionary that lacks the sense (German "aufnehmen" is never "take" in FreeDict) is
 * no evidence against it. The name only: the notes keep every rendering their context ranked.
 */
export function withObjectSenses(translations: ReadonlyMap<string, string[]>, nameWords: readonly string[], wordNet: WordNet | undefined): ReadonlyMap<string, string[]> {
  const named = [...new Set(nameWords)].filter((word) => translations.has(word));
  if (!wordNet || named.length !== 2 || nameWords.length !== 2) return translations;
  const lemma = (phrase: string) => phrase.toLowerCase().replace(/ /g, '_');
  // Which word is the deed: the one whose leading rendering is mostly a verb, the other's not ("prendre": get; "photo": photograph).
  const deedFirst = named.map((word) => wordNet.mostlyVerb(lemma(translations.get(word)![0] ?? '')));
  if (deedFirst[0] === deedFirst[1]) return translations;
  const [verb, object] = deedFirst[0] ? [named[0]!, named[1]!] : [named[1]!, named[0]!];
  const senses = translations.get(verb)!;
  const renderings = translations.get(object)!;
  const stemsOf = (phrase: string) => words(phrase).filter((part) => !isStopword(part)).map(stem);
  const things = new Set(renderings.flatMap(stemsOf));
  const isVerb = (sense: string) => wordNet.isVerb(lemma(sense));
  const doneTo = (sense: string) => isVerb(sense) && wordNet.definitions(sense, 'verb').some((definition) => words(definition).some((word) => things.has(stem(word))));
  const fitting = senses.filter(doneTo);
  if (fitting.length > 0) return fitting.length < senses.length ? new Map(translations).set(verb, fitting) : translations;
  // None is done to it: the object's own deed, where its leading rendering is a verb defined by itself ("picture": "show in a picture").
  const own = renderings[0] ?? '';
  const definedByItself = !own.includes(' ') && isVerb(own) && wordNet.definitions(own, 'verb').some((definition) => words(definition).some((part) => stem(part) === stem(own)));
  return definedByItself ? new Map(translations).set(verb, [own]) : translations;
}
