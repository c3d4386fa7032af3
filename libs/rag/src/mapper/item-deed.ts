import { en, enPlanning, enReference, fillTemplate, isFunctionWord, isStopword, splitIdentifier, stem, type Lexicon, type RequestReading } from '@meshmind/language';
import type { NormalisedDocument, NormalisedFunction } from '../api-document';
import { isNameOrSecret, takesOneItem } from '../arguments/list-items';
import type { MapResult } from './api-mapper-options';
import type { FunctionViews } from './function-views';
import { LIGHT_VERB_SENSES } from './function-kind';
import { asksIndirectly } from './indirect-question';
import { asksToKnow } from './knowing-verb';
import { lackedFeatureReason } from './lacking-feature';
import type { Path } from './path';
import { callsByName, documentWords } from './scope';
import type { SelfReferences } from './self-references';
import { clauses, commandCore, type CommandCore, type UnaccountedCore } from './unaccounted-word';
import { quotedStrings } from '../arguments/string-values';
import { throughListedObjects } from './listed-objects';

/**
 * The deed of a command to a device that keeps free-text items (a to-do or shopping list), read from
 * its verb (issue #17, wrong actions). Any words may be an item, so neither the scope check
 * (mapper/scope.ts vouches for every request to such a device) nor mapper/unaccounted-word.ts (which
 * never judges a function that takes an item) can tell "sort the list alphabetically" from "tick off
 * the eggs": both reach the list's functions through the object alone, and the first ticked off an
 * item called "out the list alphabetically". What such a command asks is said by its verb. A call
 * stands where the verb of some clause is one the chosen function accounts for:
 *
 * - the function's own words meet it, by WordNet's close relations ("erase" deletes, "check off" ticks,
 *   "finish" completes), or meet its particle ("cross off": the item goes off the list);
 * - it says little by itself (a light verb: "get", "take", "make"), so its object or particle says it;
 * - it places or moves a thing (WordNet files its commonest sense under contact or motion: "stick",
 *   "chuck", "pop", "scratch") along the path the function gives its item: "pop yoghurt on the list"
 *   adds as "add" does, since the phrase right after the object is the list, onto or off it;
 * - for a reading function, it asks to be told (mapper/knowing-verb.ts, "see what's on it", "tell me").
 *
 * A verb that is a synonym of another function's deed (its name's words, the verb its notes open
 * with) names that function, in any reading, whatever its path: "erase eggs from the list" deletes
 * them, it ticks nothing off; asked, not done. WordNet's verb of several words is read before its
 * light first word ("get rid of the eggs" removes them). The list itself is no item: "check my
 * shopping list" ticks off nothing.
 *
 * Otherwise the verb names a deed no function does ("sort", "share", "print", "order", "translate")
 * and the call is declined with what the device can do. Not judged: a question, a device called by
 * a name of its own, a verb that is itself a word of the item taken ("milk please"), and a request
 * that opens with no verb ("I bought the eggs", "we need soap").
 */

const GOAL = new Set([...en.pathPrepositions.goal, ...en.pathPrepositions.goalInCommands]);
const SOURCE = new Set(en.pathPrepositions.source);
const SPEAKER_OBJECTS = new Set<string>(enReference.viewing.speakerObjects);
/** "everything", "all", "anything": the whole of what is there, never one thing moved onto a list (a closed class of pronouns). */
const WHOLE = new Set<string>([...enPlanning.questions.all.quantifiers, ...enPlanning.questions.any.quantifiers]);

export class ItemDeeds {
  /** Per function, the stems of the words that say what it does (see ownWords). */
  private readonly owned: Map<string, Set<string>>;
  /** Per function, the stems of its deed: its name's words and the verb its notes open with ("Deletes an item ..."). */
  private readonly deeds: Map<string, Set<string>>;
  private readonly takesItems: boolean;

  constructor(
    private readonly document: NormalisedDocument,
    views: FunctionViews,
    private readonly lexicon: Lexicon | undefined,
    /** The single words of the device's nouns ("shopping", "list"). */
    private readonly deviceNouns: ReadonlySet<string>,
    /** Each function's path for its object (mapper/path.ts): +1 onto the device, -1 off it. */
    private readonly paths: ReadonlyMap<string, Path>,
    private readonly selfNoun: string | undefined,
  ) {
    this.owned = new Map(document.functions.map((fn, position) => [fn.name, ownWords(document, views, position, deviceNouns)]));
    this.deeds = new Map(document.functions.map((fn) => [fn.name, new Set([...splitIdentifier(fn.name), ...(fn.description.match(/^\p{L}+/u) ?? [])].map((word) => stem(word.toLowerCase())))]));
    // A device that keeps the items it takes (a state that is a list of words): a single text value of another device ("brew a latte", an input's name) says what it is, not a deed.
    this.takesItems = document.functions.some((fn) => takesOneItem(fn.parameters, isNameOrSecret)) && Object.values(document.state ?? {}).some((field) => field.type === 'string_list');
  }

  /** The core of a command whose verb the call does not account for, in every reading of the request, with the answer; else undefined. */
  read(result: MapResult, readings: readonly RequestReading[], references: SelfReferences | undefined): UnaccountedCore | undefined {
    const wordNet = this.lexicon?.wordNet;
    if (!wordNet || !this.takesItems || result.kind !== 'call' || result.calls.length === 0) return undefined;
    const names = new Set(result.calls.map((call) => call.function));
    const fn = names.size === 1 ? this.document.functions.find((each) => each.name === [...names][0]) : undefined;
    if (!fn) return undefined;
    const taken = result.calls.flatMap((call) => Object.values(call.arguments)).filter((value) => typeof value === 'string').flatMap((value) => String(value).toLowerCase().split(/[^\p{L}'-]+/u));
    const cored = readings.map((reading) => ({ reading, cores: clauses(reading.text).map((clause, at, all) => ({ clause, core: commandCore(clause, wordNet), through: throughListedObjects(all, at, (other) => commandCore(other, wordNet) !== undefined) })).filter((each) => each.core !== undefined) }));
    if (cored.some(({ reading }) => reading.mood === 'question' || callsByName(reading.text, references))) return undefined;
    // "erase eggs from the list" ticked them off: a verb that names another function's deed, in any reading, says that function.
    for (const { cores } of cored) {
      const other = cores.length > 0 ? this.otherDeed(fn, cores[0]!.core!, cores[0]!.clause) : undefined;
      if (other) return { unmet: [other.verb], opposite: fn.name.replace(/_/g, ' '), reason: fillTemplate(SAY_OTHER, { verb: other.verb, other: other.name.replace(/_/g, ' '), chosen: fn.name.replace(/_/g, ' ') }) };
    }
    let found: CommandCore | undefined;
    for (const { reading, cores } of cored) {
      if (cores.length === 0) return undefined;
      if (cores.some(({ clause, core, through }) => this.accounts(fn, core!, clause, reading, taken, through))) return undefined;
      found ??= cores[0]!.core;
    }
    if (!found) return undefined;
    const deed = found.object ? `${found.verb} the ${[...found.modifiers, found.object].join(' ')}` : found.verb;
    return { unmet: [deed], opposite: fn.name.replace(/_/g, ' '), reason: lackedFeatureReason({ deed }, this.selfNoun, this.document.functions) };
  }

  /** The stems a verb meets: its own, its opposites' and its WordNet relations of at least `least`. */
  private keys(word: string, least: number): string[] {
    const wordNet = this.lexicon!.wordNet!;
    const found = new Set([stem(word), ...wordNet.antonyms(word)]);
    for (const [key, weight] of wordNet.related(word, 'verb')) if (weight >= least) found.add(key);
    for (const [key, weight] of wordNet.verbRelatives(word)) if (weight >= least) found.add(key);
    return [...found];
  }

  /**
   * The other function whose deed the clause's verb names by a synonym ("erase" deletes: remove_item),
   * where the chosen function's own words do not meet it; WordNet's verb of several words first ("get
   * rid of" removes). Never a light verb, whose synonyms are everything ("take" is to read).
   */
  private otherDeed(fn: NormalisedFunction, core: CommandCore, clause: string): { name: string; verb: string } | undefined {
    const wordNet = this.lexicon!.wordNet!;
    const own = this.owned.get(fn.name)!;
    const idiom = longerVerb(clause, wordNet);
    const [bare] = core.verb.split(' ') as [string];
    const verbs = idiom ? [idiom] : wordNet.verbSenses(bare).length >= LIGHT_VERB_SENSES ? [] : [core.verb, bare];
    // "remove soap from my shopping list": the very verb of one other function's deed names it, whatever relation it also has to the chosen one's words ("moves it to the completed items").
    const exact = idiom || verbs.length === 0 || this.deeds.get(fn.name)!.has(stem(bare)) ? [] : [...this.deeds].filter(([other, deed]) => other !== fn.name && deed.has(stem(bare)));
    if (exact.length === 1) return { name: exact[0]![0], verb: bare };
    const keys = verbs.flatMap((verb) => this.keys(verb, SYNONYM));
    if (keys.length === 0 || verbs.some((verb) => this.keys(verb, MEETING).some((key) => own.has(key)))) return undefined;
    const name = [...this.deeds].find(([other, deed]) => other !== fn.name && keys.some((key) => deed.has(key) && !own.has(key)))?.[0];
    return name === undefined ? undefined : { name, verb: verbs[0]! };
  }

  /** Whether the function accounts for the verb of one clause (the rules above). */
  private accounts(fn: NormalisedFunction, core: CommandCore, clause: string, reading: RequestReading, taken: readonly string[], through = clause): boolean {
    const wordNet = this.lexicon!.wordNet!;
    const [bare] = core.verb.split(' ') as [string];
    // "text the shopping list to my wife", "check my shopping list": the list itself is no item to add, tick or remove.
    // "go through the list for me": the words of the verb of several words ("go through") are no item's either.
    const verbWords = new Set(longerVerb(clause, wordNet)?.split(' ') ?? []);
    const onDevice = fn.parameters.length > 0 && (this.isDevice(core.object) || (taken.length > 0 && taken.every((word) => closed(word) || verbWords.has(word) || this.isDevice(word))));
    if (onDevice) return false;
    if (taken.includes(bare) || wordNet.verbSenses(bare).length >= LIGHT_VERB_SENSES) return true;
    const own = this.owned.get(fn.name)!;
    const meets = (word: string) => this.keys(word, MEETING).some((key) => own.has(key));
    const idiom = longerVerb(clause, wordNet);
    if (idiom !== undefined && meets(idiom)) return true;
    const particle = core.particle ?? particleAfterPronoun(clause);
    if (meets(core.verb) || meets(bare) || (particle !== undefined && own.has(stem(particle)))) return true;
    // "stick coffee on the list", "include dog food on the list": the phrase after a thing said names the list, in the direction the function moves its item;
    // after the items said as a list, too ("put oranges, apples and grapes on the list": mapper/listed-objects.ts).
    const path = this.paths.get(fn.name) ?? 0;
    if (path !== 0 && verbPath(through, this.deviceNouns) === path) return true;
    if (fn.kind !== 'query') return false;
    return asksToKnow(reading.text, this.lexicon) || asksIndirectly(reading.words, wordNet) || toSpeaker(clause);
  }

  private isDevice(word: string | undefined): boolean {
    return word !== undefined && (this.deviceNouns.has(word) || [...this.deviceNouns].some((noun) => stem(noun) === stem(word)));
  }
}

/** A relation as close as a derivation or a synonym (unsupported-command.ts's support meeting). */
const MEETING = 0.75;
/** WordNet's same synset. */
const SYNONYM = 0.9;
/** The answer where the verb names another function's deed than the one the words reached. */
const SAY_OTHER = '"{verb}" is what {other} does, not {chosen}; please say which you mean';

/** The verb of several words a clause opens with, where WordNet has one ("get rid of", "do away with"); undefined where none. */
function longerVerb(clause: string, wordNet: NonNullable<Lexicon['wordNet']>): string | undefined {
  const all = clause.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  let at = 0;
  while (at < all.length && en.courtesy.has(all[at]!)) at += 1;
  for (const length of [3, 2]) {
    const words = all.slice(at, at + length);
    if (words.length === length && wordNet.verbSenses(words.join(' ')).length > 0) return words.join(' ');
  }
  return undefined;
}

const closed = (word: string) => isStopword(word) || isFunctionWord(word, 'en') || en.courtesy.has(word) || SPEAKER_OBJECTS.has(word);

/**
 * The stems of the words that say what a function does: its name, notes, parameters and values as
 * mapper/scope.ts reads them, less the examples of a value quoted in a parameter's notes ("e.g.
 * 'milk' or 'call the plumber'": an item, not a deed: "order" meets "call" by WordNet) and less the
 * device's nouns its name does not hold ("move" meets "list", the verb of leaning, which names the
 * device in "Adds an item to the end of the list"; list_items lists).
 */
function ownWords(document: NormalisedDocument, views: FunctionViews, position: number, deviceNouns: ReadonlySet<string>): Set<string> {
  const fn = document.functions[position]!;
  const view = views.documents[position];
  const one = { ...document, functions: [fn], state: {}, nouns: [] };
  const stems = new Set([...documentWords(one, { ...views, documents: view ? [view] : [] })].map(stem));
  const named = new Set(splitIdentifier(fn.name).map((word) => stem(word.toLowerCase())));
  const examples = fn.parameters.flatMap((parameter) => quotedStrings(parameter.description ?? '').flatMap((quoted) => quoted.value.toLowerCase().match(/\p{L}+/gu) ?? []));
  for (const word of [...examples, ...deviceNouns]) if (!named.has(stem(word))) stems.delete(stem(word));
  return stems;
}

/** A closed word that ends the phrase after a preposition ("the shopping list please"): not a determiner or a possessive ("the", "my"). */
function endsPhrase(word: string): boolean {
  return (isStopword(word) || isFunctionWord(word, 'en') || en.courtesy.has(word)) && !en.determiners.has(word);
}

/**
 * The path of the first goal or source phrase after the verb: +1 where it is a goal whose phrase
 * names the device ("chuck some biscuits on the shopping list"), -1 a source ("scratch milk off the
 * list"), else 0. The phrase ends at the next closed word, so "move milk to the top of the list"
 * goes to the top, not onto the list. A particle right after the verb is the verb's ("cross off milk").
 * Only where a thing is said before it: "order everything on my list" moves nothing onto the list.
 */
export function verbPath(clause: string, deviceNouns: ReadonlySet<string>): Path {
  const all = clause.toLowerCase().match(/\p{L}[\p{L}'-]*|\d+/gu) ?? [];
  let at = 0;
  while (at < all.length && en.courtesy.has(all[at]!)) at += 1;
  at += 1;
  const phraseAfter = (from: number) => {
    const phrase: string[] = [];
    for (let next = from; next < all.length && !endsPhrase(all[next]!); next += 1) phrase.push(all[next]!);
    return phrase;
  };
  if (en.verbParticles.has(all[at] ?? '') && !phraseAfter(at + 1).some((word) => deviceNouns.has(word))) at += 1;
  const object: string[] = [];
  for (; at < all.length && !GOAL.has(all[at]!) && !SOURCE.has(all[at]!); at += 1) object.push(all[at]!);
  const preposition = all[at];
  // The thing moved is said ("some biscuits", "it"): "everything on my list" or "the shopping list to the chores list" move nothing onto it.
  const thing = object.some((word) => en.referringPronouns.has(word) || (!closed(word) && !WHOLE.has(word) && !deviceNouns.has(word)));
  if (preposition === undefined || !thing) return 0;
  // "on it": said to the list, the pronoun after the preposition is the list.
  if (!phraseAfter(at + 1).some((word) => deviceNouns.has(word) || en.referringPronouns.has(word))) return 0;
  return GOAL.has(preposition) ? 1 : -1;
}

/** "cross it off", "tick them off": the particle after a pronoun that stands for the thing is the verb's. */
function particleAfterPronoun(clause: string): string | undefined {
  const all = clause.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  let at = 0;
  while (at < all.length && en.courtesy.has(all[at]!)) at += 1;
  return en.referringPronouns.has(all[at + 1] ?? '') && en.verbParticles.has(all[at + 2] ?? '') ? all[at + 2] : undefined;
}

/** "tell me", "give us": a verb whose object is the speaker gives the speaker something, which a reading does. */
function toSpeaker(clause: string): boolean {
  const all = clause.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  let at = 0;
  while (at < all.length && en.courtesy.has(all[at]!)) at += 1;
  return SPEAKER_OBJECTS.has(all[at + 1] ?? '');
}
