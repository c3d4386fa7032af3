import { en, enMapping, enPlanning, enReference, isFunctionWord, isStopword, splitIdentifier, stem, type RequestReading, type WordNet } from '@meshmind/language';
import type { DeviceStateValues } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import { isSecretParameter } from '../arguments/string-values';
import { askedNoun, isQuantity, VALUE_ASKERS } from './absent-quantity';
import type { MapResult } from './api-mapper-options';

/*
 * Questions the chosen query cannot answer (issue #17): one reader, two sides. What the question's
 * opening wants (`answerTypeUnmet`: an amount, a person, a time, a thing, against the query's
 * declared return) and the thing its noun asks for (`unansweredNoun`: a secret, a count or a
 * quantity the document never names, another thing the device is only the place of). Each side is
 * called where its evidence is read: the opening after a call is chosen (api-mapper.ts), the noun
 * beside the words a call does not account for (unaccounted-word.ts).
 */

/**
 * A question whose opening says what kind of answer it wants, put to a query whose declared return
 * type cannot be that answer (issue #17). "How much power is the plug drawing?" to a plug that only
 * reports whether it is on, "how many times was the garage opened today?" to a door that reports
 * open or closed, "who unlocked the door last?" to a lock that reports locked or unlocked: the
 * nearest query answered each, and a yes, a no or a state word is no amount and no person. The
 * honest answer is that the device cannot tell.
 *
 * The opening decides, read from the language's closed class (`enMapping.answerOpeners`):
 *  - an amount or a degree: "how much", "how many", or "how" before a word WordNet reads as an
 *    adjective ("how long", "how old", "how dusty"). A true/false or one-of-several answer cannot
 *    be one, unless the adjective is a word of the query itself: "how open is the door?" to a query
 *    that "reports whether the door is open, closed ..." asks its state in other words.
 *  - a person ("who", "whose"): only a text can name one.
 *  - a time ("when"): a number (minutes left) or a text can say one; a true/false or a state cannot.
 *
 * A number can be an amount, but not of everything: "how much battery does the blind motor have?"
 * to a blind that reads its position, "how many people came in?" to a motion sensor's battery
 * reading. The noun right after "how much" / "how many" names what is counted; where it meets no
 * word of the chosen query (its name, description, what it returns: the stem, or a WordNet relation
 * as close as a derivation) nor a value of the device's state (a sensor names its quantity there),
 * the number it returns is an amount of something else. A unit ("how many minutes", "how many
 * degrees") says how the amount is counted, not of what, and is not judged; nor is a device whose state
 * says what it measures while that state and its names are not known (a sensor of no known class may
 * measure water).
 *
 * "How many lights are on?" said to each light counts devices: every one answers for itself with
 * its yes or no, and the coordinator counts. A count of the device's own nouns or of made things
 * ("how many kitchen lights", "how many curtains are open") is never judged; "how much" counts no devices.
 *
 * Only a declared return type is read (the catalog's `returns.type`): a document that does not say
 * what its query returns is not judged.
 */

type Wanted = 'amount' | 'person' | 'time' | 'thing';
interface Asking {
  wanted: Wanted;
  asked: string[];
  /** The noun right after "how much" / "how many": what is counted. */
  counted?: string;
  /** "how much is the heating costing": the verb that says what the amount is of, where no noun does. */
  measuring?: string;
}

/** The return types that cannot be each kind of answer. */
const CANNOT_BE: Readonly<Record<Wanted, ReadonlySet<string>>> = {
  amount: new Set(['boolean', 'enum']),
  person: new Set(['boolean', 'enum', 'integer', 'number']),
  time: new Set(['boolean', 'enum']),
  thing: new Set(['boolean']),
};

const OPENERS = enMapping.answerOpeners;
const AMOUNT_WORDS: ReadonlySet<string> = new Set(OPENERS.amountWords);
const COUNT_WORDS: ReadonlySet<string> = new Set(OPENERS.countWords);
const DEGREE_ASKERS: ReadonlySet<string> = new Set(OPENERS.degree);
const PERSON_ASKERS: ReadonlySet<string> = new Set(OPENERS.person);
const TIME_ASKERS: ReadonlySet<string> = new Set(OPENERS.time);
/** "what", "what's": a question for a thing by what it is. */
const THING_ASKERS: ReadonlySet<string> = new Set(en.answerKinds.namesAskers);
/** The copulas: a yes-or-no question's opener ("is", "are", "does", "has"), which a thing-question may put before its verb ("what is plugged in"). */
const COPULAS: ReadonlySet<string> = new Set(enPlanning.questions.yesNoOpeners);
/**
 * A verb of few senses says what an amount is of ("cost", "weigh"); a light verb ("have", "get", "leave": many
 * senses) says nothing of it.
 */
const SPECIFIC_VERB_SENSES = 10;
/** The attributes of a scale's own adjectives ("high", "low": a level, a degree), which say how much of anything. */
const SCALE_ATTRIBUTES: ReadonlySet<string> = new Set(enMapping.scaleAttributes);
/**
 * The nouns WordNet files a condition under ("fullness", "wetness", "cleanness": how full, dry, dirty).
 * A condition is read off many measures (a battery's charge says how full it is, a moisture reading
 * how dry the soil is), so it is never judged against the query's quantity; a magnitude ("how big":
 * a size, "how old": an age) is. A closed pair: WordNet's two names for the same top of its tree.
 */
export const CONDITION_NOUNS: readonly string[] = ['state', 'condition'];
/** The noun WordNet files durations under: "how long" may be counted in any unit of time. */
const TIME = enReference.temporaryStop.timeNoun;
/** A relation as close as a derivation says the query's words name the thing counted ("humid" and "humidity"). */
const NAMING = 0.8;
/** A broader noun's relation (WordNet.related of a hypernym). */
const BROADER = 0.55;

/** "how many minutes": a unit says how an amount is counted, not of what. */
function measureAfter(word: string | undefined, wordNet: WordNet): boolean {
  return word !== undefined && wordNet.canBe(word, 'noun') && wordNet.nounAncestors(word).has(OPENERS.measureKind);
}

/** What the question's opening asks for, with the words that say it; undefined where the opening does not say. */
function wantedBy(words: readonly string[], wordNet: WordNet): Asking | undefined {
  const [first, second, third] = words;
  if (first === undefined) return undefined;
  if (PERSON_ASKERS.has(first)) return { wanted: 'person', asked: [first] };
  // "what's plugged into the socket?": the subject asked is a thing that does or undergoes something, which no yes or no names.
  if (THING_ASKERS.has(first)) {
    const verb = second !== undefined && COPULAS.has(second) ? third : second;
    return verb !== undefined && !isStopword(verb) && !isFunctionWord(verb, 'en') && !wordNet.canBe(verb, 'noun') && wordNet.mostlyVerb(verb) ? { wanted: 'thing', asked: [first, verb] } : undefined;
  }
  if (TIME_ASKERS.has(first)) return { wanted: 'time', asked: [first] };
  if (!DEGREE_ASKERS.has(first) || second === undefined) return undefined;
  if (AMOUNT_WORDS.has(second)) {
    const counted = third !== undefined && !isStopword(third) && !isFunctionWord(third, 'en') && wordNet.canBe(third, 'noun') && !wordNet.nounAncestors(third).has(OPENERS.measureKind) ? third : undefined;
    // The clause's verb comes after its subject ("is the heating costing"): the last verb said.
    const measuring = counted === undefined && !COUNT_WORDS.has(second) && !measureAfter(third, wordNet) ? [...words.slice(2)].reverse().find((word) => !isStopword(word) && !isFunctionWord(word, 'en') && wordNet.canBe(word, 'verb')) : undefined;
    const specific = measuring !== undefined && wordNet.verbSenses(measuring).length < SPECIFIC_VERB_SENSES;
    return { wanted: 'amount', asked: [first, second, ...(counted ? [counted] : [])], ...(counted ? { counted } : {}), ...(specific ? { measuring } : {}) };
  }
  // "how long", "how dusty": a degree ("long" is mostly a verb to WordNet, not after "how"); "how is it", "how about" are not.
  if (isStopword(second) || isFunctionWord(second, 'en') || !wordNet.canBe(second, 'adj')) return undefined;
  return { wanted: 'amount', asked: [first, second] };
}

/** The content words of what a query says of itself: its name, description and what it returns. */
function ownWords(fn: NormalisedFunction): string[] {
  const text = `${splitIdentifier(fn.name).join(' ')} ${fn.description ?? ''} ${fn.returns ?? ''}`;
  return [...new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word !== '' && !isStopword(word) && !isFunctionWord(word, 'en')))];
}

function ownStems(fn: NormalisedFunction): Set<string> {
  return new Set(ownWords(fn).map(stem));
}

/**
 * Whether the noun phrase after "how many" counts devices: it names the device's own kind ("how
 * many kitchen lights are on"), or a made thing as a device's own name may ("how many curtains are
 * open" to a cover called "Loft curtains"); "times", "people" and "visitors" are no made things.
 */
function countsDevices(phrase: readonly string[], deviceNouns: ReadonlySet<string>, wordNet: WordNet): boolean {
  const own = new Set([...deviceNouns].map(stem));
  const end = phrase.findIndex((word) => isStopword(word) || isFunctionWord(word, 'en'));
  return phrase.slice(0, end < 0 ? phrase.length : end).some((word) => own.has(stem(word)) || wordNet.nounAncestors(word, 'made').has(OPENERS.thingKind));
}

/**
 * Whether the query's own words, or a value of the device's state, name what the question counts:
 * the same stem, a relation as close as a derivation, or a close relative both share ("moisture"
 * and "humidity" both humidify). A state value or the device's own name names its own quantity, so
 * a broader noun there will do ("co2" is a dioxide, the state says "carbon_dioxide"; "how much oil"
 * to the "Oil tank gauge").
 */
function namesCounted(counted: string, fn: NormalisedFunction, state: DeviceStateValues, names: readonly string[], wordNet: WordNet): boolean {
  const related = wordNet.related(counted);
  const close = (map: ReadonlyMap<string, number>, at: number) => new Set([...map].filter(([, weight]) => weight >= at).map(([key]) => key));
  const near = close(related, NAMING);
  const own = ownWords(fn);
  if (own.some((word) => stem(word) === stem(counted) || near.has(stem(word)) || [...close(wordNet.related(word), NAMING)].some((key) => near.has(key)))) return true;
  const broad = close(related, BROADER);
  const stateStems = [...Object.values(state).filter((value): value is string => typeof value === 'string'), ...names].flatMap((value) => splitIdentifier(value).map((part) => stem(part.toLowerCase())));
  return stateStems.some((key) => key === stem(counted) || broad.has(key));
}

/**
 * Whether the quantity a degree question asks ("how old": an age, "how big": a size) is one the
 * number a query returns can be: the adjective's attribute in its first sense (WordNet) meets the
 * query's words, a value of the state or a name as a counted noun does (namesCounted). "How old is
 * the bulb?" to a query of its brightness asks an age it cannot tell. A scale's own adjective ("how
 * high", "how low": a level) and a duration ("how long": any unit of time counts one) say nothing of
 * what is measured and always meet; so does an adjective without an attribute, and one whose own
 * derivation the query says ("how humid" to a reading of humidity), or whose attribute is a broader
 * kind of the query's quantity ("how damp": a wetness, which humidity is), or a condition ("how full",
 * "how dry": CONDITION_NOUNS) rather than a magnitude.
 */
function measuresDegree(adjective: string, fn: NormalisedFunction, state: DeviceStateValues, names: readonly string[], wordNet: WordNet): boolean {
  const attributes = [...wordNet.attributeNouns(adjective, 1)];
  if (attributes.length === 0 || attributes.some((noun) => SCALE_ATTRIBUTES.has(noun) || wordNet.nounAncestors(noun).has(TIME))) return true;
  // "how full is the battery?" to its charge, "how dry is the soil?" to its moisture: a condition, read off the measure.
  if (!namesNarrower(adjective, attributes, wordNet) && attributes.some((noun) => { const ancestors = wordNet.nounAncestors(noun); return CONDITION_NOUNS.some((top) => ancestors.has(top)); })) return true;
  // "how damp" asks a wetness, which the query's "humidity" is a kind of.
  const kinds = ownWords(fn).filter((word) => wordNet.canBe(word, 'noun')).map((word) => wordNet.nounAncestors(word));
  // "how bright" to a query of the spot's "intensity", a kind of degree: a level as such can be the degree of anything it has.
  if (kinds.some((ancestors) => [...SCALE_ATTRIBUTES].some((scale) => ancestors.has(scale)))) return true;
  // "how dry is the herb bed?" to a generic reading whose state says it measures "moisture", a kind of wetness.
  const stateKinds = Object.values(state).filter((value): value is string => typeof value === 'string').flatMap((value) => splitIdentifier(value).map((part) => part.toLowerCase())).filter((word) => wordNet.canBe(word, 'noun')).map((word) => wordNet.nounAncestors(word));
  return [adjective, ...attributes].some((word) => namesCounted(word, fn, state, names, wordNet)) || attributes.some((noun) => [...kinds, ...stateKinds].some((ancestors) => ancestors.has(noun)));
}

/**
 * Whether the adjective's own noun (a derivation: "humid" -> "humidity") is a narrower kind of its
 * attribute ("wetness"): the question then asks that measure, not a condition any measure tells. "How
 * humid is the greenhouse?" to a thermometer was read off its temperature as a wetness; "how full"
 * (fullness, no narrower noun) is still read off a battery's charge.
 */
function namesNarrower(adjective: string, attributes: readonly string[], wordNet: WordNet): boolean {
  const derived = [...wordNet.related(adjective)].filter(([noun, weight]) => weight >= NAMING && noun !== adjective && wordNet.canBe(noun, 'noun')).map(([noun]) => noun);
  return derived.some((noun) => attributes.some((attribute) => attribute !== noun && wordNet.nounAncestors(noun).has(attribute)));
}

/**
 * The words of the question's opening ("how much", "who") where every call made is a query whose
 * declared return type cannot answer it, or undefined.
 */
export function answerTypeUnmet(result: MapResult, reading: RequestReading, byName: ReadonlyMap<string, NormalisedFunction>, state: DeviceStateValues, deviceNouns: ReadonlySet<string>, names: readonly string[], wordNet: WordNet | undefined, document: { language: string; stateSaysWhat: boolean } = { language: 'en', stateSaysWhat: false }): string | undefined {
  if (!wordNet || result.kind !== 'call' || reading.mood !== 'question') return undefined;
  const said = reading.words.map((word) => word.toLowerCase());
  const asking = wantedBy(said, wordNet);
  if (!asking || (COUNT_WORDS.has(asking.asked[1] ?? '') && countsDevices(said.slice(2), new Set([...deviceNouns, ...names.flatMap((name) => name.toLowerCase().split(/\s+/))]), wordNet))) return undefined;
  const queries = result.calls.map((call) => byName.get(call.function));
  // The query's own words are read as written, in English: a document in another language ("查询当前电量") is not judged by
  // them. A device whose state says what it measures (a sensor's class) is judged only where that state or a name is known.
  const knowsWhat = document.language === 'en' && (!document.stateSaysWhat || Object.keys(state).length > 0 || names.length > 0);
  const unanswered = (fn: NormalisedFunction | undefined) => {
    if (fn?.kind !== 'query' || fn.returnType === undefined) return false;
    // A number of a sensor whose class is not known here may count anything: not judged.
    if (asking.counted !== undefined && (fn.returnType === 'integer' || fn.returnType === 'number')) return knowsWhat && !namesCounted(asking.counted, fn, state, names, wordNet);
    // "how much is the heating costing us?" to its temperature: the verb says the amount is a cost.
    if (asking.measuring !== undefined && (fn.returnType === 'integer' || fn.returnType === 'number')) return knowsWhat && !namesCounted(asking.measuring, fn, state, names, wordNet);
    // "how open is the door?": the query's own word, asked by degree, is its state asked in other words.
    const degree = asking.asked[1];
    // "how old is the bulb?" to its brightness: a number, but of another quantity.
    if (asking.wanted === 'amount' && degree !== undefined && !AMOUNT_WORDS.has(degree) && (fn.returnType === 'integer' || fn.returnType === 'number')) {
      return knowsWhat && !ownStems(fn).has(stem(degree)) && !measuresDegree(degree, fn, state, names, wordNet);
    }
    if (!CANNOT_BE[asking.wanted].has(fn.returnType)) return false;
    return asking.wanted !== 'amount' || degree === undefined || AMOUNT_WORDS.has(degree) || !ownStems(fn).has(stem(degree));
  };
  return queries.length > 0 && queries.every(unanswered) ? asking.asked.join(' ') : undefined;
}

/**
 * The thing a question asks for that the device cannot tell (issue #17, wrong actions). A question
 * is never judged out of scope by its words (mapper/scope.ts), and some reading of the same device
 * always lies nearest: the robot listed wifi networks for "what's the wifi password?" and read its
 * battery for "how many orders came in today?". Two kinds of thing are never any reading's answer:
 *
 * - a secret the device takes ("password", "passphrase": a parameter its connect or hotspot
 *   function holds, as arguments/string-values.ts tells one by its identifier): a value given in is
 *   no state read back, and a secret least of all;
 * - a count of things its document never names ("how many orders", "how many people"): a device
 *   counts only what it knows of.
 *
 * The question asks a value ("what", "which", "how many") and names the thing in its first noun
 * phrase ("the wifi password" -> "password", mapper/absent-quantity.ts). The chosen function's own
 * words (a "get_password" reading) or the device itself answer it whatever its kind; `accounts`
 * says which, `named` whether the document names the word anywhere. How much of a quantity ("how
 * much juice") is absent-quantity.ts's, which knows a quantity by WordNet's attributes.
 */
export interface AskedNouns {
  /** Whether the chosen function's words or the device's names meet the noun. */
  accounts(noun: string): boolean;
  /** Whether any word of the document meets the noun. */
  named(noun: string): boolean;
  /** Whether any function takes a secret. */
  takesSecret: boolean;
  /** Whether the device's state says what it measures (a sensor's class): a quantity it never names may be its own. */
  measuresByState?: boolean;
  /** Whether the word names the device itself (its nouns, its names). */
  device?: (word: string) => boolean;
}

/** The askers of a value by its name: "what", "which". */
const NAME_ASKERS: ReadonlySet<string> = new Set([...en.answerKinds.namesAskers, ...en.answerKinds.thingAskers]);
const PLACES = enReference.placeKinds;

/**
 * Whether the noun at `at` heads the phrase the question opens with ("what's the flow rate", "which fan speed"): only
 * the asker, a copula, a determiner and the phrase's own nouns before it, not "what's on shelf four, out of interest".
 */
function opensQuestion(said: readonly string[], at: number, wordNet: WordNet): boolean {
  return said.slice(1, at).every((word) => COPULAS.has(word) || en.determiners.has(word) || (!isFunctionWord(word, 'en') && wordNet.canBe(word, 'noun')));
}

/** "the kitchen", "tonight": a place or a time says where or when, not what is asked. */
function placeOrTime(noun: string, wordNet: WordNet): boolean {
  const ancestors = wordNet.nounAncestors(noun);
  return ancestors.has(TIME) || PLACES.some((kind) => ancestors.has(kind));
}


export function unansweredNoun(reading: RequestReading, wordNet: WordNet, nouns: AskedNouns): string | undefined {
  const said = reading.words.map((word) => word.toLowerCase());
  const yesNo = COPULAS.has(said[0] ?? '');
  if (reading.mood !== 'question' || (!VALUE_ASKERS.has(said[0] ?? '') && !yesNo)) return undefined;
  const head = askedNoun(said, wordNet);
  if (head === undefined || !wordNet.canBe(head, 'noun') || nouns.accounts(head)) return undefined;
  if (nouns.takesSecret && isSecretParameter(head) && !yesNo) return head;
  // "is the car in the garage?" to the garage door: the device, in a phrase of place after the thing asked about, is
  // not that thing, of which the chosen query tells nothing, though a note may mention it ("people and cars can get
  // in"). "is the coffee machine on?" to a plug may call the plug by what it powers, and "is the kitchen light on?" names
  // where the device is.
  if (yesNo) {
    const [preposition, ...rest] = said.slice(said.indexOf(head) + 1);
    return nouns.device !== undefined && preposition !== undefined && isFunctionWord(preposition, 'en') && rest.some(nouns.device) ? head : undefined;
  }
  if (nouns.named(head) || placeOrTime(head, wordNet)) return undefined;
  // "how many orders": things the document never names.
  if (COUNT_WORDS.has(said[1] ?? '') && said.indexOf(head) === 2) return head;
  // "what's the flow rate?" to a valve that reads its position: a quantity (WordNet's attribute) the document never names
  // (asked by name: "how much juice" is absent-quantity.ts's, which reads a quantity's name more widely).
  return NAME_ASKERS.has(said[0] ?? '') && nouns.measuresByState !== true && opensQuestion(said, said.indexOf(head), wordNet) && isQuantity(head, wordNet) ? head : undefined;
}
