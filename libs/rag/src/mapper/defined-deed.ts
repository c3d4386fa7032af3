import { isStopword, stem, words, type WordNet } from '@meshmind/language';

/** English's -ing form: the head of a definition that names a deed ("the making of maps"). */
const GERUND = /..ing$/;

/**
 * A foreign name word the dictionary renders only by nouns of no deed takes the deed its own
 * definition names, where the function's other words name it too. FreeDict renders French
 * "cartographier" (to map) only as "cartography", a noun WordNet defines as "the making of maps";
 * python-fr's "cartographier_environnement" so named no mapping, and "draw me a map of the floor"
 * met "localiser_robot", whose notes say where on the map the robot is. The notes of the mapping
 * function say "carte" (map): a verb of the noun's definition ("maps": map) that is also a rendering
 * of another word of the function is the deed, and leads the word's renderings. A word with a verb
 * among its renderings already names a deed and is left, as is one whose definitions name nothing
 * else the function says, and a noun whose definition opens with a thing, not a deed ("-ing"): "wifi"
 * is "a local area network ...", and "network" is no deed of it. The name only: its words say what
 * the function does.
 */
export function withDefinedDeeds(translations: ReadonlyMap<string, string[]>, nameWords: readonly string[], functionWords: readonly string[], wordNet: WordNet | undefined): ReadonlyMap<string, string[]> {
  if (!wordNet) return translations;
  const isVerb = (phrase: string) => wordNet.isVerb(phrase.replace(/ /g, '_'));
  let result: Map<string, string[]> | undefined;
  for (const word of new Set(nameWords)) {
    const own = translations.get(word);
    if (!own || own.length === 0 || own.some(isVerb)) continue;
    // The other words' renderings that are verbs, by stem: "carte" -> "map".
    const deeds = new Map<string, string>();
    for (const other of functionWords) {
      if (other === word) continue;
      for (const rendering of translations.get(other) ?? []) if (!rendering.includes(' ') && isVerb(rendering)) deeds.set(stem(rendering.toLowerCase()), rendering.toLowerCase());
    }
    // Only a definition that opens with a deed ("the making of maps"): "wifi" is "a local area network ...", a thing.
    const defined = own.flatMap((rendering) =>
      wordNet.definitions(rendering, 'noun').flatMap((definition) => {
        const [head, ...rest] = words(definition).filter((part) => !isStopword(part));
        return head && GERUND.test(head) && wordNet.isVerb(head) ? rest.flatMap((part) => deeds.get(stem(part)) ?? []) : [];
      }),
    );
    if (defined.length > 0) (result ??= new Map(translations)).set(word, [...new Set([...defined, ...own])]);
  }
  return result ?? translations;
}
