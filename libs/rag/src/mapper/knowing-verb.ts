import { en, stem, type Lexicon, type WordNet } from '@meshmind/language';
import { openingVerb } from '../search/lexical-scorer';
import type { FunctionProfile } from './evidence';
import { LIGHT_VERB_SENSES } from './function-kind';

/**
 * WordNet's lexicographer files of verbs that yield knowledge: seeing, looking, checking, scanning
 * (perception); identifying, determining, reading, examining (cognition).
 */
const KNOWING_CATEGORIES: ReadonlySet<string> = new Set(['perception', 'cognition']);
/** A verb of one sense read through its broader verb may land on one that tells ("inventory" is a kind of "list"). */
const BROADER_KNOWING_CATEGORIES: ReadonlySet<string> = new Set([...KNOWING_CATEGORIES, 'communication']);
/**
 * Files of verbs that change or make something: a perception verb that is a kind of one changes what
 * is perceived ("dim" < "change intensity", "mute" < "soften"), a cognition verb that is a kind of one
 * makes something ("chart" < "map").
 */
const CHANGING_CATEGORIES: ReadonlySet<string> = new Set(['change', 'creation']);
const PARTICLES: ReadonlySet<string> = new Set(en.phrasalParticles);

/** How many steps up WordNet's verb hierarchy the broader verbs are read. */
const BROADER_STEPS = 4;

/** The files of the broader verbs of a verb's commonest sense, nearest first, each read by its own commonest sense. */
function broaderCategories(wordNet: WordNet, hypernyms: readonly string[]): string[] {
  const categories: string[] = [];
  const seen = new Set<string>();
  let next = hypernyms[0];
  while (next !== undefined && !seen.has(next) && categories.length < BROADER_STEPS) {
    seen.add(next);
    const sense = wordNet.verbSenses(next.replace(/_/g, ' '))[0];
    if (!sense) break;
    categories.push(sense.category);
    next = sense.hypernyms[0];
  }
  return categories;
}

/**
 * Whether a command asks to be told something: "identify the empty slots of shelf 1", "look for
 * vacancies on shelf 14", "take an inventory of shelf 12" (the light verb's noun stands in the verb's
 * place in the retrieval text: light-verbs.ts). What is wanted is information about the object, as
 * from a question, not a move to the object: as a question is, such a command is not answered by a
 * function that moves the device (knowingSign below; the mood weight of api-mapper.ts). The verb's commonest WordNet sense says it (its lexicographer file:
 * perception or cognition, and no kind of changing or making); a verb of one sense is also read
 * through its broader verb, where that verb tells ("inventory" < "list", a verb of communication).
 * Light verbs ("take", "get", "make", "go") say too little of what is done to count, and a verb with a
 * particle ("look up", "check off") is another verb.
 */
export function asksToKnow(query: string, lexicon: Lexicon | undefined): boolean {
  const wordNet = lexicon?.wordNet;
  const verb = wordNet && openingVerb(query, lexicon);
  if (!wordNet || !verb) return false;
  const list = query.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  const at = list.indexOf(verb);
  // "check off", "look up" are other verbs; "check on the garage" is no verb of WordNet's: "on" is a preposition there.
  const particle = list[at + 1] ?? '';
  if (PARTICLES.has(particle) && wordNet.verbSenses(`${verb} ${particle}`).length > 0) return false;
  const senses = wordNet.verbSenses(verb);
  const commonest = senses[0];
  if (!commonest || senses.length >= LIGHT_VERB_SENSES) return false;
  const broader = broaderCategories(wordNet, commonest.hypernyms);
  if (broader.some((category) => CHANGING_CATEGORIES.has(category))) return false;
  if (KNOWING_CATEGORIES.has(commonest.category)) return true;
  return senses.length === 1 && broader.some((category) => BROADER_KNOWING_CATEGORIES.has(category));
}

/** The file of verbs of changing something ("calibrate", "update", "heat"). */
const CHANGE_CATEGORY = 'change';

/**
 * Whether a verb's commonest sense changes something: filed among verbs of change, or a kind of one
 * ("calibrate" < "adjust", "clean" < "change"). Verbs of making are left out: "print the report" and
 * "write it down" make a copy of what is read. Light verbs ("make", "get") say too little.
 */
export function changesSomething(verb: string, wordNet: WordNet): boolean {
  const senses = wordNet.verbSenses(verb);
  const commonest = senses[0];
  if (!commonest || senses.length >= LIGHT_VERB_SENSES) return false;
  return commonest.category === CHANGE_CATEGORY || broaderCategories(wordNet, commonest.hypernyms).includes(CHANGE_CATEGORY);
}

/** The file of verbs of going somewhere: "move", "navigate", "drive", "return", "halt". */
const MOTION_CATEGORY = 'motion';
const moving = new WeakMap<FunctionProfile, boolean>();

/**
 * Whether a function moves the device: a verb of its identifier (glossed to English: evidence.ts) is
 * mostly said as a verb and has its commonest WordNet sense among verbs of motion. Nouns that have a
 * motion sense too ("position", "speed", "rack") and light verbs ("go" in "go_charge") say too little.
 */
function movesDevice(profile: FunctionProfile, wordNet: WordNet): boolean {
  let found = moving.get(profile);
  if (found === undefined) {
    found = profile.actionWords.some((word) => {
      const lower = word.toLowerCase();
      if (!profile.nameStems.has(stem(lower)) || !wordNet.mostlyVerb(lower)) return false;
      const senses = wordNet.verbSenses(lower);
      return senses.length > 0 && senses.length < LIGHT_VERB_SENSES && senses[0]!.category === MOTION_CATEGORY;
    });
    moving.set(profile, found);
  }
  return found;
}

/**
 * How a function answers a request that asks to be told: a function that moves the device does not
 * tell anything, whatever the object it moves to (-1); any other is left to the rest of the ranking (0).
 */
export function knowingSign(profile: FunctionProfile, lexicon: Lexicon | undefined): -1 | 0 {
  const wordNet = lexicon?.wordNet;
  return wordNet && movesDevice(profile, wordNet) ? -1 : 0;
}

/**
 * Whether a command to be told names only its thing, with no clause after it: "check the garage
 * door", "inspect the valve", "check on the lock". What is wanted is the thing's state, as from a
 * question, so no function its document declares an action may answer it (changesWithoutKnowing).
 * A clause after the thing ("ensure the door is locked", "see that it stays shut", "remember to
 * lock it") may ask for a deed: linking verbs and "to" (a closed class) leave the ranking as it is.
 */
export function checksTheThing(query: string, lexicon: Lexicon | undefined): boolean {
  const wordNet = lexicon?.wordNet;
  const verb = wordNet && openingVerb(query, lexicon);
  if (!wordNet || !verb || !wordNet.mostlyVerb(verb) || !asksToKnow(query, lexicon)) return false;
  const commonest = wordNet.verbSenses(verb)[0]!;
  if (![...commonest.lemmas, ...commonest.hypernyms].some((lemma) => EXAMINING.has(lemma))) return false;
  const list = query.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  // "check apples off the list": the particle later on makes it another verb ("check off").
  if (list.some((word) => PARTICLES.has(word) && wordNet.verbSenses(`${verb} ${word}`).length > 0)) return false;
  return !list.some((word) => LINKING.has(word) || CLAUSE_OPENERS.has(word) || word.endsWith("'s"));
}

/**
 * WordNet's verbs of looking into a thing's state, the concepts a checking verb's commonest sense is
 * or is a kind of ("check" < "examine", "inspect" < "examine", "monitor" < "observe", "verify"). A
 * closed set of three synsets' heads, not of phrasings: a verb of perception that is no such kind
 * ("flick" < "flash", "see" < "perceive") may be said of a deed.
 */
const EXAMINING: ReadonlySet<string> = new Set(['examine', 'verify', 'observe']);

/** Words that open a clause after a command's object: "to" of an infinitive, "that", "if", "whether" (a closed class). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['to', 'that', 'if', 'whether']);
const LINKING: ReadonlySet<string> = en.linkingVerbs;

/** Whether a function answers no command to be told its thing's state (checksTheThing): a declared action that does no knowing deed. */
export function changesOnly(profile: FunctionProfile, lexicon: Lexicon | undefined): boolean {
  return lexicon?.wordNet !== undefined && changesWithoutKnowing(profile, lexicon.wordNet);
}

const knowingDeeds = new WeakMap<FunctionProfile, boolean>();

/**
 * Whether a function its document declares an action does no knowing deed: no verb of its name has
 * its commonest sense among verbs of perception or cognition ("stop_door", "open_valve" change the
 * device; a "scan_shelf" or "inspect_pipe" would tell). "check the garage door" asks for its state,
 * and WordNet's rarer sense of "check" (to halt) must not make it stop the door. Only declared kinds:
 * a kind guessed from a vendor's identifier is no ground to lower it.
 */
function changesWithoutKnowing(profile: FunctionProfile, wordNet: WordNet): boolean {
  if (profile.fn.kind !== 'action') return false;
  let knows = knowingDeeds.get(profile);
  if (knows === undefined) {
    knows = profile.actionWords.some((word) => {
      const lower = word.toLowerCase();
      if (!profile.nameStems.has(stem(lower))) return false;
      const commonest = wordNet.verbSenses(lower)[0];
      return commonest !== undefined && KNOWING_CATEGORIES.has(commonest.category);
    });
    knowingDeeds.set(profile, knows);
  }
  return !knows;
}
