import { en, isStopword, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';
import { commandCore } from './unaccounted-word';

/** How closely a word must meet the document to be its own thing: its stem, a synonym or a derivation (scope.ts's weights), not a broader word. */
const OWN_THING = 0.75;

/**
 * WordNet's verb files whose deeds take their object as what is perceived, known, made a record of or
 * told: "photograph the forklift", "scan the truck" leave the forklift as it is, so the robot's camera
 * may well be meant. A deed of any other file (motion, change, contact: "stop", "park", "charge") is
 * done to its object.
 */
export const OBJECT_UNTOUCHED: ReadonlySet<string> = new Set(['perception', 'cognition', 'creation', 'communication']);

/** The possessives that make the object the device's own ("park your trolley"). */
const OWN = new Set(['your', 'yours', 'its']);

/**
 * A deed asked of another vehicle than the device (issue #17, a wrong action is worse than a
 * question): "stop the lorry!", "brake the trolley", "charge the pallet truck", "park the trolley in
 * bay 3" said to a warehouse robot stopped or docked the robot. The verb meets the robot's own deed,
 * so every check that the deed is the robot's passed; but the thing it is done to is a vehicle
 * (WordNet's commonest sense of the command's object is a conveyance: a lorry, a trolley, a forklift,
 * a cart) that the document does not name (no word of it meets the noun by its stem, a synonym or a
 * derivation) and the request does not make the device's own ("your trolley"). A vehicle goes about
 * by itself: a deed done to it is that vehicle's, not the device's. "Stop the other robot", another
 * of the device's own kind, is another-of-kind.ts's.
 *
 * Only vehicles: a device's parts are devices too ("hit the brakes", "tilt the lens", "press the
 * emergency stop button", "kill the motors"), and which of them the robot has no document says.
 * Kept: a deed that leaves its object as it is (a verb whose commonest sense perceives, knows, makes
 * a record of or tells: "photograph the forklift"), and queries. Undefined where the call stands.
 */
export function otherMachine(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, kindOf: (name: string) => 'action' | 'query' | undefined, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || !scope || result.kind !== 'call' || reading.mood === 'question') return undefined;
  if (!result.calls.every((call) => kindOf(call.function) === 'action')) return undefined;
  const core = commandCore(reading.text, wordNet);
  if (!core) return undefined;
  const verb = core.verb.split(' ')[0]!;
  if (OBJECT_UNTOUCHED.has(wordNet.verbSenses(verb)[0]?.category ?? '')) return undefined;
  const self = selfNoun ?? 'device';
  const object = core.object;
  if (!object) return undefined;
  // The word before the object's phrase, in commandCore's own words ("your hotspot: name Relay, password relay2026").
  const tokens = (reading.text.toLowerCase().match(/\p{L}[\p{L}'-]*|\d+/gu) ?? []).map((word) => word.replace(/'s$/, ''));
  const phrase = [...core.modifiers, object];
  const start = tokens.findIndex((_word, index) => phrase.every((word, offset) => tokens[index + offset] === word));
  if (start < 0 || OWN.has(tokens[start - 1] ?? '')) return undefined;
  const index = scope.content.indexOf(object);
  if (index < 0 || scope.meetings[index]! >= OWN_THING || !wordNet.canBe(object, 'noun') || !isVehicle(object, wordNet)) return undefined;
  // "put balloons on the party list": the thing is the call's own value (an item), not a machine acted on (a balloon is a craft).
  if (givenAsValue(result, object)) return undefined;
  return `the ${self} is not the ${phrase.join(' ')}: it will not ${verb} the ${object}`;
}

/** Whether a noun's commonest sense is a made thing that goes about: a conveyance (a lorry, a trolley), not the act of conveying ("a relay"). */
/** Whether a call takes the word as (part of) a text value it is given: an item put on a list, a name. */
function givenAsValue(result: MapResult, word: string): boolean {
  return result.kind === 'call' && result.calls.some((call) => Object.values(call.arguments).some((value) => typeof value === 'string' && words(value.toLowerCase()).includes(word)));
}

function isVehicle(noun: string, wordNet: WordNet): boolean {
  const ancestors = wordNet.nounAncestors(noun, 'first');
  return ancestors.has('conveyance') && ancestors.has('artifact');
}

/**
 * A reading asked of another vehicle than the device: "is the forklift charged?", "how much battery
 * has the pallet truck got?" read the robot's own battery. A question names the vehicle whose state it
 * asks (a content word whose commonest WordNet sense is a conveyance, met by no word of the document nor
 * made the device's own by "your"): the device's queries read only itself. A vehicle the thing asked
 * is held in is no owner ("what's left in the tank?": the robot's own charge, said of a tank). Undefined where the call stands.
 */
export function otherMachineAsked(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, kindOf: (name: string) => 'action' | 'query' | undefined, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || !scope || result.kind !== 'call' || reading.mood !== 'question') return undefined;
  if (!result.calls.every((call) => kindOf(call.function) === 'query')) return undefined;
  const said = words(reading.text);
  // Held in it, not asked of it: "what's left in the tank?" asks what the device holds (a closed-class "in" before the noun's phrase).
  const inside = (at: number) => [said[at - 1], said[at - 2]].some((word) => word === 'in' || word === 'inside');
  const vehicle = scope.content.find((word, index) => scope.meetings[index]! < OWN_THING && !OWN.has(said[said.indexOf(word) - 1] ?? '') && !inside(said.indexOf(word)) && wordNet.canBe(word, 'noun') && isVehicle(word, wordNet));
  return vehicle === undefined ? undefined : `the ${selfNoun ?? 'device'} can only tell of itself, not of the ${vehicle}`;
}

/**
 * WordNet's nearest kinds of a made thing that a device works by: a machine or mechanism (its motors,
 * its drive, its wheels), a restraint (its brakes) or a control (its kill switch). "Kill the motors",
 * "hit the brakes" work the device's own stopping, whether or not its document names them.
 */
const WORKINGS = new Set(['machine', 'mechanism', 'restraint', 'control']);
/** Who may be asked besides the device, before the verb: "can somebody stop the wrapper?" (a closed class). */
const ANYONE = new Set(['somebody', 'someone', 'anybody', 'anyone', 'you', 'u']);
/** The prepositions of what a thing is joined to ("connect the tablet to wifi Office2", "get the scanner onto the network"): a closed class. */
const JOINED_TO = new Set(['to', 'onto', 'into']);
/** Object pronouns a verb may take before its object ("send me the photo"): a closed class. */
const RECIPIENTS = new Set(['me', 'us']);
/** An agent noun's endings ("palletiser", "baler", "compactor"): a word WordNet does not know so formed names a thing that does. */
const AGENT = /(?:er|or|iser|izer)s?$/;

/** The words of a request, its marks kept as tokens. */
function tokensOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'’-]*|\d+(?:\.\d+)?|[,;:!?.]/gu) ?? []).map((word) => word.replace(/['’]s$/, ''));
}

/**
 * The noun phrase from `from` (past its determiner): up to three words, to a mark, number, closed-class
 * word or particle, or a word that says what the thing does or is after its first ("the lift working",
 * "the scissor lift charged", "the loading door open"): a verb's -ing or -ed form, an adjective, a word that is no noun.
 */
function nounPhrase(said: readonly string[], from: number, wordNet: WordNet): string[] {
  const phrase: string[] = [];
  for (let at = from; at < said.length && phrase.length < 3; at += 1) {
    const word = said[at]!;
    if (/^[,;:!?.\d]/.test(word) || isStopword(word) || en.verbParticles.has(word) || en.courtesy.has(word) || en.auxiliaries.has(word)) break;
    if (phrase.length > 0 && (/(?:ing|ed)$/.test(word) || (wordNet.isKnown(word) && !wordNet.canBe(word, 'noun')) || (wordNet.canBe(word, 'adj') && !madeThing(word, wordNet)))) break;
    phrase.push(word);
  }
  return phrase;
}

/**
 * Whether a noun names a made thing: an artifact by its commonest senses, a conveyance by the sense that names a made thing ("lift", "drone"),
 * or an agent noun WordNet does not know. Also a noun WordNet knows first as a person but has a made sense of: an agent noun ("the sorter",
 * "the scanner", "the conveyor"), a person's name ("the crane"), or the head of a compound that names a kind ("the pallet jack", "the packing line").
 */
function madeThing(noun: string, wordNet: WordNet, compound = false): boolean {
  if (!wordNet.isKnown(noun)) return AGENT.test(noun) && noun.length > 4;
  if (!wordNet.canBe(noun, 'noun')) return false;
  if (wordNet.nounAncestors(noun, 'common').has('artifact') || wordNet.nounAncestors(noun, 'made').has('conveyance')) return true;
  return wordNet.nounAncestors(noun, 'made').size > 0 && (compound || (AGENT.test(noun) && noun.length > 4) || wordNet.nounAncestors(noun, 'first').has('person'));
}

/** Whether an agent noun is known first as a person who does its deed ("the sorter", "the printer"): a whole machine named for its own job, not a part; without `agent`, any noun known first as a person ("the tugger", "the picker"), who is not the device either. */
function doer(noun: string, wordNet: WordNet, agent = true): boolean {
  return (!agent || (AGENT.test(noun) && noun.length > 4)) && wordNet.nounAncestors(noun, 'first').has('person');
}

/** Whether a noun's made sense is one of a device's workings (WORKINGS), by its nearest kinds. */
function working(noun: string, wordNet: WordNet): boolean {
  return [...wordNet.nounAncestors(noun, 'made')].some(([kind, steps]) => steps === 1 && WORKINGS.has(kind));
}

/** The stem of WordNet's verb of travelling, and of going and moving (its synonyms): a closed set naming the concept. */
const TRAVEL = stem('travel');
const GOING = new Set(['go', 'move'].map(stem));

/**
 * Whether the device goes about: one of its functions' words is a verb of travelling by its commonest
 * sense in its name ("navigate", "move", "go": travel is a close relative, or going is a synonym), so it works among
 * other machines. "Turn on", "switch off", "drive" alone, "zoom" and "pan" are no travelling.
 */
export function goesAbout(functions: readonly NormalisedFunction[], language: string, functionWords: ((name: string) => readonly string[]) | undefined, wordNet: WordNet): boolean {
  const travels = (word: string) => {
    if (!wordNet.mostlyVerb(word) || wordNet.verbSenses(word)[0]?.category !== 'motion') return false;
    const relatives = wordNet.verbRelatives(word);
    return (relatives.get(TRAVEL) ?? 0) >= 0.8 || [...GOING].some((key) => (relatives.get(key) ?? 0) >= 0.9);
  };
  // The functions' names say what each does ("move_to_shelf", "navigate_to"); a description's words also say how ("while it is moving").
  // A document in another language is read through its glosses (glossed-words.ts).
  return functions.some((fn) => (language === 'en' ? splitIdentifier(fn.name).map((word) => word.toLowerCase()) : (functionWords?.(fn.name) ?? [])).some(travels));
}

/**
 * A deed asked of a made thing that is not the device (issue #17, a wrong action is worse than a
 * question): "stop the scissor lift", "turn the extractor fan off", "halt the labeller", "stop your
 * fan", "dock the drone" said to a warehouse robot stopped or docked the robot. otherMachine above
 * reads vehicles alone; a robot goes about among machines of every kind, and a stop or switch verb
 * meets its e-stop whatever it is said of. The command's object (the noun phrase after its verb and a
 * definite determiner) is a made thing (an artifact by its commonest senses, a conveyance, or an agent noun
 * WordNet does not know: "palletiser") that no word of the document meets, nor any word before it in
 * its phrase ("the emergency stop button"), and that is none of the device's own nouns: the deed is
 * that thing's. Said with "your" too: a part the document does not name ("your fan", "your horn") is
 * not what the call works, but the device's workings are (a machine, mechanism, restraint or control
 * by WordNet's nearest kind: "kill your motors", "hit the brakes", "cut the drive").
 *
 * Only a device that goes about (goesAbout): a fixed device is chosen by what it is called, and its
 * document's words are its whole vocabulary. Kept: a deed that leaves its object as it is (otherMachine's
 * OBJECT_UNTOUCHED: "photograph the forklift"), a value the call is given. Undefined where the call stands.
 */
export function otherThing(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, kindOf: (name: string) => 'action' | 'query' | undefined, ownNouns: ReadonlySet<string>, mobile: () => boolean, selfNoun: string | undefined, wordNet: WordNet | undefined, documentWords: () => readonly string[] = () => []): string | undefined {
  if (!wordNet || !scope || result.kind !== 'call') return undefined;
  if (!result.calls.every((call) => kindOf(call.function) === 'action')) return undefined;
  const said = tokensOf(reading.text);
  let at = 0;
  while (at < said.length && (en.courtesy.has(said[at]!) || ANYONE.has(said[at]!) || /^[,;:!?.]$/.test(said[at]!))) at += 1;
  const verb = said[at];
  if (verb === undefined || en.auxiliaries.has(verb) || !wordNet.canBe(verb, 'verb')) return undefined;
  if (OBJECT_UNTOUCHED.has(wordNet.verbSenses(verb)[0]?.category ?? '')) return undefined;
  at += 1;
  if (en.verbParticles.has(said[at] ?? '')) at += 1;
  while (RECIPIENTS.has(said[at] ?? '')) at += 1;
  const determiner = said[at];
  // "take a picture", "get a shot of the jam": an indefinite object is a thing the deed makes, not one there to act on; only a definite one is.
  if (determiner === undefined || !(determiner === 'the' || en.demonstratives.has(determiner) || OWN.has(determiner))) return undefined;
  const phrase = nounPhrase(said, at + 1, wordNet);
  // "turn on the hotspot, name it Relay, password relay2026": a call given the names it sets is about the device's own settings,
  // unless the thing is joined to what is named ("connect the tablet to wifi Office2": the tablet joins, not the device).
  const named = result.calls.some((call) => Object.values(call.arguments).some((value) => typeof value === 'string'));
  if (named && !JOINED_TO.has(said[at + 1 + phrase.length] ?? '')) return undefined;
  const head = phrase.at(-1);
  if (head === undefined || ownNouns.has(head) || ownNouns.has(head.replace(/s$/, ''))) return undefined;
  const meets = (word: string) => {
    const index = scope.content.indexOf(word);
    return index >= 0 && scope.meetings[index]! >= OWN_THING;
  };
  if (phrase.some((word) => meets(word) || ownNouns.has(word)) || !(madeThing(head, wordNet, phrase.length > 1) || doer(head, wordNet, false)) || givenAsValue(result, head) || clipped(head, documentWords(), wordNet)) return undefined;
  // "kill your motors", "hit the brakes": the device's own workings; "park your trolley": a vehicle of its own (otherMachine's).
  if ((working(head, wordNet) && !doer(head, wordNet)) || (OWN.has(determiner) && isVehicle(head, wordNet)) || !mobile()) return undefined;
  return `the ${selfNoun ?? 'device'} is not the ${phrase.join(' ')}: it will not ${verb} ${OWN.has(determiner) ? 'its' : 'the'} ${phrase.join(' ')}`;
}

/** The fewest letters of a clipped word ("cam", "pic"): a shorter one spells the start of too many words. */
const CLIPPED_LENGTH = 3;

/**
 * Whether the word is the clipped start of a longer word of the document: "put the cam at ten degrees"
 * names the camera, though WordNet's "cam" is a wheel of a machine; "pic" a picture. The clipping leaves
 * off at least two letters: "car" is not "card". A clipping is the rarer spelling of its word (SemCor's
 * counts): "machine", commoner than the "machinery" a Chinese document's gloss gives, is a word of its own.
 */
function clipped(word: string, documentWords: readonly string[], wordNet: WordNet): boolean {
  return word.length >= CLIPPED_LENGTH && documentWords.some((long) => long.length >= word.length + 2 && long.startsWith(word) && wordNet.familiarity(word) < wordNet.familiarity(long));
}

/** Prepositions of where a thing is ("is the pallet on shelf 4 empty?"): a thing so placed is what the device may look at, not a machine asked of. */
const PLACED = new Set(['on', 'in', 'at', 'inside']);

/**
 * A reading asked of a made thing that is not the device: "is the scissor lift charged?", "is the
 * baler on?", "is the loading door open?" to a warehouse robot read the robot's own charge or place.
 * The question's subject (the noun phrase after its auxiliary and a definite determiner) is a made
 * thing that no word of the document meets, none of the device's own nouns nor its workings (otherThing's
 * tests), and is not placed somewhere ("is the pallet on shelf 4 empty?" asks what is there). Only a
 * device that goes about. Undefined where the call stands.
 */
export function otherThingAsked(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, kindOf: (name: string) => 'action' | 'query' | undefined, ownNouns: ReadonlySet<string>, mobile: () => boolean, selfNoun: string | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || !scope || result.kind !== 'call' || reading.mood !== 'question') return undefined;
  if (!result.calls.every((call) => kindOf(call.function) === 'query')) return undefined;
  const said = tokensOf(reading.text);
  const at = said.findIndex((word, index) => en.auxiliaries.has(word) && (said[index + 1] === 'the' || en.demonstratives.has(said[index + 1] ?? '')));
  if (at < 0) return undefined;
  const phrase = nounPhrase(said, at + 2, wordNet);
  const end = at + 2 + phrase.length;
  const head = phrase.at(-1);
  if (head === undefined || (PLACED.has(said[end] ?? '') && !/^[,;:!?.]$/.test(said[end + 1] ?? '.')) || ownNouns.has(head) || ownNouns.has(head.replace(/s$/, ''))) return undefined;
  const meets = (word: string) => {
    const index = scope.content.indexOf(word);
    return index >= 0 && scope.meetings[index]! >= OWN_THING;
  };
  if (phrase.some((word) => meets(word) || ownNouns.has(word)) || !(madeThing(head, wordNet, phrase.length > 1) || doer(head, wordNet, false)) || (working(head, wordNet) && !doer(head, wordNet)) || !mobile()) return undefined;
  return `the ${selfNoun ?? 'device'} can only tell of itself, not of the ${phrase.join(' ')}`;
}
