import type { WordNet } from '../dictionaries/wordnet';
import { en } from '../languages/en';
import { enMapping } from '../languages/en-mapping';
import { escapeRegExp, stem } from '../tokenize';

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
const PROGRESSIVE = new RegExp(`(?:\\b(?:${statedDegree.beForms.filter((form) => /^\p{L}/u.test(form)).map(escapeRegExp).join('|')})|${statedDegree.beForms.filter((form) => !/^\p{L}/u.test(form)).map(escapeRegExp).join('|')})\\s+(?:(?:${statedDegree.ambient.between.map(escapeRegExp).join('|')})\\s+)*(\\p{L}+${enMapping.progressiveSuffix})\\b`, 'iu');
const CLAUSE = /[^,;.!?]+/g;
const AMBIENT = statedDegree.ambient;
const AMBIENT_OPENERS = AMBIENT.openers.map((opener) => opener.split(' '));
const AMBIENT_BETWEEN = new Set(AMBIENT.between);
const AMBIENT_OUTDOORS = new Set(AMBIENT.outdoors);
const AMBIENT_SLIPS = new Set(AMBIENT.slips);

/** The adjectives a listed comparative is made of: "hotter" -> hot, "larger" -> large, "brighter" -> bright. */
export function basesOf(comparative: string, wordNet: WordNet): string[] {
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
export function wishedComparative(adjective: string, wish: 1 | -1, wordNet: WordNet): string | undefined {
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
export interface ScaleWish {
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
function ambientWish(said: readonly string[], wordNet: WordNet): ScaleWish | undefined {
  for (const { adjective, typed } of ambientAdjectives(said, wordNet)) {
    const end = scaleEnd(adjective, wordNet);
    if (end !== 0) return { wish: end === 1 ? -1 : 1, adjective, said: typed };
    const glossed = glossedAdjective(adjective, wordNet);
    if (glossed) return { wish: scaleEnd(glossed, wordNet) === 1 ? -1 : 1, adjective: glossed, said: typed };
  }
  return undefined;
}

/** Each adjective said of the place itself after an ambient opener ("it's pitch black in here" -> pitch-black), with the word typed. */
function* ambientAdjectives(said: readonly string[], wordNet: WordNet): Generator<{ adjective: string; typed: string }> {
  if (said.some((word) => AMBIENT_OUTDOORS.has(word))) return;
  for (let index = 0; index < said.length; index += 1) {
    // "its pitch black in here": the opener typed without its apostrophe, only where it opens the clause ("turn its light down" owns).
    const opener = AMBIENT_OPENERS.find((words) => words.every((word, offset) => said[index + offset] === word)) ?? (index === 0 && AMBIENT_SLIPS.has(said[0]!) ? [said[0]!] : undefined);
    if (!opener) continue;
    let at = index + opener.length;
    while (at < said.length && (AMBIENT_BETWEEN.has(said[at]!) || EXCESS.has(said[at]!))) at += 1;
    const word = said[at];
    // "pitch black": two words WordNet knows as one adjective ("pitch-black") are read as it.
    const compound = word !== undefined && said[at + 1] !== undefined && wordNet.canBe(`${word}-${said[at + 1]}`, 'adj') ? `${word}-${said[at + 1]}` : undefined;
    const adjective = compound ?? word;
    if (adjective === undefined || !wordNet.canBe(adjective, 'adj')) continue;
    // "it's warm enough now": a quality said sufficient is as wished, no complaint ("it isn't warm enough" is read as a lack above).
    if (SUFFICIENCY.has(said[at + (compound ? 2 : 1)] ?? '')) continue;
    yield { adjective, typed: compound ? said[at + 1]! : adjective };
  }
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

/** The wish one clause states, or undefined: "it's freezing" -> cold, wished the other way (+1). */
export function wishOf(clause: string, wordNet: WordNet): ScaleWish | undefined {
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
  const failed = failedPerception(said, wordNet);
  if (failed) return failed;
  const ambient = ambientWish(said, wordNet);
  if (ambient) return ambient;
  // "I'm freezing", "we are sweltering": the verb of a state, read through the sense that defines it as being so.
  const ongoing = PROGRESSIVE.exec(clause)?.[1]?.toLowerCase();
  if (!ongoing) return undefined;
  const own = beingSaid(ongoing, wordNet);
  if (own) return { wish: scaleEnd(own, wordNet) === 1 ? -1 : 1, adjective: own, said: ongoing };
  // "it's boiling": no sense of "boil" is "be hot", but its antonym's is ("freeze": "be cold"); it stands
  // at the other end. Only of the place itself: "the kettle is boiling" says what the kettle does.
  if (!ambientAdjacent(said, ongoing)) return undefined;
  const opposite = stateThroughAntonym(ongoing, wordNet);
  return opposite ? { wish: scaleEnd(opposite, wordNet) === 1 ? -1 : 1, adjective: opposite, said: ongoing } : undefined;
}

/**
 * The state an ongoing verb says through its WordNet antonym's "be" sense, where it has none of its
 * own: "boiling" -> hot (the antonym "freezing" is "be cold"). Undefined where no antonym is defined
 * so, or the other end of its scale is not known. The caller makes sure the place is the subject.
 */
export function stateThroughAntonym(ongoing: string, wordNet: WordNet): string | undefined {
  if (beingSaid(ongoing, wordNet)) return undefined;
  // WordNet's antonyms come as stems ("freez"): the stem with the progressive suffix is the form the verb was said in ("freezing").
  for (const opposite of wordNet.antonyms(ongoing)) {
    const adjective = beingSaid(`${opposite}${enMapping.progressiveSuffix}`, wordNet);
    const end = adjective && oppositeEnd(adjective, wordNet);
    if (end) return end;
  }
  return undefined;
}

/** The scale's adjective a verb's sense defines it as being ("freezing": "be cold" -> cold), or undefined. */
function beingSaid(verb: string, wordNet: WordNet): string | undefined {
  for (const sense of wordNet.verbSenses(verb)) {
    const [opening, ...rest] = sense.definition.split(/[^\p{L}]+/u);
    if (opening !== statedDegree.beGloss) continue;
    const adjective = rest.slice(0, 2).find((word) => wordNet.canBe(word, 'adj') && scaleEnd(word, wordNet) !== 0);
    if (adjective) return adjective;
  }
  return undefined;
}

/** The adjective at the other end of the adjective's scale, by WordNet's antonyms ("cold" -> hot), where one is known. */
function oppositeEnd(adjective: string, wordNet: WordNet): string | undefined {
  const end = scaleEnd(adjective, wordNet);
  return [...wordNet.antonyms(adjective)].find((word) => wordNet.canBe(word, 'adj') && scaleEnd(word, wordNet) === -end);
}

/** Whether the word follows an ambient opener ("it's boiling", "it is so boiling in here"). */
function ambientAdjacent(said: readonly string[], word: string): boolean {
  const at = said.indexOf(word);
  let before = at - 1;
  while (before >= 0 && AMBIENT_BETWEEN.has(said[before]!)) before -= 1;
  return AMBIENT_OPENERS.some((opener) => opener.every((part, offset) => said[before - opener.length + 1 + offset] === part));
}

const INABILITY = statedDegree.inability.map((entry) => entry.split(' '));
const STOPWORDS = en.stopwords;

/**
 * "I can't hear the radio", "we cannot hear the telly": a verb of perceiving said as failing is a wish
 * for more of what it perceives. WordNet defines the verb by its percept ("hear": "perceive (sound)
 * via the auditory sense"); the scale is the listed "up" adjective whose commonest definition speaks
 * of that percept ("loud": "characterized by or producing sound of great volume"). Nothing where the
 * percept names no such adjective ("see": "perceive by sight" names none of the list's), or more than
 * one. The whole clause is said: what it was about is the device the request went to.
 */
function failedPerception(said: readonly string[], wordNet: WordNet): ScaleWish | undefined {
  for (let index = 0; index < said.length; index += 1) {
    const marker = INABILITY.find((words) => words.every((word, offset) => said[index + offset] === word));
    const verb = marker ? said[index + marker.length] : undefined;
    const [sense] = verb ? wordNet.verbSenses(verb) : [];
    if (!sense || !sense.hypernyms.includes(statedDegree.perceiving)) continue;
    const defined = sense.definition.split(/[^\p{L}]+/u).filter((word) => word.length > 0);
    const percept = defined.slice(1).find((word) => wordNet.canBe(word, 'noun') && !STOPWORDS.has(word));
    if (!percept) return undefined;
    const scales = [...new Set(ENDS.filter(({ end }) => end === 1).flatMap(({ word }) => basesOf(word, wordNet)))].filter((base) =>
      (wordNet.definitions(base, 'adj')[0] ?? '').split(/[^\p{L}]+/u).some((word) => word.length > 0 && stem(word) === stem(percept)),
    );
    return scales.length === 1 ? { wish: 1, adjective: scales[0]!, said: said.at(-1)! } : undefined;
  }
  return undefined;
}

/** A closed list's entries as word sequences, longest first. */
const LACK_GLOSSES = [...statedDegree.lackGlosses].map((entry) => entry.split(' ')).sort((a, b) => b.length - a.length);

/**
 * "It's stuffy up here", "it's so airless in my room": a state said of the place that stands on no
 * scale, but that the dictionary defines by what it lacks ("stuffy": "lacking fresh air"). The nouns
 * of what it lacks are returned (["air"]): the device of the place whose purpose gives it remedies
 * the state (the planner's felt-state.ts). Undefined where no clause says such a state.
 */
export function lackedNouns(text: string, wordNet: WordNet): string[] | undefined {
  for (const clause of text.matchAll(CLAUSE)) {
    const said = clause[0].toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
    for (const { adjective } of ambientAdjectives(said, wordNet)) {
      if (scaleEnd(adjective, wordNet) !== 0) return undefined;
      const [definition] = wordNet.definitions(adjective, 'adj');
      const defined = (definition?.split(/[;,]/)[0] ?? '').split(/[^\p{L}]+/u).filter((word) => word.length > 0);
      const marker = LACK_GLOSSES.find((gloss) => gloss.every((word, offset) => defined[offset] === word));
      if (!marker) continue;
      const nouns = defined.slice(marker.length).filter((word) => wordNet.canBe(word, 'noun') && !wordNet.canBe(word, 'adj'));
      if (nouns.length > 0) return nouns;
    }
  }
  return undefined;
}


/** A quality said past or short of what is wanted, as the planner reads it to find the device that remedies it. */
export interface QualityWish {
  /** The adjective the statement says ("cold" of "freezing", "hot" of "it's boiling"). */
  adjective: string;
  /** The adjectives of the comparative wished for ("hot" of "hotter", "warm" of "warmer"). */
  wishedBases: string[];
}

/**
 * The first clause's stated excess or lack as a wish, or undefined where no clause states one:
 * "it's a bit chilly on the terrace" -> chilly, wished hotter. The coordinator's planner asks which
 * device of the place remedies it (planner/felt-state.ts); the device's agent reads the same
 * statement through libs/rag's `withStatedExcess`.
 */
export function qualityWish(text: string, wordNet: WordNet): QualityWish | undefined {
  for (const clause of text.matchAll(CLAUSE)) {
    const found = wishOf(clause[0], wordNet);
    const wished = found && wishedComparative(found.adjective, found.wish, wordNet);
    if (found && wished) return { adjective: found.adjective, wishedBases: basesOf(wished, wordNet) };
  }
  return undefined;
}
