import { en, isStopword, stem, words } from '@meshmind/language';

/**
 * The words of a WordNet example that are the verb's own object: the noun phrase right after the
 * verb (and its particle), up to the first word that opens something else (a preposition, a
 * conjunction) or the clause's end. "can you wash away the spots on the windows?" has the object
 * "spots": the windows are where the spots are, not what is washed, so the example does not show
 * that "wash the windows" means that sense (to remove: it was read as "take" and took a photo).
 * "draw the bedroom curtains" has the object "bedroom curtains".
 *
 * `forms` are the stems of the verb and of its sense's lemmas. Where no word of the example is one
 * of them (an irregular form: "drew"), the object cannot be found and every content word of the
 * example is returned, as the example was read before.
 */
export function exampleObjectWords(example: string, forms: ReadonlySet<string>): string[] {
  const all = words(example).map((word) => word.toLowerCase());
  const at = all.findIndex((word) => forms.has(stem(word)));
  if (at < 0) return all.filter((word) => !isStopword(word));
  const object: string[] = [];
  for (const word of all.slice(at + 1)) {
    // A particle right after the verb belongs to it ("wash away", "draw back"); a determiner opens the phrase.
    const opening = en.phrasalParticles.includes(word) || en.determiners.has(word) || isStopword(word);
    if (object.length === 0 && opening) continue;
    if (opening) break;
    object.push(word);
  }
  return object;
}

