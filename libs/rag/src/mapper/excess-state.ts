import { en, enMapping, splitIdentifier, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { comparativeBases } from '../arguments/scale-direction';

/**
 * A state said to be in excess asks for its opposite (issue #17, needs stated as a lack): "the telly
 * is far too loud" wants it quieter, "it's too dark in the wet room" wants it brighter, "it's a bit
 * too chilly in here" warmer. Read as it is said, such a sentence is a statement about a level, and
 * the nearest function is the one that reads the level, which answers nothing. It is said again as
 * the change it asks for, a degree the mapper reads (mapper/degree-request.ts): "make the telly
 * less loud", "make it brighter in the wet room".
 *
 * The scale and its two ends come from the words of degree (en.relativeDirection: "brighter" up,
 * "darker" down) and WordNet's opposites: an adjective whose comparative is listed wants the other
 * way, said by its opposite's listed comparative ("too cold" -> "hotter"), by a listed word whose
 * adjective is near its opposite ("too dark": the opposite "light" is near "bright" -> "brighter"),
 * or, for an adjective of more, by "less" and itself ("too loud" -> "less loud"); an adjective not
 * listed is read through its opposite ("too noisy" -> "quieter", "too chilly" -> "hotter"). An
 * adjective with no such end ("too stuffy", "too many") is left as said, and so is one whose scale
 * the device's document does not speak of: "it's too hot in here" said to a fan is no request to
 * make the fan's speed "colder" (its document has no temperature), and "I cannot" is the answer;
 * nor is "it's too bright in here" a request to a light that is off.
 */
const { marker, links, hedges, verb, pronoun, less } = enMapping.excess;
const LINKS: ReadonlySet<string> = new Set(links);
const HEDGES: ReadonlySet<string> = new Set(hedges);

interface ScaleEnd {
  direction: 1 | -1;
  /** The listed comparative ("brighter"). */
  word: string;
  /** Its adjective ("bright"). */
  base: string;
}

let scaleCache: { wordNet: WordNet; ends: Map<string, ScaleEnd> } | undefined;

/** The listed comparatives by the stem of their adjective: bright -> brighter (up), dark -> darker (down). */
function scaleEnds(wordNet: WordNet): Map<string, ScaleEnd> {
  if (scaleCache?.wordNet === wordNet) return scaleCache.ends;
  const ends = new Map<string, ScaleEnd>();
  const add = (list: readonly string[], direction: 1 | -1) => {
    for (const word of list) {
      if (word.includes(' ')) continue;
      const base = comparativeBases(word).find((candidate) => wordNet.canBe(candidate, 'adj'));
      if (base && !ends.has(stem(base))) ends.set(stem(base), { direction, word, base });
    }
  };
  add(en.relativeDirection.up, 1);
  add(en.relativeDirection.down, -1);
  scaleCache = { wordNet, ends };
  return ends;
}

/** How close a related adjective must be to lend its scale end ("gloomy" is near "dark"). */
const NEAR = 0.8;

/** Which way an adjective lies on a listed scale: its own comparative's, or its opposite's reversed, or a near adjective's; 0 where none. */
function directionOf(adjective: string, ends: Map<string, ScaleEnd>, wordNet: WordNet): 1 | -1 | 0 {
  const own = ends.get(stem(adjective));
  if (own) return own.direction;
  const opposite = [...wordNet.antonyms(adjective)].map((key) => ends.get(key)).find((end) => end !== undefined);
  if (opposite) return opposite.direction === 1 ? -1 : 1;
  const near = [...wordNet.related(adjective, 'adj')].find(([key, weight]) => weight >= NEAR && key !== stem(adjective) && ends.has(key));
  return near ? ends.get(near[0])!.direction : 0;
}

/**
 * The words that ask for the other end of an adjective in excess ("loud" -> "quieter", "cold" ->
 * "hotter"), or undefined where its scale is unknown. The other end is the listed comparative of
 * its WordNet opposite, else the first listed one of the other way that measures the same attribute
 * (WordNet's attribute nouns: "loud" and "quiet" are values of volume, "dark" and "bright" of
 * light), else, for an adjective of more, "less" and itself.
 */
export function undoingWords(adjective: string, wordNet: WordNet): string | undefined {
  const ends = scaleEnds(wordNet);
  const direction = directionOf(adjective, ends, wordNet);
  if (direction === 0) return undefined;
  const others = [...ends.values()].filter((end) => end.direction !== direction);
  const opposites = wordNet.antonyms(adjective);
  const direct = others.find((end) => opposites.has(stem(end.base)));
  if (direct) return direct.word;
  const attributes = wordNet.attributeNouns(adjective);
  const same = others.find((end) => [...wordNet.attributeNouns(end.base)].some((noun) => attributes.has(noun)));
  if (same) return same.word;
  return direction === 1 ? `${less} ${adjective}` : undefined;
}

const documentCache = new WeakMap<NormalisedDocument, ReadonlySet<string>>();

/** The stems of a document's own words: its title, nouns, functions, parameters and state fields with their notes. */
function documentStems(document: NormalisedDocument): ReadonlySet<string> {
  const cached = documentCache.get(document);
  if (cached) return cached;
  const texts = [document.title, ...document.nouns];
  for (const fn of document.functions) {
    texts.push(splitIdentifier(fn.name).join(' '), fn.description);
    for (const parameter of fn.parameters) texts.push(splitIdentifier(parameter.name).join(' '), parameter.description ?? '');
  }
  for (const [key, field] of Object.entries(document.state ?? {})) texts.push(splitIdentifier(key).join(' '), field.description);
  const found = new Set(texts.flatMap((text) => words(text.toLowerCase())).map(stem));
  documentCache.set(document, found);
  return found;
}

/** Whether the document speaks of the scale of the adjective or of the words wanted: one of their WordNet attribute nouns is its word. */
function speaksOfScale(document: NormalisedDocument, adjective: string, wanted: string, wordNet: WordNet): boolean {
  const own = documentStems(document);
  const adjectives = [adjective, ...words(wanted).flatMap((word) => comparativeBases(word)).filter((base) => wordNet.canBe(base, 'adj'))];
  return adjectives.some((each) => [...wordNet.attributeNouns(each)].some((noun) => words(noun.toLowerCase()).some((word) => own.has(stem(word)))));
}

/**
 * The request said as the change it asks for where it says a state is in excess: "the telly is far
 * too loud" -> "make the telly less loud", "it's too dark in the wet room" -> "make it brighter in
 * the wet room". The thing is what stands before the linking verb ("the telly") or "it"; a request
 * with more before the excess than a thing and its link ("turn it down, it's too loud") is left as
 * said, as is one whose adjective has no known opposite end.
 */
export function withExcessUndone(request: string, wordNet: WordNet | undefined, document?: NormalisedDocument, state: Readonly<Record<string, unknown>> = {}): string {
  if (!wordNet) return request;
  const match = new RegExp(`^(.*?)\\b${marker}\\s+([\\p{L}-]+)\\b(.*)$`, 'iu').exec(request.trim());
  if (!match) return request;
  const adjective = match[2]!.toLowerCase();
  if (!wordNet.canBe(adjective, 'adj')) return request;
  const before = match[1]!.toLowerCase().replace(/[’]/g, "'").replace(/'s\b/g, " 's").split(/\s+/).filter(Boolean);
  while (before.length > 0 && HEDGES.has(before.at(-1)!)) before.pop();
  // "it is getting too hot": links may follow one another.
  let linked = false;
  while (before.length > 0 && LINKS.has(before.at(-1)!)) {
    before.pop();
    linked = true;
  }
  // Nothing but the thing may stand before: no second clause, no verb of a command.
  if ((before.length > 0 && !linked) || before.some((word) => /[,;:]/.test(word) || LINKS.has(word))) return request;
  const wanted = undoingWords(adjective, wordNet);
  if (!wanted || (document && !speaksOfScale(document, adjective, wanted, wordNet))) return request;
  // A device that is off gives no excess: "it's too bright in here" does not switch on a light to dim it.
  if (state.on === false && directionOf(adjective, scaleEnds(wordNet), wordNet) === 1) return request;
  const thing = before.length === 0 ? pronoun : before.join(' ');
  const rest = match[3]!.replace(/[.!?]+\s*$/, '').trim();
  return [verb, thing, wanted, rest].filter(Boolean).join(' ');
}
