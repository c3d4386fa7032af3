import { en, words, type Lexicon, type WordNet } from '@meshmind/language';
import type { FunctionProfile } from './evidence';
import { openingVerb } from '../search/lexical-scorer';
import { deviceRole, joinsGoal, joinsTheDevice, othersJoining, saidTokens } from './network-role';

/**
 * Making a network against joining one. Two functions of a document can take the very same values (a
 * network's name and its password) and differ only in their deed: one joins a network that exists
 * ("connect_wifi", "join_network"), the other brings one into being that others join (an access point,
 * a hotspot). Retrieval reads "create a wifi network named X" close to joining, since "wifi network"
 * is the joiner's words too. The request's verb tells them apart: a verb of making or giving out
 * ("create", "build", "provide", "share", "broadcast") or a network said to be the device's own or new
 * asks for the maker; a verb of connecting ("join", "link", "attach") for the joiner.
 *
 * Which function joins is read from its own words (identifier glossed to English, description's lead
 * verb) through WordNet: a verb one of whose commonest senses is, or is a kind of, "connect".
 */

/** How many of a verb's commonest senses are read: later senses are rare and loose. */
const COMMON_SENSES = 4;
/**
 * How far behind the other of its pair the meant function may be and still be put ahead of it: wide,
 * since the two share every value the request gives and retrieval reads the shared words ("wifi
 * network", the name, the password) as much as the verb (0.15 left most making requests joined).
 */
const WINDOW = 0.4;
/** How far ahead of the other the meant function is put: past the doubt margin (mapper/doubtful-call.ts). */
const LEAD = 0.04;
/**
 * WordNet's anchor lemmas of the two deeds, a closed set naming concepts, not phrasings: joining is
 * "connect" (and "join", its lemma); making is "create" (the sense of "make", "build", "generate"), or
 * giving out to others (supply/provide, distribute, publicize: the senses of "offer", "share",
 * "broadcast"). WordNet's creation category as a whole is too wide: "hook" (up to a network) is in it
 * for crochet.
 */
const JOINING = new Set(['connect', 'join']);
const MAKING = new Set(['create', 'supply', 'provide', 'distribute', 'publicize']);
/**
 * WordNet's anchor lemmas of bringing a thing into operation ("start", "switch on", "begin"): a
 * network one joins already runs, so a verb that starts or switches on what it names asks for the
 * maker ("turn the hotspot on", "start hosting wifi called X"). A closed set naming concepts.
 */
const STARTING = new Set(['begin', 'start', 'start_up', 'switch_on', 'initiate']);
/** Words that say the thing does not exist yet or is the device's own ("your own wifi", "a new network"); closed: two adjectives of ownership and novelty. */
const NOT_YET_OR_OWN = new Set(['own', 'new']);

const ARTICLES: ReadonlySet<string> = en.articles;
/** How close a noun's relation to "connect" must be to be its derived noun ("connection" reads 0.81). */
const DERIVED = 0.8;

/** "a connection": the noun after a verb (past one article) that derives from connecting and is no verb itself. */
function joiningNoun(first: string, wordNet: WordNet, second: string | undefined): boolean {
  const noun = (ARTICLES.has(first) ? second : first) ?? '';
  return noun !== '' && !wordNet.isVerb(noun) && (wordNet.related(noun, 'noun').get('connect') ?? 0) >= DERIVED;
}

export interface MadeOrJoinedHit {
  id: string;
  score: number;
}

/** Whether a verb's commonest senses are, or are kinds of, connecting. */
export function joiningVerb(word: string, wordNet: WordNet): boolean {
  return wordNet
    .verbSenses(word)
    .slice(0, COMMON_SENSES)
    .some((sense) => sense.lemmas.some((lemma) => JOINING.has(lemma)) || sense.hypernyms.some((lemma) => lemma === 'connect'));
}

/** Whether a verb's commonest senses are, or are kinds of, creating something or giving it out to others. */
export function makingVerb(word: string, wordNet: WordNet): boolean {
  if (joiningVerb(word, wordNet)) return false;
  return wordNet
    .verbSenses(word)
    .slice(0, COMMON_SENSES)
    .some((sense) => [...sense.lemmas, ...sense.hypernyms].some((lemma) => MAKING.has(lemma)));
}

/**
 * Whether a verb's commonest senses are, or are kinds of, starting something or switching it on. A
 * sense of moving is not one by sharing the word: "jump" is "start" as a startle ("jump onto the wifi
 * Falcon" starts nothing), and "start" as departing is no bringing into operation. A kind of starting
 * up still is, whatever its category: "restart" (WordNet files it with motion, under "start_up").
 */
export function startingVerb(word: string, wordNet: WordNet): boolean {
  return wordNet
    .verbSenses(word)
    .slice(0, COMMON_SENSES)
    .some((sense) => (sense.category !== 'motion' && sense.lemmas.some((lemma) => STARTING.has(lemma))) || sense.hypernyms.some((lemma) => STARTING.has(lemma)));
}

/** Whether a verb is one of being or becoming ("be", "become"): its complement is what the device is (mapper/network-role.ts). */
function becomingVerb(word: string, wordNet: WordNet): boolean {
  return word === 'be' || (wordNet.verbSenses(word)[0]?.lemmas.includes('become') ?? false);
}

/** The first word of the request that can only be read as its verb: past courtesy and pronouns ("could you", "please"). */
function leadVerb(text: string, wordNet: WordNet): string | undefined {
  for (const word of words(text.toLowerCase())) {
    if (!wordNet.isKnown(word)) continue;
    if (wordNet.isVerb(word) && wordNet.mostlyVerb(word)) return word;
    if (wordNet.canBe(word, 'noun') || wordNet.canBe(word, 'adj')) return undefined;
  }
  return undefined;
}

/** Which of a pair the request asks for: the maker, the joiner, or neither said. */
export function askedDeed(text: string, wordNet: WordNet): 'make' | 'join' | undefined {
  const verb = openingVerb(text, { wordNet } as Lexicon) ?? leadVerb(text, wordNet);
  const tokens = saidTokens(text);
  // "let the scanners connect to you", "I want to connect my tablet to you": a joining whose goal is the device itself is others joining it, which the maker serves.
  if (tokens.some((token, at) => joiningVerb(token.word, wordNet) && joinsTheDevice(tokens, at))) return 'make';
  if (verb && joiningVerb(verb, wordNet)) return 'join';
  const said = words(text.toLowerCase());
  // "establish a connection with X": a verb of making whose object is the noun of joining makes the joining.
  if (verb && makingVerb(verb, wordNet) && joiningNoun(said[said.indexOf(verb) + 1] ?? '', wordNet, said[said.indexOf(verb) + 2])) return 'join';
  // "be the wifi for the team", "serve as an access point": the device as a network is the maker; "become a client of the network Pewter" joins (mapper/network-role.ts).
  const verbAt = verb ? tokens.findIndex((token) => token.word === verb) : -1;
  const role = verbAt >= 0 ? deviceRole(tokens, verbAt, (word) => becomingVerb(word, wordNet)) : undefined;
  if (role) return role;
  // "hop onto the Marlin wifi", "move your connection to Orchid": a verb that neither makes nor starts, taking the device to a network already there, joins it.
  const particleMakes = (particle: string) => startingVerb(`${verb}_${particle}`, wordNet) || makingVerb(`${verb}_${particle}`, wordNet);
  const phrasalMakes = verbAt >= 0 && en.verbParticles.has(tokens[verbAt + 1]?.word ?? '') && particleMakes(tokens[verbAt + 1]!.word); // "hand out wifi to the scanners"
  if (verb && !phrasalMakes && !makingVerb(verb, wordNet) && !startingVerb(verb, wordNet) && joinsGoal(tokens, verbAt, wordNet, particleMakes)) return 'join';
  // "make sure you are connected to DockNet": a joining said anywhere leaves the deed unsaid, unless it is others' ("host it so the scanners can connect", "a wifi to join").
  if (tokens.some((token, at) => !(token.capital && at > 0) && wordNet.mostlyVerb(token.word) && joiningVerb(token.word, wordNet) && !othersJoining(tokens, at, wordNet))) return undefined; // not a name ("named Link")
  // "set up a hotspot": WordNet's phrasal lemma ("set_up", a sense of establishing) where the verb alone says less.
  const at = verb ? said.indexOf(verb) : -1;
  const particle = verb ? said[at + 1] : undefined;
  const phrasal = verb && particle && en.verbParticles.has(particle) ? `${verb}_${particle}` : undefined;
  // "turn the hotspot on": a particle after a short object is the verb's too (two words at most: a closed reach).
  const late = verb ? said.slice(at + 2, at + 4).find((word) => en.verbParticles.has(word)) : undefined;
  const starts = [verb, phrasal, late && `${verb}_${late}`].some((form) => form !== undefined && startingVerb(form, wordNet));
  // "host a network called X", "become a hotspot": a network said with an indefinite article is not one that already exists to be joined.
  const object = said[at + (phrasal ? 2 : 1)];
  // Not after "on" ("get on a network called X"): that particle says where to, which is joining.
  const indefinite = verb !== undefined && particle !== 'on' && (object === 'a' || object === 'an');
  return (verb && makingVerb(verb, wordNet)) || (phrasal && makingVerb(phrasal, wordNet)) || starts || indefinite || said.some((word) => NOT_YET_OR_OWN.has(word)) ? 'make' : undefined;
}

/** Pairs of functions that take the same text values, one of which joins and the other does not. */
export class MadeOrJoined {
  /** The joiner of each pair, keyed by the maker; and the reverse. */
  private readonly joinerOf = new Map<string, string>();
  private readonly makerOf = new Map<string, string>();

  constructor(
    profiles: Iterable<FunctionProfile>,
    private readonly wordNet: WordNet | undefined,
  ) {
    if (!wordNet) return;
    const bySignature = new Map<string, FunctionProfile[]>();
    for (const profile of profiles) {
      const parameters = profile.fn.parameters;
      if (parameters.length === 0 || !parameters.every((parameter) => parameter.type === 'string')) continue;
      const signature = `${parameters.length}`;
      bySignature.set(signature, [...(bySignature.get(signature) ?? []), profile]);
    }
    for (const group of bySignature.values()) {
      if (group.length !== 2) continue;
      const joins = group.map((profile) => profile.actionWords.some((word) => joiningVerb(word, wordNet)));
      if (joins[0] === joins[1]) continue;
      const joiner = group[joins[0] ? 0 : 1]!.fn.name, maker = group[joins[0] ? 1 : 0]!.fn.name;
      this.joinerOf.set(maker, joiner);
      this.makerOf.set(joiner, maker);
    }
  }

  /** Puts the function of a pair the request's deed names ahead of the other where it was close behind it. Scores change in place. */
  adjust(hits: MadeOrJoinedHit[], text: string): void {
    if (this.joinerOf.size === 0) return;
    const leader = hits[0];
    if (!leader) return;
    if (!this.joinerOf.has(leader.id) && !this.makerOf.has(leader.id)) return;
    const deed = askedDeed(text, this.wordNet!);
    const wanted = deed === 'make' ? this.makerOf.get(leader.id) : deed === 'join' ? this.joinerOf.get(leader.id) : undefined;
    if (wanted) this.raise(hits, wanted, leader.score);
  }

  /** Puts `wanted` just ahead of the leader where it was within the window behind it. */
  private raise(hits: MadeOrJoinedHit[], wanted: string, lead: number): void {
    const hit = hits.find((each) => each.id === wanted);
    if (!hit || hit.score < lead - WINDOW) return;
    hit.score = lead + LEAD;
    hits.sort((left, right) => right.score - left.score);
  }
}
