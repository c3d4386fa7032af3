import { en, enMapping, enPlanning, isFunctionWord, isStopword, splitIdentifier, stem, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { CONDITION_NOUNS } from './answer-type-unmet';
import { absenceKeysOf } from './absence-words';
import { oppositeEndAbsences } from './opposite-absence';
import { returnsOneNumber } from './scale-question';
import type { GlossedWords } from './glossed-words';

/*
 * "How heavy is the crate on shelf 9?", "what colour is the tote on shelf 2?", "is the box on shelf 4
 * damaged?", "who put that box there?" said to a robot (issue #17): the shelf and its number met the
 * shelf scan's words, which report what is on a shelf (its items' names), and the scan was run. The
 * question asks an attribute of what is there (a weight, a colour, a size, an age, a distance), a
 * person, a time, a place or a reason, which a list of names does not tell. answer-type-unmet.ts reads
 * the same for a query whose document declares its return type (a number of another quantity, a yes or
 * no for a person); a vendor's document says what it returns only in words ("char** items",
 * "list[str]", "int count"), and in German, French or Chinese notes. This reads those: the return said
 * in words, the function's own words as the scope reads them in English (glosses where the notes are
 * in another language).
 *
 * What is asked, read from the question (or from the clause after a verb of knowing: "tell me how
 * heavy the crate is"):
 *  - "how" before an adjective: the adjective's attribute in its first sense (WordNet: "heavy" ->
 *    weight, "tall" -> height, "far" -> distance);
 *  - a yes-or-no question's adjective said of its subject ("is the crate heavy?", "is the tote wet?"):
 *    the same; an adjective before its noun names the thing ("the top crate");
 *  - "what" before a singular noun filed under an attribute ("what colour", "what size");
 *  - "who", "when", "where", "why": a person, a time, a place, a reason.
 * The query answers it where its own words name it: the adjective or its attribute by stem, a word
 * whose attribute it is ("vacant" is a value of fullness), a relation as close as a derivation; a
 * person, a time, a place by a word WordNet files under one. A number answers a degree of a level
 * ("how low"), a duration ("how long") or a condition ("how full": a charge says it); a list of names
 * answers none of those, unless a condition is what its identifier reports by an absence ("is shelf 5
 * full?" to the vacancy check, whose "free" slots are the other end). An adjective without an
 * attribute ("dusty", "expensive") is not judged, nor a query whose return is not said.
 */

type Asked = { kind: 'degree'; adjective: string; attributes: readonly string[] } | { kind: 'noun'; noun: string } | { kind: 'person' | 'time' | 'place' | 'reason'; opener: string };

const OPENERS = enMapping.answerOpeners;
const PERSON_ASKERS: ReadonlySet<string> = new Set(OPENERS.person);
const TIME_ASKERS: ReadonlySet<string> = new Set(OPENERS.time);
const DEGREE_ASKERS: ReadonlySet<string> = new Set(OPENERS.degree);
const AMOUNT_WORDS: ReadonlySet<string> = new Set(OPENERS.amountWords);
const THING_ASKERS: ReadonlySet<string> = new Set([...en.answerKinds.namesAskers, ...en.answerKinds.thingAskers]);
const COPULAS: ReadonlySet<string> = new Set(enPlanning.questions.yesNoOpeners);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(enMapping.interrogativeClauseOpeners);
/** The closed class of the other two openers: a place, a reason. */
const PLACE_ASKER = 'where';
const REASON_ASKER = 'why';
/** WordNet's tops of what answers each: a person, a time, a place (a location, a position). */
const PERSON = 'person';
const TIME = 'time';
const PLACES: readonly string[] = ['location', 'position', 'place'];
/** The attributes of a scale's own adjectives ("high", "low": a level), which say how much of anything. */
const SCALE_ATTRIBUTES: ReadonlySet<string> = new Set(enMapping.scaleAttributes);
/** "the weight of the pallet": the preposition after an attribute's noun (closed class). */
const OF = 'of';
/** A verb of few senses says what an amount is of ("cost", "weigh"); a light verb ("have", "get", "leave") does not (as answer-type-unmet.ts). */
const SPECIFIC_VERB_SENSES = 10;
/** A relation as close as a derivation names the attribute ("weigh" and "weight"). */
const NAMING = 0.8;

/** A word of the closed classes, the copulas and auxiliaries among them ("does" is no plural of "doe" here). */
function closed(word: string): boolean {
  return isStopword(word) || isFunctionWord(word, 'en') || en.verbParticles.has(word) || COPULAS.has(word);
}

/** An adjective that is first an adjective ("heavy", "wet"), not a noun that can be one ("level", "stock") nor a verb's "-ing" ("charging"). */
function adjectiveFirst(word: string, wordNet: WordNet): boolean {
  return wordNet.canBe(word, 'adj') && !closed(word) && !word.endsWith('ing') && wordNet.definitions(word, 'adj').length >= wordNet.definitions(word, 'noun').length;
}

/**
 * A singular noun filed under an attribute ("weight", "colour", "temperature"), not a count ("number",
 * "total", "value": an amount or a quantity one step up, which a list's length may be) nor first a verb ("count").
 */
function attributeNoun(word: string, wordNet: WordNet): boolean {
  if (closed(word) || !wordNet.canBe(word, 'noun') || word.endsWith('s') || wordNet.mostlyVerb(word)) return false;
  const ancestors = wordNet.nounAncestors(word);
  return ancestors.has('attribute') && (ancestors.get('amount') ?? 2) > 1 && (ancestors.get('quantity') ?? 2) > 1;
}

/** The last verb of few senses ("weigh", "cost"): what "how much" measures where no noun says it ("how much does the crate weigh"). */
function measuringVerb(said: readonly string[], wordNet: WordNet): string | undefined {
  const verb = [...said.slice(2)].reverse().find((word) => !closed(word) && wordNet.canBe(word, 'verb'));
  return verb !== undefined && !wordNet.canBe(verb, 'adj') && wordNet.verbSenses(verb).length < SPECIFIC_VERB_SENSES ? verb : undefined;
}

/** What the question (from its opener on) asks, or undefined where it does not say. */
function askedOf(said: readonly string[], wordNet: WordNet): Asked | undefined {
  const [first, second] = said;
  if (first === undefined) return undefined;
  if (PERSON_ASKERS.has(first)) return { kind: 'person', opener: first };
  if (TIME_ASKERS.has(first)) return { kind: 'time', opener: first };
  if (first === PLACE_ASKER) return { kind: 'place', opener: first };
  if (first === REASON_ASKER) return { kind: 'reason', opener: first };
  if (DEGREE_ASKERS.has(first)) {
    // "how many metres to shelf 7": a unit counts a measure, not things; "how much does it weigh": the verb says what.
    if (second !== undefined && AMOUNT_WORDS.has(second)) {
      const third = said[2];
      if (third !== undefined && !closed(third) && wordNet.canBe(third, 'noun') && !wordNet.canBe(third, 'adj') && wordNet.nounAncestors(third).has(OPENERS.measureKind)) return { kind: 'noun', noun: third };
      const verb = third !== undefined && !closed(third) && wordNet.canBe(third, 'noun') ? undefined : measuringVerb(said, wordNet);
      return verb === undefined ? undefined : { kind: 'noun', noun: verb };
    }
    if (second === undefined || closed(second) || !wordNet.canBe(second, 'adj')) return undefined;
    const attributes = [...wordNet.attributeNouns(second, 1)];
    return attributes.length > 0 ? { kind: 'degree', adjective: second, attributes } : undefined;
  }
  // "what colour is the tote", "what size are the boxes": a singular noun of an attribute ("what goods", "what items" list things).
  if (THING_ASKERS.has(first) && second !== undefined && COPULAS.has(said[2] ?? '') && attributeNoun(second, wordNet)) return { kind: 'noun', noun: second };
  // "the weight of the pallet", "what's the load rating of shelf 3": an attribute of a thing, wherever the clause says it.
  const ofThing = said.findIndex((word, index) => said[index + 1] === OF && en.determiners.has(said[index - 1] ?? '') && attributeNoun(word, wordNet));
  if (ofThing > 0) return { kind: 'noun', noun: said[ofThing]! };
  // "which is heavier, ...": the copula after the asker opens the predicate.
  if (!COPULAS.has(first) && !(THING_ASKERS.has(first) && second !== undefined && COPULAS.has(second))) return undefined;
  // "is the crate on shelf 17 heavy?": an adjective said of the subject, not before a noun ("the top crate").
  for (const [index, word] of said.entries()) {
    if (index === 0 || !adjectiveFirst(word, wordNet)) continue;
    const next = said[index + 1];
    if (next !== undefined && !closed(next) && wordNet.canBe(next, 'noun') && !wordNet.canBe(next, 'adj')) continue;
    const attributes = [...wordNet.attributeNouns(word, 1)];
    if (attributes.length > 0) return { kind: 'degree', adjective: word, attributes };
  }
  return undefined;
}

/** Declared returns of text: one, or a list of them. */
const TEXTS: ReadonlySet<string> = new Set(['string', 'string_list']);

/** The function's English words: as the scope reads them where the notes are glossed, else its name, notes and return. */
function wordsOf(fn: NormalisedFunction, glossed: GlossedWords | undefined): string[] {
  const text = glossed ? glossed(fn.name).join(' ') : `${splitIdentifier(fn.name).join(' ')} ${fn.description ?? ''} ${fn.returns ?? ''}`;
  return [...new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word !== '' && !closed(word)))];
}

function isCondition(attribute: string, wordNet: WordNet): boolean {
  const ancestors = wordNet.nounAncestors(attribute, 'first');
  return CONDITION_NOUNS.some((top) => ancestors.has(top));
}

/** Whether the function's words name what is asked. */
function answers(asked: Asked, fn: NormalisedFunction, words: readonly string[], glossed: boolean, wordNet: WordNet): boolean {
  const oneNumber = returnsOneNumber(fn) === 1;
  const filed = (tops: readonly string[]) => words.some((word) => wordNet.canBe(word, 'noun') && tops.some((top) => wordNet.nounAncestors(word, 'first').has(top)));
  switch (asked.kind) {
    case 'person':
      // By the function's name (and English notes): a gloss or a word of a tool ("scanner": one who scans, first) names no one it lists.
      return !oneNumber && splitIdentifier(fn.name).concat(glossed ? [] : words).some((word) => { const lower = word.toLowerCase(); return wordNet.canBe(lower, 'noun') && wordNet.nounAncestors(lower, 'first').has(PERSON) && wordNet.nounAncestors(lower, 'made').size === 0; });
    case 'time':
      return filed([TIME]) || words.some((word) => word === TIME);
    case 'place':
      return filed(PLACES) || words.some((word) => PLACES.includes(word));
    case 'reason':
      return false;
    case 'noun':
      return names([asked.noun], asked.noun, words, wordNet);
    case 'degree': {
      if (names(asked.attributes, asked.adjective, words, wordNet)) return true;
      if (asked.attributes.some((noun) => wordNet.nounAncestors(noun).has(TIME))) return true;
      // A condition is one every attribute of the adjective is ("full": fullness; not "tall": height, and stature, a standing).
      const condition = asked.attributes.every((noun) => isCondition(noun, wordNet));
      if (oneNumber) return condition || asked.attributes.some((noun) => SCALE_ATTRIBUTES.has(noun));
      // "is shelf 5 full?" to a list of free slots: a condition whose end, or other end, is an absence the function's words say.
      if (!condition) return false;
      const keysOf = (word: string) => absenceKeysOf(word, wordNet);
      const absences = new Set([...keysOf(asked.adjective), ...oppositeEndAbsences(asked.adjective, wordNet, keysOf)]);
      return words.some((word) => [...keysOf(word)].some((key) => absences.has(key)));
    }
  }
}

/** The adjective or its attributes said by a word of the function: stem, attribute, close relation. */
function names(attributes: readonly string[], adjective: string, words: readonly string[], wordNet: WordNet): boolean {
  const stems = new Set([adjective, ...attributes].map(stem));
  const near = new Set([adjective, ...attributes].flatMap((word) => [...wordNet.related(word)].filter(([, weight]) => weight >= NAMING).map(([key]) => key)));
  return words.some((word) => stems.has(stem(word)) || near.has(stem(word)) || [...wordNet.attributeNouns(word, 1)].some((noun) => attributes.includes(noun)));
}

/**
 * The words of the question that ask what the called queries do not report, or undefined. `asking`:
 * whether the request asks to be told (a question, or a command of knowing: then the clause from its
 * first interrogative opener on is read).
 */
export function unreportedAttribute(result: MapResult, reading: RequestReading, asking: boolean, byName: ReadonlyMap<string, NormalisedFunction>, kindOf: (name: string) => 'action' | 'query' | undefined, glossed: GlossedWords | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || !asking) return undefined;
  const functions = result.calls.map((call) => byName.get(call.function));
  // Only a query whose return is said in words, not declared as a type (answer-type-unmet.ts reads those), or declared a
  // text or a list of texts whose words say what text it is ("Title of the programme or track": "who sings this?" names no
  // one by it; "Open items, oldest first": "who added the bread?" names no one either).
  if (functions.length === 0 || !functions.every((fn) => fn !== undefined && kindOf(fn.name) === 'query' && (fn.returnType === undefined || (TEXTS.has(fn.returnType) && (fn.returns ?? '') !== '')) && returnsOneNumber(fn) !== 0)) return undefined;
  const words = reading.words.map((word) => word.toLowerCase());
  const opener = reading.mood === 'question' ? 0 : words.findIndex((word, index) => index > 0 && CLAUSE_OPENERS.has(word));
  if (opener < 0) return undefined;
  // "tell me how heavy the crate is" (read as a question too): the clause from its opener on.
  const clause = askedOf(words.slice(opener), wordNet) === undefined ? words.findIndex((word, index) => index > opener && CLAUSE_OPENERS.has(word)) : opener;
  if (clause < 0) return undefined;
  const said = words.slice(clause);
  const asked = askedOf(said, wordNet);
  if (!asked) return undefined;
  // A declared text is judged only by its opener (a person, a time, a place, a reason): "the name of this track" is its title.
  if ((asked.kind === 'noun' || asked.kind === 'degree') && functions.some((fn) => fn!.returnType !== undefined)) return undefined;
  // A yes or no of one number ("is your battery nearly flat?": flat of charge) and a place of a query that takes nothing
  // ("where are you" to the localisation's "pose") are not judged: only a list's items, or what a query is asked of.
  if (asked.kind === 'degree' && !DEGREE_ASKERS.has(said[0]!) && functions.some((fn) => returnsOneNumber(fn!) === 1)) return undefined;
  if (asked.kind === 'place' && functions.some((fn) => fn!.parameters.length === 0)) return undefined;
  if (functions.some((fn) => answers(asked, fn!, wordsOf(fn!, glossed), glossed !== undefined, wordNet))) return undefined;
  return asked.kind === 'degree' ? asked.adjective : asked.kind === 'noun' ? asked.noun : asked.opener;
}
