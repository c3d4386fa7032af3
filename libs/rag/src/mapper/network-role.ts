import { en, enReference, isStopword, type WordNet } from '@meshmind/language';

/**
 * Where the device stands to a network, read from how the request places it (mapper/made-or-joined.ts
 * reads the deed from the verb; these read what the verb's words around it say where the verb alone
 * says neither joining nor making):
 *
 * - **A goal**: "hop onto the Marlin wifi", "log yourself in to network Hemlock", "swap over to the
 *   Teal network", "jump on the wifi Falcon". A verb that takes the device to, into or onto a
 *   network that is already there (said with a definite determiner, or by its name) asks to join it.
 *   One brought into being is said with an indefinite article ("turn into a wireless router") or is
 *   the device's own mode ("go into AP mode", "switch to access point mode"): no name ends that phrase.
 * - **A role**: "be the wifi for the yard team", "become a hotspot", "serve as an access point",
 *   "share your connection as a hotspot". The device that becomes or acts as a network is the network
 *   others join: the maker. A role of membership ("become a client of the network Pewter", "part of
 *   it") joins: what the device becomes is of the network.
 * - **Others' joining**: "give the tablets a wifi to join", "open a network that others can join",
 *   "I want to connect my tablet to you". A joining whose subject is someone else (after a modal with a
 *   subject not the device, an infinitive of purpose after a noun, or with the device as its goal)
 *   says what the network is for, not what the device does.
 *
 * Word classes only (prepositions of destination, determiners, modals, pronouns); the verbs are read
 * through WordNet by the caller.
 */

export interface SaidToken {
  /** Lower case, without the punctuation around it. */
  word: string;
  /** Written with a capital letter. */
  capital: boolean;
  /** Punctuation follows it: the phrase ends there. */
  pause: boolean;
}

/** The request's words with what the lower-cased word list loses: capitals and pauses. */
export function saidTokens(text: string): SaidToken[] {
  return text
    .split(/\s+/)
    .map((raw) => {
      const core = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      return { word: core.toLowerCase(), capital: /^\p{Lu}/u.test(core), pause: /[,;:.!?)]$/u.test(raw) };
    })
    .filter((token) => token.word !== '');
}

/** Prepositions of destination: the device goes to, into or onto the network, or in ("log in to"): English's path prepositions. */
const GOAL = new Set([...en.pathPrepositions.goal, ...en.pathPrepositions.goalInCommands, 'in']);
/** Determiners of a thing already there and not the device's own ("the", "my phone's"): not "your", not "a". */
const DEFINITE = new Set<string>(['the', ...en.speakerPossessives, ...en.thirdPersonPossessives, 'this', 'that']);
const ADDRESSEE = new Set(['you', 'yourself', 'u']);
const INDEFINITE = new Set(['a', 'an']);
/** Adverbial particles of a verb of going ("swap over to", "get back on", "log in to"): closed class. */
const PARTICLES = new Set([...en.verbParticles, 'over', 'back', 'in', 'across', 'along', 'right', 'straight']);
/** Modal auxiliaries: "the scanners can connect" (English's closed class, as the speaker's own deed reads them). */
const MODALS = new Set([...enReference.speakersOwnDeed.modals, 'would', 'should']);
/** How many words may stand between the verb and its goal ("get yourself over to Orchid"). */
const REACH = 3;
/** The preposition of a role ("act as a hotspot") and of membership ("a client of the network"). */
const ROLE = 'as';
const MEMBERSHIP = 'of';

/** A word that names rather than describes: capitalised past the first word, with a digit, or no word of the dictionary ("Tern-B", "wifi"). */
function nameLike(token: SaidToken, at: number, wordNet: WordNet): boolean {
  return (token.capital && at > 0) || /\d/.test(token.word) || (!wordNet.isKnown(token.word) && !isStopword(token.word));
}

/**
 * Whether the phrase after a preposition of destination is a network already there: opened by a
 * definite determiner or a possessive, or a name (past one common noun: "network Hemlock") that ends
 * its phrase ("AP mode" is a mode, not a network called AP).
 */
function existingGoal(tokens: readonly SaidToken[], from: number, wordNet: WordNet): boolean {
  const first = tokens[from];
  if (!first || ADDRESSEE.has(first.word)) return false;
  if (DEFINITE.has(first.word) || first.word.endsWith("'s")) return true;
  const at = !nameLike(first, from, wordNet) && !first.pause && wordNet.canBe(first.word, 'noun') ? from + 1 : from;
  const name = tokens[at];
  if (!name || !nameLike(name, at, wordNet)) return false;
  const next = tokens[at + 1];
  return name.pause || next === undefined || !(wordNet.canBe(next.word, 'noun') && !nameLike(next, at + 1, wordNet));
}

/**
 * Whether the verb at `verbAt` takes the device to a network already there: a preposition of
 * destination within a few words of it (not past a pause or an indefinite article, which opens a thing
 * to be made: "give the tablets a wifi to join"), then a definite or named network.
 * `particleStarts` says whether the verb with a particle is a verb of starting ("turn on"): that
 * particle is the verb's, not a preposition.
 */
export function joinsGoal(tokens: readonly SaidToken[], verbAt: number, wordNet: WordNet, particleStarts: (particle: string) => boolean): boolean {
  const verb = tokens[verbAt]?.word ?? '';
  // "are you on the Depot network?", "did you connect to it?": an auxiliary asks, it takes nobody anywhere ("be on the network" does).
  if (verb !== 'be' && en.auxiliaries.has(verb)) return false;
  for (let at = verbAt + 1; at <= verbAt + 1 + REACH && at < tokens.length; at += 1) {
    const token = tokens[at]!;
    if (GOAL.has(token.word)) {
      if (at === verbAt + 1 && particleStarts(token.word)) return false;
      let goal = at;
      while (GOAL.has(tokens[goal + 1]?.word ?? '')) goal += 1; // "log in to", "hop on to"
      return !tokens[goal]!.pause && existingGoal(tokens, goal + 1, wordNet);
    }
    // Only the device goes: past a particle ("swap over to", "log in to") or the device itself ("get yourself on"); an object
    // between ("put the scanner on the Depot network", "change the wifi password to rover99") is what goes or changes.
    if (token.pause || !(ADDRESSEE.has(token.word) || PARTICLES.has(token.word))) return false;
  }
  return false;
}

/**
 * The device's role, said after a verb of being or becoming ("be the wifi", "become a hotspot", "turn
 * into a router") or after "as" ("serve as an access point", "use you as their wifi"): 'make', or
 * 'join' where the role is of the network ("become a client of the network Pewter").
 * `becoming` says whether a verb is one of being or becoming (read through WordNet by the caller).
 */
export function deviceRole(tokens: readonly SaidToken[], verbAt: number, becoming: (verb: string) => boolean): 'make' | 'join' | undefined {
  const verb = tokens[verbAt]?.word;
  if (verb === undefined) return undefined;
  let complement: number | undefined;
  if (becoming(verb) && !GOAL.has(tokens[verbAt + 1]?.word ?? '')) complement = verbAt + 1;
  else if (tokens[verbAt + 1]?.word === 'into' && INDEFINITE.has(tokens[verbAt + 2]?.word ?? '')) complement = verbAt + 2;
  for (let at = verbAt + 1; complement === undefined && at <= verbAt + 1 + REACH && at < tokens.length; at += 1) {
    const token = tokens[at]!;
    const after = tokens[at + 1]?.word ?? '';
    if (token.word === ROLE && (INDEFINITE.has(after) || ADDRESSEE.has(tokens[at - 1]!.word))) complement = at + 1;
    if (token.pause) break;
  }
  if (complement === undefined) return undefined;
  for (let at = complement; at <= complement + REACH && at < tokens.length; at += 1) {
    if (tokens[at]!.word === MEMBERSHIP) return 'join';
    if (tokens[at]!.pause) break;
  }
  const opener = tokens[complement]?.word ?? '';
  return INDEFINITE.has(opener) || opener === 'the' || en.possessives.has(opener) ? 'make' : undefined;
}

/** The prepositions a joining takes its goal with (closed class): "connect to you", "link with you". */
const GOAL_LINKS = new Set(['to', 'with', 'into', 'onto']);

/** Whether the joining word at `at` has the device as its goal, past a short object ("connect to you", "connect my tablet to you"), or as its object ("join you"). */
export function joinsTheDevice(tokens: readonly SaidToken[], at: number): boolean {
  // "let people join you on a network": the device as the object joined ("connect you to X" takes the device to X).
  const object = tokens[at + 1]?.word ?? '', then = tokens[at + 2]?.word ?? '';
  if ((object === 'you' || object === 'u') && !GOAL_LINKS.has(then) && !GOAL.has(then)) return true;
  for (let next = at + 1; next <= at + 1 + REACH && next < tokens.length - 1; next += 1) {
    if (GOAL_LINKS.has(tokens[next]!.word) && ADDRESSEE.has(tokens[next + 1]!.word)) return true;
    if (tokens[next]!.pause) break;
  }
  return false;
}

/**
 * Whether the joining word at `at` is someone else's: after a modal whose subject is not the device
 * ("the scanners can connect"), an infinitive of purpose after a noun ("a wifi to join"), or with the
 * device as its goal ("connect my tablet to you").
 */
export function othersJoining(tokens: readonly SaidToken[], at: number, wordNet: WordNet): boolean {
  const before = tokens[at - 1]?.word ?? '';
  const subject = tokens[at - 2]?.word ?? '';
  if (MODALS.has(before) && subject !== '' && !ADDRESSEE.has(subject) && !MODALS.has(subject)) return true;
  if (before === 'to' && subject !== '' && !ADDRESSEE.has(subject) && !wordNet.mostlyVerb(subject) && !en.auxiliaries.has(subject)) return true;
  return joinsTheDevice(tokens, at);
}
