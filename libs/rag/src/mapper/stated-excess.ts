import { en, enMapping, escapeRegExp, moodOf, splitIdentifier, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';

/**
 * "It's too dark in here", "the radio is too loud", "I'm freezing", "it isn't warm enough": a
 * statement that a quality is past what is wanted, or short of it, is a wish for the change the other
 * way (issue #17). Read literally, its quantity noun pulls the reading of that quantity ("too dark"
 * read the light's brightness, "too loud" even raised the volume by its word "loud"). The wish is
 * said here as the comparative of the direction lists (en.relativeDirection) that names the other
 * end of the same scale: "too dark" -> "brighter", "too loud" -> "quieter", "freezing" -> "warmer".
 * From there the degree reading of mapper/degree-request.ts decides: a device with a level to step
 * that way steps it, one without has nothing to turn up and says so.
 *
 * Where an adjective stands on a scale comes from the lists: its own comparative is an "up" word
 * ("louder") or a "down" word ("darker"), or one of its WordNet antonyms' is ("chilly" is opposed to
 * "hot"). The comparative wished for is one whose adjective is an antonym of the one said, or
 * shares a WordNet attribute with it ("dark" and "bright" are both values of light).
 * A state said as an ongoing verb is read through the WordNet sense that defines it as being so
 * ("freeze": "be cold"; "swelter": "be uncomfortably hot").
 */

const { statedDegree } = enMapping;
const EXCESS = new Set(statedDegree.excess);
const SUFFICIENCY = new Set(statedDegree.sufficiency);
const NEGATIONS = new Set(enMapping.negation.words.filter((word) => !en.verbParticles.has(word)));
const listed = (entries: readonly string[]) => entries.filter((entry) => !entry.includes(' '));
const ENDS: ReadonlyArray<{ word: string; end: 1 | -1 }> = [
  ...listed(en.relativeDirection.up).map((word) => ({ word, end: 1 as const })),
  ...listed(en.relativeDirection.down).map((word) => ({ word, end: -1 as const })),
];
const PROGRESSIVE = new RegExp(`(?:\\b(?:${statedDegree.beForms.filter((form) => /^\p{L}/u.test(form)).map(escapeRegExp).join('|')})|${statedDegree.beForms.filter((form) => !/^\p{L}/u.test(form)).map(escapeRegExp).join('|')})\\s+(\\p{L}+${enMapping.progressiveSuffix})\\b`, 'iu');
const CLAUSE = /[^,;.!?]+/g;
const AMBIENT = statedDegree.ambient;
const AMBIENT_OPENERS = AMBIENT.openers.map((opener) => opener.split(' '));
const AMBIENT_BETWEEN = new Set(AMBIENT.between);
const AMBIENT_OUTDOORS = new Set(AMBIENT.outdoors);
const AMBIENT_SLIPS = new Set(AMBIENT.slips);

/** The adjectives a listed comparative is made of: "hotter" -> hot, "larger" -> large, "brighter" -> bright. */
function basesOf(comparative: string, wordNet: WordNet): string[] {
  if (!comparative.endsWith('er')) return [];
  return [comparative.slice(0, -2), comparative.slice(0, -1), comparative.slice(0, -3)].filter((base) => base.length >= 2 && wordNet.canBe(base, 'adj'));
}

/** Which end of a listed scale an adjective names: 1 as "loud" (louder is up), -1 as "dark", 0 where no list says. */
export function scaleEnd(adjective: string, wordNet: WordNet): 1 | -1 | 0 {
  const own = stem(adjective.toLowerCase());
  const opposites = wordNet.antonyms(adjective);
  const ends = new Set<1 | -1>();
  for (const { word, end } of ENDS) {
    for (const base of basesOf(word, wordNet)) {
      if (stem(base) === own) ends.add(end);
      else if (opposites.has(stem(base))) ends.add(end === 1 ? -1 : 1);
    }
  }
  return ends.size === 1 ? [...ends][0]! : 0;
}

/** The listed comparative for the other end of the adjective's scale: an antonym's, else one sharing a WordNet attribute. */
function wishedComparative(adjective: string, wish: 1 | -1, wordNet: WordNet): string | undefined {
  const opposites = wordNet.antonyms(adjective);
  const attributes = wordNet.attributeNouns(adjective);
  const candidates = ENDS.filter(({ end }) => end === wish).map(({ word }) => ({ word, bases: basesOf(word, wordNet) }));
  return (
    candidates.find(({ bases }) => bases.some((base) => opposites.has(stem(base))))?.word ??
    candidates.find(({ bases }) => bases.some((base) => [...wordNet.attributeNouns(base)].some((noun) => attributes.has(noun))))?.word
  );
}

/** Whether a clause of the request states a quality past or short of what is wanted ("too bright", "not warm enough", "freezing"). */
export function statesExcess(text: string, wordNet: WordNet): boolean {
  return [...text.matchAll(CLAUSE)].some((clause) => wishOf(clause[0], wordNet) !== undefined);
}

/** The wish a quality said of the state gives: the other way for too much ("too dark"), the same way for not enough. */
interface Wish {
  wish: 1 | -1;
  adjective: string;
  /** The word of the clause that said it: the adjective, or the verb of a state ("freezing"). */
  said: string;
}

/**
 * "It's dark in here", "it's getting cold", "it is so noisy": a quality at one end of a scale said of
 * the place itself, with no "too", is said to the home as a complaint, a wish for the other end.
 * Only with the place as its subject: "the tea is hot" states, a question ("is it dark?") asks, and
 * the outdoors ("it's cold outside") is the weather.
 */
function ambientWish(said: readonly string[], wordNet: WordNet): Wish | undefined {
  if (said.some((word) => AMBIENT_OUTDOORS.has(word))) return undefined;
  for (let index = 0; index < said.length; index += 1) {
    // "its pitch black in here": the opener typed without its apostrophe, only where it opens the clause ("turn its light down" owns).
    const opener = AMBIENT_OPENERS.find((words) => words.every((word, offset) => said[index + offset] === word)) ?? (index === 0 && AMBIENT_SLIPS.has(said[0]!) ? [said[0]!] : undefined);
    if (!opener) continue;
    let at = index + opener.length;
    while (at < said.length && AMBIENT_BETWEEN.has(said[at]!)) at += 1;
    const word = said[at];
    // "pitch black": two words WordNet knows as one adjective ("pitch-black") are read as it.
    const compound = word !== undefined && said[at + 1] !== undefined && wordNet.canBe(`${word}-${said[at + 1]}`, 'adj') ? `${word}-${said[at + 1]}` : undefined;
    const adjective = compound ?? word;
    if (adjective === undefined || !wordNet.canBe(adjective, 'adj')) continue;
    const typed = compound ? said[at + 1]! : adjective;
    const end = scaleEnd(adjective, wordNet);
    if (end !== 0) return { wish: end === 1 ? -1 : 1, adjective, said: typed };
    const glossed = glossedAdjective(adjective, wordNet);
    if (glossed) return { wish: scaleEnd(glossed, wordNet) === 1 ? -1 : 1, adjective: glossed, said: typed };
  }
  return undefined;
}

/** The longest definition read as a degree of another adjective: "extremely dark", "very cold". */
const DEGREE_GLOSS_WORDS = 3;

/**
 * The adjective of a listed scale that WordNet defines the word by, where its commonest sense is
 * defined as a degree of it ("pitch-black": "extremely dark"): it stands at that end of the scale.
 */
function glossedAdjective(adjective: string, wordNet: WordNet): string | undefined {
  const [definition] = wordNet.definitions(adjective, 'adj');
  const said = definition?.split(/[^\p{L}-]+/u).filter((word) => word.length > 0) ?? [];
  if (said.length === 0 || said.length > DEGREE_GLOSS_WORDS) return undefined;
  const ends = said.filter((word) => word !== adjective && wordNet.canBe(word, 'adj') && scaleEnd(word, wordNet) !== 0);
  return ends.length === 1 ? ends[0] : undefined;
}

function wishOf(clause: string, wordNet: WordNet): Wish | undefined {
  const said = clause.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  for (let index = 0; index < said.length - 1; index += 1) {
    const adjective = said[index + 1]!;
    if (!EXCESS.has(said[index]!) || !wordNet.canBe(adjective, 'adj')) continue;
    const end = scaleEnd(adjective, wordNet);
    if (end !== 0) return { wish: end === 1 ? -1 : 1, adjective, said: adjective };
  }
  for (let index = 1; index < said.length; index += 1) {
    if (!SUFFICIENCY.has(said[index]!)) continue;
    const adjective = said[index - 1]!;
    const negated = said.slice(Math.max(0, index - 3), index - 1).some((word) => NEGATIONS.has(word) || /n['’]t$/.test(word));
    const end = negated && wordNet.canBe(adjective, 'adj') ? scaleEnd(adjective, wordNet) : 0;
    if (end !== 0) return { wish: end, adjective, said: adjective };
  }
  const ambient = ambientWish(said, wordNet);
  if (ambient) return ambient;
  // "I'm freezing", "we are sweltering": the verb of a state, read through the sense that defines it as being so.
  const ongoing = PROGRESSIVE.exec(clause)?.[1]?.toLowerCase();
  if (!ongoing) return undefined;
  for (const sense of wordNet.verbSenses(ongoing)) {
    const [opening, ...rest] = sense.definition.split(/[^\p{L}]+/u);
    if (opening !== statedDegree.beGloss) continue;
    const adjective = rest.slice(0, 2).find((word) => wordNet.canBe(word, 'adj') && scaleEnd(word, wordNet) !== 0);
    if (adjective) return { wish: scaleEnd(adjective, wordNet) === 1 ? -1 : 1, adjective, said: ongoing };
  }
  return undefined;
}

const described = new WeakMap<NormalisedDocument, Set<string>>();

/** The stems of what a document says of its functions and state: names, notes, parameters. */
function documentStems(document: NormalisedDocument): Set<string> {
  let found = described.get(document);
  if (!found) {
    const texts = [
      ...document.functions.flatMap((fn) => [splitIdentifier(fn.name).join(' '), fn.description, fn.returns ?? '', ...fn.parameters.flatMap((parameter) => [splitIdentifier(parameter.name).join(' '), parameter.description ?? ''])]),
      ...Object.entries(document.state ?? {}).flatMap(([key, field]) => [splitIdentifier(key).join(' '), field.description ?? '']),
    ];
    found = new Set(texts.flatMap((text) => words(text.toLowerCase())).map(stem));
    described.set(document, found);
  }
  return found;
}

/**
 * Whether the document speaks of the scale at all: the adjective, an antonym, the comparative's
 * adjective or a WordNet attribute of the adjective is one of its words. A reading lamp has no
 * temperature: "I'm freezing" said to it is not read as a wish it could step ("hotter" would meet
 * its one level).
 */
function speaksOf(document: NormalisedDocument, adjective: string, wished: string, wordNet: WordNet): boolean {
  const own = documentStems(document);
  const scale = [stem(adjective), ...wordNet.antonyms(adjective), ...basesOf(wished, wordNet).map(stem), ...[...wordNet.attributeNouns(adjective)].map(stem)];
  return scale.some((key) => own.has(key));
}

/**
 * The request with its statement of excess or lack said as the change wished for ("it's too dark in
 * here, can you give me some light?" -> "make it brighter in here, can you ..."), or unchanged: where
 * no clause states one, where no listed comparative names the other end, where the document does not
 * speak of that scale (`document`, where given), where it asks for less of a device that is off
 * (`state`), or where another clause already says what to do
 * ("it's too dark, turn the lamp on": the person chose the change).
 */
export function withStatedExcess(text: string, wordNet: WordNet | undefined, document?: NormalisedDocument, state: Readonly<Record<string, unknown>> = {}): string {
  if (!wordNet) return text;
  const clauses = [...text.matchAll(CLAUSE)];
  for (const clause of clauses) {
    const found = wishOf(clause[0], wordNet);
    const wished = found && wishedComparative(found.adjective, found.wish, wordNet);
    if (!wished || (document && !speaksOf(document, found.adjective, wished, wordNet))) continue;
    // A device that is off has no excess to take away: "it's too bright in here" does not switch on a light to dim it.
    if (found.wish === -1 && state.on === false) continue;
    if (clauses.some((other) => other !== clause && moodOf(other[0]) === 'command')) return text;
    const start = clause.index!;
    const end = start + clause[0].length;
    const cut = clause[0].toLowerCase().lastIndexOf(found.said);
    // What follows the quality in its clause stays ("in here"), but the "enough" that measured it.
    const rest = clause[0].slice(cut + found.said.length).replace(new RegExp(`^\\s*(?:(?:${statedDegree.sufficiency.map(escapeRegExp).join('|')})\\b\\s*)?`, 'i'), ' ').trimEnd();
    return `${text.slice(0, start)}${start > 0 ? ' ' : ''}${statedDegree.wishTemplate.replace('{comparative}', wished)}${rest}${text.slice(end)}`;
  }
  return text;
}
