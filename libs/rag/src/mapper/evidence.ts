import { alternation, anyWordPattern, editDistance, en, enMapping, findColor, findNumbers, isStopword, splitIdentifier, stem, words, type Lexicon, type NumberMention, type RequestReading } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import type { NormalisedFunction } from '../api-document';
import { enumValue, pointedAngle, presetValue, relativeDirection } from '../arguments/parameter-values';
import { adjectiveVerbsDirection } from '../arguments/adjective-verbs';
import { scalingDirection } from '../arguments/scaling-verbs';
import { isNetworkNameParameter, isSecretParameter, itemValue, nameValue, quotedStrings, secretValue } from '../arguments/string-values';
import { particleMeets, phrasalVerbStems } from './particle-verbs';
import { degreeFit, readDegree, type DegreeRequest } from './degree-request';
import { asksScale, scaleAnswerFit } from './scale-question';
import { asksPlace, placeAnswerFit } from './place-question';
import { particleVerb, undirectedVerbs } from './phrasal-direction';
import { absenceFit, requestAbsences } from './absence-words';
import { documentNumbers, numberFit, pairDropped, unusedByNumberless, type DocumentNumbers } from './unused-pair';
import { effectPole } from './effect-pole';

/**
 * Structural evidence that plain similarity misses: whether the request carries a value that one
 * function can take and its neighbours cannot, whether its polar words (on/off, lock/unlock) agree
 * with the function's, and whether it asks for more or less of something. Each is a number in
 * -1..1 that the mapper weighs against the hybrid score.
 */
export interface FunctionProfile {
  fn: NormalisedFunction;
  /** Stems of the function's own words: identifier parts (glossed to English) and its description's lead verb. */
  actionStems: ReadonlySet<string>;
  /** Stems of the identifier alone (glossed to English), without the description's lead word. */
  nameStems: ReadonlySet<string>;
  /** The same words unstemmed, for WordNet lookups (which end of an opposition a word names). */
  actionWords: readonly string[];
  /** Own words whose opposite another function of the document is named by ("on" where "off" exists), with their pole. */
  opposed: Array<{ word: string; pole: -1 | 1 }>;
  /** +1 when the function raises something (volume_up, "Raises ..."), -1 when it lowers it. */
  direction: 1 | -1 | 0;
  /** The document's action stems that only functions with no direction name (mapper/phrasal-direction.ts). */
  undirected?: ReadonlySet<string>;
  /** The action stems of every function of the document: whether it has the other end of a request's polar word. */
  documentActions?: ReadonlySet<string>;
  /** Whether some function of the document takes a secret (a password): a secret said then belongs to one of those. */
  documentTakesSecret?: boolean;
  /** Whether some function of the document takes two numbers (a point), or a thing's number: a pair, or a thing's label, said then belongs to one of those (mapper/unused-pair.ts). */
  documentNumbers?: DocumentNumbers;
}

export interface RequestEvidence {
  polarity: number;
  /** The polarity came only from matching ends of an opposition ("activate" ~ "on"), not from a shared word. */
  polarityByPole: boolean;
  direction: number;
  /** How specifically the request's values fit the parameters: 1 for an enum value or a unit-matched number. */
  argumentFit: number;
  /** Required parameters the request gives no value for. */
  missing: number;
  /** Values with a unit in the request ("50%") that no parameter of the function can take. */
  unused: number;
  /** For a request of more or less with no level said ("brighter"): 1 where the function makes that change, -1 where it does something else. */
  degree: number;
}

const { units, amounts } = enMapping;
const STEP_PARAMETER_NAMES = new Set(enMapping.stepParameter.names);
const STEP_PARAMETER_WORDS = anyWordPattern(enMapping.stepParameter.phrases);

/** A parameter that is a change, not a level ("step", "by how much"): the API document says so in its name or words. */
function isStepParameter(parameter: ParameterSpec): boolean {
  return STEP_PARAMETER_NAMES.has(parameter.name) || STEP_PARAMETER_WORDS.test(parameter.description);
}

function acceptsKind(parameter: ParameterSpec, said: UnitKind): boolean {
  const wanted = parameterUnitKind(parameter);
  return said === wanted || (wanted === 'temperature' && said === 'angle');
}

/**
 * Identifier words that are prepositions, not the on/off particle: "on" in scan_items_on_shelf is
 * where the items are; in turn_on, and in turn_on_light after a phrasal verb, it is the state.
 */
function namePrepositions(nameWords: readonly string[]): Set<number> {
  const positions = new Set<number>();
  nameWords.forEach((word, index) => {
    const next = nameWords[index + 1];
    if (en.verbParticles.has(word) && next !== undefined && !en.verbParticles.has(next) && index > 0 && !en.phrasalVerbs.has(nameWords[index - 1]!)) positions.add(index);
  });
  return positions;
}

const DESCRIPTION_COORDINATORS = new Set(enMapping.descriptionCoordinators);

export function functionProfile(fn: NormalisedFunction, nameWords: readonly string[], language: string): FunctionProfile {
  const prepositions = namePrepositions(nameWords.map((word) => word.toLowerCase()));
  nameWords = nameWords.filter((_word, index) => !prepositions.has(index));
  const own = new Set(nameWords.flatMap((word) => word.split(/\s+/)).map((word) => stem(word.toLowerCase())));
  // English notes open with the verb ("Wakes the player", "BatteryState reports ..."): the verb names
  // the action as well as the identifier does. Foreign and Chinese notes are read through the glossed name.
  const lead: string[] = [];
  if (language === 'en') {
    // Only the opening verb and one joined to it by "or"/"and" ("Mutes or unmutes the sound"):
    // "Finds vacant slots on a shelf" opens with the name's own "find" and brings nothing, not "on".
    // A description that opens with the identifier is read after it.
    const descriptionWords = words(fn.description).filter((word) => word.toLowerCase() !== fn.name.toLowerCase());
    const opening = DESCRIPTION_COORDINATORS.has(descriptionWords[1] ?? '') ? [descriptionWords[0], descriptionWords[2]] : [descriptionWords[0]];
    for (const word of opening) if (word !== undefined && !isStopword(word) && !own.has(stem(word))) lead.push(word);
  }
  const actionStems = new Set([...own, ...lead.map(stem)]);
  const actionWords = [...new Set([...nameWords.flatMap((word) => word.split(/\s+/)), ...lead].map((word) => word.toLowerCase()))];
  const direction = relativeDirection([...nameWords, ...lead].join(' '));
  return { fn, actionStems, nameStems: own, actionWords, opposed: [], direction };
}

interface RequestWords {
  text: string;
  stems: Set<string>;
  polar: Array<{ stem: string; same: Set<string>; opposite: ReadonlySet<string>; pole: -1 | 0 | 1; noun: boolean; phrasal?: ReadonlySet<string> }>;
  direction: 1 | -1 | 0;
  mentions: readonly NumberMention[];
  degree?: DegreeRequest;
  /** A question of where one value stands on a scale ("running low on power?", mapper/scale-question.ts). */
  scale: boolean;
  /** A question of where something is ("where are you?", "your coordinates?", mapper/place-question.ts). */
  place: boolean;
  /** "wake up": the verb whose particle is the only direction said (mapper/phrasal-direction.ts). */
  particleVerb?: string;
  /** What the request says is not there ("empty", "free", "vacancies"), as WordNet defines it (mapper/absence-words.ts). */
  absences: ReadonlySet<string>;
}

/**
 * "skip the track on the TV", "up the stairs": before a determiner these words are prepositions, not
 * the on/off particle, unless a phrasal verb stands right before them ("turn on the lights").
 */

const RELATIVE_AMOUNT = anyWordPattern(amounts.relativeAmount);

function isPreposition(all: readonly string[], index: number): boolean {
  const word = all[index]!.toLowerCase();
  if (!en.verbParticles.has(word)) return false;
  // "free on shelf 2": a numbered thing after it makes it a place.
  const numbered = findNumbers(all[index + 2] ?? '').length > 0;
  if (!en.determiners.has((all[index + 1] ?? '').toLowerCase()) && !numbered) return false;
  // "turn it up a bit": "a bit" is how much, not the object of a preposition.
  if (RELATIVE_AMOUNT.test(all.slice(index + 1, index + 4).join(' '))) return false;
  return !en.phrasalVerbs.has((all[index - 1] ?? '').toLowerCase());
}

/** A number said as the level wanted ("to 90"), or as a change ("by 10"), right before it. */
const LEVEL_BEFORE = new RegExp(`\\b(?:${alternation(amounts.levelPrepositions)})\\s*$`, 'i');
const CHANGE_BEFORE = new RegExp(`\\b(?:${alternation(amounts.changePrepositions)})\\s*$`, 'i');

/** The request's words as the evidence weighs them, from its reading (`readRequest` in @meshmind/language). */
export function requestWords(request: RequestReading, lexicon?: Lexicon): RequestWords {
  const { text } = request;
  const all = request.words;
  const content = all.filter((word, index) => !isStopword(word) && !isPreposition(all, index));
  const phrasalAt = new Map<string, ReadonlySet<string>>();
  if (lexicon?.wordNet) all.forEach((word, index) => {
    const phrasal = isStopword(word) || isPreposition(all, index) ? undefined : phrasalVerbStems(all, index, lexicon.wordNet!);
    if (phrasal) phrasalAt.set(word, phrasal);
  });
  // A word right after a determiner is a noun ("turn the heat up"): the thing, not the state wanted.
  const afterDeterminer = new Set(all.filter((_word, index) => index > 0 && en.determiners.has(all[index - 1]!.toLowerCase())));
  const wordNet = lexicon?.wordNet;
  const polar = wordNet
    ? content
        .map((word) => {
          const opposite = wordNet.antonyms(word);
          // A particle is itself only: WordNet's verb "off" (to kill, to remove) is slang, not the particle; one whose opposite is its particle opposite (on/off) has the pole of its adjective ("off": not in operation).
          const same = en.verbParticles.has(word.toLowerCase()) ? new Set([stem(word)]) : new Set([...wordNet.related(word)].filter(([, weight]) => weight >= 0.9).map(([key]) => key));
          for (const key of opposite) same.delete(key);
          const phrasal = phrasalAt.get(word);
          return { stem: stem(word), same, opposite, pole: wordNet.pole(word, opposite.has(en.particleOpposites[word.toLowerCase()] ?? '') ? 'all' : 'verbs'), noun: !en.verbParticles.has(word.toLowerCase()) && afterDeterminer.has(word), ...(phrasal ? { phrasal } : {}) };
        })
        .filter((entry) => entry.opposite.size > 0)
    : [];
  const mentions = request.numbers;
  // "turn the volume up to 90" names the level itself: "up"/"down" no longer point at a step function.
  const targetLevel = mentions.some((mention) => LEVEL_BEFORE.test(text.slice(0, mention.start)));
  const levelPolar = targetLevel ? polar.filter((entry) => entry.stem !== 'up' && entry.stem !== 'down') : polar;
  const degree = readDegree(request, wordNet);
  const verb = particleVerb(all, wordNet);
  const absences = requestAbsences(request, content, lexicon);
  // "are there vacant positions on shelf 9?" asks what is free, not where something is (mapper/place-question.ts).
  const place = absences.size === 0 && asksPlace(request, wordNet);
  return { text, stems: new Set(content.map(stem)), polar: levelPolar, direction: targetLevel ? 0 : relativeDirection(text) || adjectiveVerbsDirection(text, wordNet) || scalingDirection(text), mentions, ...(degree ? { degree } : {}), scale: asksScale(request, wordNet), place, ...(verb ? { particleVerb: verb } : {}), absences };
}

type PolarWord = RequestWords['polar'][number];
const POLE_SHARE = 0.5;

/** Finds the oppositions inside one document (turn_on / turn_off, lock / unlock) and records each end's pole. */
export function markOppositions(profiles: readonly FunctionProfile[], lexicon?: Lexicon): void {
  const wordNet = lexicon?.wordNet;
  if (!wordNet) return;
  const undirected = undirectedVerbs(profiles);
  const documentActions = new Set(profiles.flatMap((profile) => [...profile.actionStems]));
  for (const profile of profiles) {
    profile.undirected = undirected;
    profile.documentActions = documentActions;
    profile.documentTakesSecret = profiles.some((other) => other.fn.parameters.some((parameter) => isSecretParameter(parameter.name)));
    profile.documentNumbers = documentNumbers(profiles.map((other) => other.fn.parameters));
    profile.opposed = profile.actionWords.flatMap((word) => {
      const opposite = wordNet.antonyms(word);
      const pole = wordNet.pole(word) || effectPole(profile.fn);
      if (pole === 0 || !profiles.some((other) => other !== profile && [...opposite].some((key) => other.actionStems.has(key)))) return [];
      return [{ word, pole }];
    });
  }
}

/**
 * Whether a synonym WordNet gives is the same word spelled otherwise ("colour" and "color", "grey"
 * and "gray"): a letter's difference for each four letters of the shorter, none for a short word
 * ("dim" and "dip" are two words).
 */
function spelledOtherwise(left: string, right: string): boolean {
  const limit = Math.floor(Math.min(left.length, right.length) / 4);
  return limit > 0 && left.slice(0, 2) === right.slice(0, 2) && editDistance(left, right, limit) <= limit;
}

function directPolarity(word: PolarWord, profile: FunctionProfile): 1 | -1 | 0 {
  // A noun of the request ("turn the heat up") meets the function's own name, not the object its
  // description happens to open with ("Turns heating and cooling off").
  const stems = word.noun ? profile.nameStems : profile.actionStems;
  if (!particleMeets(word.phrasal, profile.actionStems)) return 0;
  if (stems.has(word.stem)) return 1;
  // A synonym of a polar word is an end of its opposition only where the document has the other end:
  // "adjust" (opposite "skew") meets "set" and "start" meets "get" as loosely as any other word does.
  const opposable = !profile.documentActions || [...word.opposite].some((key) => profile.documentActions!.has(key));
  if ([...word.same].some((key) => stems.has(key) && (opposable || spelledOtherwise(key, word.stem)))) return 1;
  if ([...word.opposite].some((key) => stems.has(key))) return -1;
  return 0;
}

/**
 * Stems of the request's polar words that no function of the document names, nor their opposites:
 * "activate" where the functions say "on" and "off". Those are matched by which end of an opposition
 * they name instead ("activate" is the positive end, as "on" is; "deactivate" the negative end, as "off").
 */
export function unanchoredPolarWords(request: RequestWords, profiles: Iterable<FunctionProfile>): Set<string> {
  const all = [...profiles];
  // Only the first such word: "deactivate the fans in the living room" is about "deactivate", not "living".
  const first = request.polar.find((word) => word.pole !== 0 && all.every((profile) => directPolarity(word, profile) === 0));
  return new Set(first ? [first.stem] : []);
}

function polarity(request: RequestWords, profile: FunctionProfile, lexicon?: Lexicon, unanchored: ReadonlySet<string> = new Set()): number {
  let agree = false;
  let oppose = false;
  // Matching ends of an opposition is weaker evidence than naming the function's own word.
  let byPole = 0;
  for (const word of request.polar) {
    const direct = directPolarity(word, profile);
    if (direct === 1) agree = true;
    else if (direct === -1) oppose = true;
    else if (unanchored.has(word.stem)) {
      for (const own of profile.opposed) byPole = own.pole === word.pole ? POLE_SHARE : -POLE_SHARE;
    }
  }
  // "turn the heating up": up is never the off end of an on/off pair, nor down its on end.
  if (!agree && !oppose && byPole === 0) {
    const said = request.polar.map((word) => (word.stem === 'up' ? 1 : word.stem === 'down' ? -1 : 0)).find((value) => value !== 0);
    if (said !== undefined && profile.opposed.some((own) => own.pole === -said)) oppose = true;
  }
  if (!agree && !oppose && byPole !== 0) return byPole;
  // The other way round too: a function named "off" opposes a request that says "on".
  const wordNet = lexicon?.wordNet;
  if (wordNet && !agree) {
    for (const key of profile.actionStems) {
      if ([...wordNet.antonyms(key)].some((opposite) => request.stems.has(opposite))) oppose = true;
    }
  }
  return (agree ? 1 : 0) - (oppose ? 1 : 0);
}

type UnitKind = 'percent' | 'temperature' | 'angle' | 'duration' | 'speed' | 'kelvin' | 'none';

function parameterUnitKind(parameter: ParameterSpec): UnitKind {
  const unit = (parameter.unit ?? '').toLowerCase();
  if (unit === '%') return 'percent';
  if (unit === '°c' || unit === '°f') return 'temperature';
  if (unit === '°' || unit === 'deg') return 'angle';
  if (unit === 'min' || unit === 's' || unit === 'h') return 'duration';
  if (unit === 'm/s') return 'speed';
  if (unit === 'k') return 'kelvin';
  return 'none';
}

/** The unit words said after a number, by the kind of unit they name. */
const MENTION_UNITS: ReadonlyArray<[UnitKind, ReadonlySet<string>]> = [
  ['percent', new Set(units.percent)],
  ['temperature', new Set(units.temperatureScales)],
  ['angle', new Set([units.degreeSymbol, ...units.degree])],
  ['duration', new Set([...units.minutes, ...units.hours, ...units.seconds])],
  ['speed', new Set([...units.speed, ...units.lengths, units.centimetreSymbol])],
  ['kelvin', new Set(units.kelvin)],
];

function mentionUnitKind(mention: NumberMention): UnitKind {
  return MENTION_UNITS.find(([, said]) => said.has(mention.following))?.[0] ?? 'none';
}

const HALF = anyWordPattern(amounts.half);
/** A level said without a number: "halfway", "full", "max", "an hour". */
const LEVEL_WORD = anyWordPattern([...amounts.half, ...amounts.maximum, ...amounts.minimum, ...Object.keys(amounts.spokenMinutes)]);
const SWITCH_WORD = anyWordPattern(enMapping.switchWords);
/** Words between a parameter's name and its number ("x is 3"), as alternatives of a pattern. */
const NAME_LINKS = alternation(amounts.nameLinks);

// How strongly the request holds a value for one parameter: a named enum value or a number in the
// parameter's own unit is decisive, a bare number or a cue-introduced name is good, free text is weak.
function parameterFit(parameter: ParameterSpec, request: RequestWords, siblingsHaveSecret = false): number {
  const { text } = request;
  switch (parameter.type) {
    case 'enum':
      return enumValue(parameter, text) === undefined ? 0 : 1;
    case 'color':
      return findColor(text) === undefined ? 0 : 1;
    case 'integer':
    case 'number': {
      const wanted = parameterUnitKind(parameter);
      const step = isStepParameter(parameter);
      let best = presetValue(parameter, text.toLowerCase()) === undefined ? 0 : 1;
      // "x 3, y 4", "x=8", "speed 0.8": the parameter's own name right before the number.
      const names = splitIdentifier(parameter.name);
      const named = (mention: NumberMention) => {
        const before = text.slice(Math.max(0, mention.start - 24), mention.start).toLowerCase();
        return names.some((name) => new RegExp(`\\b${name.replace(/[^a-z0-9]/g, '')}\\s*(?:=|:|${NAME_LINKS})?\\s*$`).test(before));
      };
      for (const mention of request.mentions) {
        const said = mentionUnitKind(mention);
        let fit: number;
        if (said !== 'none' && wanted !== 'none') fit = acceptsKind(parameter, said) ? 1 : 0;
        else if (said === 'none') fit = named(mention) ? 1 : 0.5;
        else fit = 0.2;
        // "to 90" names a level, "by 10" a change: a step parameter takes the second, not the first.
        const before = text.slice(0, mention.start).toLowerCase();
        if (step && LEVEL_BEFORE.test(before)) fit = Math.min(fit, 0.1);
        else if (step && CHANGE_BEFORE.test(before)) fit = 1;
        best = Math.max(best, fit);
      }
      // "close the blinds halfway": half of a percentage is as sure a value as "50%".
      if (best === 0 && wanted === 'percent' && HALF.test(text)) best = 1;
      if (best === 0 && LEVEL_WORD.test(text)) best = 0.5;
      // "put the camera back level": the horizon is an angle of nought, as sure as "0 degrees".
      if (best === 0 && wanted === 'angle' && pointedAngle(parameter, 'angle', text.toLowerCase()) !== undefined) best = 1;
      return best;
    }
    case 'string':
    case 'string_list':
      if (isSecretParameter(parameter.name)) return secretValue(text) === undefined ? 0 : 1;
      if (quotedStrings(text).length > 0) return 0.8;
      if (nameValue(text) !== undefined) return 0.5;
      // A free-text item ("add apples"): whatever the command words leave is the value, weak evidence
      // but no missing value either. Names and network ids are read after cues only, as the extractor does.
      if (!isNetworkNameParameter(parameter.name) && !siblingsHaveSecret) return itemValue(text) === undefined ? 0 : 0.3;
      return 0;
    case 'boolean':
      // "turn on oscillation": the state said is the value of a switch-like parameter.
      return SWITCH_WORD.test(text) ? 0.5 : 0;
  }
}

export function requestEvidence(
  request: RequestWords,
  profile: FunctionProfile,
  lexicon: Lexicon | undefined,
  hasCurrent: (parameter: ParameterSpec) => boolean,
  isCarried: (parameter: ParameterSpec) => boolean = () => false,
  unanchored: ReadonlySet<string> = new Set(),
): RequestEvidence {
  let argumentFit = 0;
  let missing = 0;
  for (const parameter of profile.fn.parameters) {
    let fit = parameterFit(parameter, request, profile.fn.parameters.some((other) => isSecretParameter(other.name)));
    // "Brighter" fills a level parameter from the current state: evidence, though weaker than a number.
    // "a bit" says the change is relative to the level the device is at: as decisive as a number, as is a factor ("halve").
    if (fit === 0 && request.direction !== 0 && (parameter.type === 'integer' || parameter.type === 'number') && hasCurrent(parameter)) fit = RELATIVE_AMOUNT.test(request.text) || scalingDirection(request.text) !== 0 ? 1 : 0.4;
    // "... and then check it": a value from the step before fills the parameter without pointing here.
    if (fit === 0 && isCarried(parameter)) continue;
    argumentFit = Math.max(argumentFit, fit);
    if (fit === 0 && parameter.type !== 'boolean' && parameter.required !== false && parameter.default === undefined) missing += 1;
  }
  const particleOnly = request.particleVerb !== undefined && profile.undirected?.has(request.particleVerb) === true;
  const direction = request.direction !== 0 && profile.direction !== 0 && !particleOnly ? (request.direction === profile.direction ? 1 : -1) : 0;
  const numeric = profile.fn.parameters.filter((parameter) => parameter.type === 'integer' || parameter.type === 'number');
  const unusedWithUnit = request.mentions.filter((mention) => {
    const said = mentionUnitKind(mention);
    return said !== 'none' && !numeric.some((parameter) => acceptsKind(parameter, said));
  }).length;
  // "Go to coordinates 12, 7": two bare numbers are one more than a shelf number can take; a half weight each (a count or a name).
  const bare = request.mentions.filter((mention) => mentionUnitKind(mention) === 'none').length;
  // "Create a hotspot, password tablets4all": a password said is dropped by a function that takes none, where another takes one.
  const unusedSecret = profile.documentTakesSecret === true && !profile.fn.parameters.some((parameter) => isSecretParameter(parameter.name)) && secretValue(request.text) !== undefined ? 1 : 0;
  argumentFit = numberFit(argumentFit, numeric, bare, request.text, request.mentions, lexicon?.wordNet);
  // "go to 5, 7": numbers a numberless function leaves unused and a pair said side by side (unused-pair.ts).
  const numberless = numeric.length > 0 ? 0 : unusedByNumberless(bare, profile.documentNumbers, request.text, request.mentions, lexicon?.wordNet);
  const unused = unusedWithUnit + unusedSecret + pairDropped(numeric, numberless, request.text, request.mentions.filter((mention) => mentionUnitKind(mention) === 'none')) + (numeric.length > 0 ? 0.5 * Math.max(0, bare - numeric.length) : numberless);
  const polar = polarity(request, profile, lexicon, unanchored);
  const degree = (request.degree ? degreeFit(profile.fn, profile.direction, request.degree, hasCurrent, isStepParameter) : 0) + scaleAnswerFit(profile.fn, request.scale) + placeAnswerFit(profile, request.place, lexicon?.wordNet) + absenceFit(profile, request.absences, lexicon?.wordNet);
  return { polarity: polar, polarityByPole: Math.abs(polar) === POLE_SHARE, direction, argumentFit, missing, unused, degree };
}
