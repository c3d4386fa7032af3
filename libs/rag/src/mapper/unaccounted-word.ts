import { CARDINAL_WORDS, en, enMapping, enReference, gerundBases, isFunctionWord, isStopword, splitIdentifier, stem, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import { isNameOrSecret, takesOneItem } from '../arguments/list-items';
import { isSecretParameter } from '../arguments/string-values';
import type { MapResult } from './api-mapper-options';
import type { FunctionViews } from './function-views';
import { callsByName, documentWords } from './scope';
import { LIGHT_VERB_SENSES } from './function-kind';
import type { SelfReferences } from './self-references';
import type { NamedQuantities } from './named-quantity';
import { isLiving, kindNamed, lackedFeatureReason, type LackedFeature } from './lacking-feature';
import type { NormalisedFunction } from '../api-document';
import { askedNoun } from './absent-quantity';
import { relativeDirection } from '../arguments/parameter-values';
import { scalingFactor } from '../arguments/scaling-verbs';
import { unansweredNoun } from './answer-type-unmet';
import { namesDeed, placeServed, servesMadeObject } from './deed-noun';

/**
 * Whether the function a command was mapped to accounts for the command's core: its head verb and
 * the head noun of that verb's object (issue #17, wrong actions). "Pick up the box on shelf 4" said
 * to a warehouse robot reaches move_to_shelf through "shelf 4", a number the robot takes, so no scope
 * check judges it; yet neither "pick up" nor "box" is anything that function does or acts on, and
 * moving to the shelf is not what was asked. "Record a video of shelf 3" scans the shelf, "play some
 * jazz on the lamp" turns the lamp on: the words that reached the function are the place or the
 * device, never what is to be done.
 *
 * A core is accounted for where either half of it meets the chosen function's own words (its name,
 * notes, parameters and values, with WordNet's synonyms, derivations and close relations of the
 * request's word, as mapper/unsupported-command.ts reads them, and the nouns its name's words are a
 * kind of), or where the verb says little by itself (a light verb of very many senses, "turn",
 * "get", "make": its object or particle carries the meaning), or where the object is the device,
 * one of its names or a word of its document (then the verb decides), unless no word of the whole
 * document meets the verb ("pan the camera": foreignDeed). Otherwise only a call where the verb names an action the chosen
 * function does not do AND the object is something the document never names is declined. One more
 * case: a made thing of the speaker's ("charge my phone") is not what a verb the device does to
 * itself acts on; nor is a thing the verb makes ("record a video": WordNet files a video under
 * recordings), which only a function that names the thing or the verb does. Never judged: a function that takes a free-text item (any words may be its value),
 * a call that took a name or a word of the request as its argument, a device called by its own name.
 */

/** A relation as close as a derivation or a synonym (unsupported-command.ts's support meeting). */
const MEETING = 0.75;
/** The shortest clipped word read as the start of a longer one ("temp", "info"). */
const CLIPPED = 4;
/** The shortest clipped last word of a device's noun said after its first ("air con"). */
const CLIPPED_NOUN = 3;
/** The stem of the verb of every change of a value ("change", "alter", "adjust" meet it). */
const CHANGE = stem('change');
/** WordNet's same synset. */
const SYNONYM = 0.9;
/** The prefixes that undo a verb's state ("unlock", "disarm"): the language's closed set. */
const UNDOING_PREFIXES = enMapping.negatingPrefixes.words;
/** Where a particle said right after a verb of going takes it: "park on the charger" (the language's closed set). */
const GOAL_PREPOSITIONS = new Set<string>([...en.pathPrepositions.goal, ...en.pathPrepositions.goalInCommands]);
/** Words that open a noun phrase or count it: "the box", "some jazz", "more tape", "a video". */
const OPENERS = new Set([...en.determiners, ...en.indefinites, ...en.quantifiers, ...en.itemLists.articles, ...CARDINAL_WORDS]);

export interface CommandCore {
  /** The opening verb as said, with its particle where one follows it ("pick up"). */
  verb: string;
  particle?: string;
  /** The head noun of the verb's direct object: the last word of the noun phrase after it ("box", "wifi password" -> "password"). */
  object?: string;
  /** The words before the head in its phrase ("camera" of "camera tilt"). */
  modifiers: string[];
  /** Whether the speaker's possessive opens the object ("my phone"). */
  speakers?: boolean;
  /** Whether a number follows the object as the value it goes to ("the deck slope to 9"), not as a place ("the crate on bay 2"). */
  toNumber?: boolean;
  /** Whether a determiner or quantifier opens the object ("the straight" is a noun; "look straight up" says how). */
  determined?: boolean;
  /** Whether "to" and a value follow the object ("set the language to french"): the object names what takes the value. */
  toValue?: boolean;
  /** An adjective right after the object that says what it is to become ("make the picture brighter"): the object is the thing changed, not a deed. */
  complement?: string;
  /** The words after the object's phrase ("to shelf 2" of "carry the box to shelf 2"). */ following?: string[];
}

const closed = (word: string) => isStopword(word) || isFunctionWord(word, 'en') || en.courtesy.has(word);

/**
 * The core of a command: the verb it opens with (after courtesy), its particle, and the head of the
 * noun phrase right after it, up to a preposition, a particle, a number or the clause's end.
 * Undefined where the command opens with no verb.
 */
export function commandCore(clause: string, wordNet: WordNet): CommandCore | undefined {
  const all = clause.toLowerCase().match(/\p{L}[\p{L}'-]*|\d+/gu) ?? [];
  let at = 0;
  while (at < all.length && en.courtesy.has(all[at]!)) at += 1;
  const verb = all[at];
  if (verb === undefined || !wordNet.isVerb(verb)) return undefined;
  at += 1;
  const particle = en.phrasalParticles.includes(all[at] ?? '') || en.verbParticles.has(all[at] ?? '') ? all[at++] : undefined;
  // "mind popping over", "start broadcasting": a verb that takes a gerund says how, the gerund what; not read.
  if (gerundBases(all[at] ?? '').some((base) => wordNet.isVerb(base))) return undefined;
  const speakers = en.speakerPossessives.has(all[at] ?? '');
  const opened = at;
  while (at < all.length && OPENERS.has(all[at]!)) at += 1;
  const determined = at > opened || speakers;
  const phrase: string[] = [];
  for (; at < all.length; at += 1) {
    const word = all[at]!.replace(/'s$/, '');
    if (/^\d/.test(word) || closed(word) || en.verbParticles.has(word) || !wordNet.canBe(word, 'noun')) break;
    phrase.push(word);
  }
  // "switch the fan off": a particle after the object is the verb's where it ends the clause or the verb takes one; "on bay 2" is where.
  const trailing = particle ?? (en.verbParticles.has(all[at] ?? '') && (at === all.length - 1 || en.phrasalVerbs.has(verb)) ? all[at] : undefined);
  const toNumber = (all[at] === 'to' || all[at] === 'at') && /^(?:\d|minus$)/.test(all[at + 1] ?? '');
  const next = all[at] ?? '';
  // Not a number: "tilt cam to -15" gives the value the call takes (toNumber, read by the caller's setsIt).
  const toValue = phrase.length > 0 && next === 'to' && all[at + 1] !== undefined && !toNumber;
  const complement = !trailing && phrase.length > 0 && !closed(next) && wordNet.canBe(next, 'adj') && !wordNet.canBe(next, 'noun') ? next : undefined;
  return { verb: trailing ? `${verb} ${trailing}` : verb, ...(trailing ? { particle: trailing } : {}), ...(toNumber ? { toNumber } : {}), ...(phrase.length > 0 ? { object: phrase.at(-1)! } : {}), modifiers: phrase.slice(0, -1), ...(speakers ? { speakers } : {}), ...(determined ? { determined } : {}), ...(complement ? { complement } : {}), ...(toValue ? { toValue } : {}), following: all.slice(at) };
}

/**
 * Why a call was declined, as mapper/scope.ts words it: the core it does not account for (the verb
 * and object as said, "pick up box") and what the chosen function does, in its own words ("move to
 * shelf"): "the robot can move to shelf but not pick up box".
 */
export interface UnaccountedCore {
  unmet: [string];
  opposite: string;
  /** Where the verb and object each meet the document yet ask a feature it lacks (mapper/lacking-feature.ts): the answer in full. */
  reason?: string;
}

export class UnaccountedWords {
  private readonly owned: Map<string, Set<string>>;
  private readonly written: Set<string>;
  /** The document's own words, stemmed, without the kinds its function names are of: what a lacking thing may be a kind of (lacking-feature.ts's kindNamed). */
  private readonly said: Set<string>;
  /** Functions that take a free-text item ("add cheese"): any object may be their value. */
  private readonly itemTakers: Set<string>;
  /** The words of each function's name in English: as written, or as its dictionary reads a foreign one. */
  private readonly nameWords: Map<string, string[]>;

  private readonly functions: readonly NormalisedFunction[];

  /** Whether any function takes a secret (mapper/answer-type-unmet.ts). */
  private readonly takesSecret: boolean;
  /** Whether a text field of the state may say what the device measures, as api-mapper.ts reads it (mapper/answer-type-unmet.ts). */
  private readonly measuresByState: boolean;

  constructor(
    document: NormalisedDocument,
    views: FunctionViews,
    private readonly wordNet: WordNet | undefined,
    private readonly deviceNouns: ReadonlySet<string>,
    /** "change the camera pitch to 35": a noun that names the quantity the call's number sets is what it acts on (mapper/named-quantity.ts). */
    private readonly quantities?: NamedQuantities,
    /** The device's noun, to name it in a reason (mapper/lacking-feature.ts). */
    private readonly selfNoun?: string,
  ) {
    this.functions = document.functions;
    this.nameWords = new Map(document.functions.map((fn) => [fn.name, (views.nameReadings.get(fn.name) ?? splitIdentifier(fn.name)).map((word) => word.toLowerCase())]));
    this.owned = new Map(
      document.functions.map((fn, position) => {
        const view = views.documents[position];
        const one = { ...document, functions: [fn], state: {}, nouns: [] };
        return [fn.name, new Set([...documentWords(one, { ...views, documents: view ? [view] : [] })].map(stem).concat(this.kindsOf(this.nameWords.get(fn.name)!)))];
      }),
    );
    this.said = new Set([...documentWords(document, views)].map(stem));
    this.written = new Set([...this.said, ...document.functions.flatMap((fn) => this.kindsOf(this.nameWords.get(fn.name)!))]);
    this.measuresByState = Object.values(document.state ?? {}).some((field) => field.type === 'string');
    this.takesSecret = document.functions.some((fn) => fn.parameters.some((parameter) => isSecretParameter(parameter.name)));
    this.itemTakers = new Set(document.functions.filter((fn) => takesOneItem(fn.parameters, isNameOrSecret)).map((fn) => fn.name));
  }

  /**
   * The stems of the nouns a function's name words are directly a kind of: "takeSnapshot" makes a
   * photo and "grabFrame" a picture, so "capture an image" meets them, and of their synonyms. Only the name's words: a
   * note's every word widened this way meets nearly anything ("garden" is a kind of ground).
   */
  private kindsOf(nameWords: readonly string[]): string[] {
    if (!this.wordNet) return [];
    const wordNet = this.wordNet;
    const kinds = nameWords.flatMap((word) => [...wordNet.nounAncestors(word)].filter(([kind, steps]) => steps === 1 && !kind.includes(' ')).map(([kind]) => stem(kind)));
    // Its synonyms too ("photograph" is a picture): the request's word is widened the same way, so the two meet in the middle.
    const synonyms = nameWords.flatMap((word) => (wordNet.canBe(word, 'noun') ? [...wordNet.related(word, 'noun')].filter(([, weight]) => weight >= SYNONYM).map(([key]) => key) : []));
    return [...kinds, ...synonyms];
  }

  /** What a word can mean, stemmed: its own stem and its close WordNet relations in the part it plays. */
  private readings(word: string, part: 'verb' | 'noun' | 'adj'): Set<string> {
    const found = new Set([stem(word)]);
    if (!this.wordNet) return found;
    for (const [key, weight] of this.wordNet.related(word, part)) if (weight >= MEETING) found.add(key);
    if (part === 'verb') for (const [key, weight] of this.wordNet.verbRelatives(word)) if (weight >= MEETING) found.add(key);
    for (const key of this.wordNet.antonyms(word)) found.add(key);
    return found;
  }

  /** Whether the verb (or its phrasal form) meets the function's words, or is a light verb whose object says what is done. */
  private verbAccounted(core: CommandCore, stems: ReadonlySet<string>): boolean {
    const [bare] = core.verb.split(' ');
    if (!this.wordNet || this.wordNet.verbSenses(bare!).length >= LIGHT_VERB_SENSES) return true;
    const forms = core.particle ? [core.verb, bare!] : [bare!];
    return forms.some((form) => [...this.readings(form, 'verb')].some((key) => stems.has(key))) || (core.particle !== undefined && stems.has(stem(core.particle)));
  }

  /** Whether the word is the device or one of its names. */
  private isDevice(word: string, references: SelfReferences | undefined): boolean {
    const named = [...(references?.names ?? []), ...(references?.words ?? []), ...(references?.kinds ?? [])].flatMap((phrase) => splitIdentifier(phrase).map((part) => stem(part.toLowerCase())));
    const key = stem(word);
    return this.deviceNouns.has(word) || [...this.deviceNouns].some((noun) => stem(noun) === key) || named.includes(key);
  }

  /**
   * Whether WordNet's definitions of both halves of the core meet the function's words: a "motor"
   * is a machine that "imparts motion" and to kill is to "cause to cease operating", which an
   * emergency stop does ("kill the motors": all motion stops). Each half alone says too little ("a
   * doorbell" is a button "at an outer door"), so both must; the object by its commonest sense.
   */
  private definedBy(core: CommandCore, stems: ReadonlySet<string>): boolean {
    const wordNet = this.wordNet!;
    const content = (definition: string | undefined, own: string) => ((definition ?? '').toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => !closed(word) && word !== own);
    const [bare] = core.verb.split(' ');
    const objectMet = content(wordNet.definitions(core.object!, 'noun')[0], core.object!).some((word) => stems.has(stem(word)));
    // The verb's definition by the function's own word or its synonym ("cease" is to stop), never a looser relation ("sound" meets "report").
    const verbMet = (word: string) => wordNet.isVerb(word) && wordNet.verbSenses(word).length < LIGHT_VERB_SENSES && (stems.has(stem(word)) || [...wordNet.related(word, 'verb')].some(([key, weight]) => weight >= SYNONYM && stems.has(key)));
    return objectMet && wordNet.definitions(bare!, 'verb').some((definition) => content(definition, bare!).some(verbMet));
  }

  /** Whether the object is, in WordNet, a kind of what the verb makes: a video is a recording, made by recording (one or two steps up). */
  private madeByVerb(core: CommandCore): boolean {
    const key = stem(core.verb.split(' ')[0]!);
    return [...this.wordNet!.nounAncestors(core.object!)].some(([kind, steps]) => steps <= 2 && !kind.includes(' ') && stem(kind) === key);
  }

  /**
   * Whether the verb names a deed no word of the whole document meets, done to a thing the document
   * names: "pan the camera left", "restock shelf 4" reached a call through "camera" or "shelf" alone.
   * The object says what is acted on, not that the device does the deed. Not the device itself, not a
   * light verb (its object says the deed), one of more, less or times ("halve the flow"), one whose
   * particle the call's words say ("switch the camera on") or that says where to ("park on the charger"); not an opener
   * that is rather an adjective ("full brightness"); not a verb whose definition meets the call's words
   * ("inventory": to make an itemized record, of the items a scan lists).
   */
  private foreignDeed(core: CommandCore, stems: ReadonlySet<string>, references: SelfReferences | undefined): boolean {
    const wordNet = this.wordNet!;
    const [bare] = core.verb.split(' ');
    if (this.isDevice(core.object!, references) || wordNet.verbSenses(bare!).length >= LIGHT_VERB_SENSES || relativeDirection(bare!) !== 0 || scalingFactor(bare!) !== undefined) return false;
    if (core.particle !== undefined && (stems.has(stem(core.particle)) || GOAL_PREPOSITIONS.has(core.particle))) return false;
    if (wordNet.canBe(bare!, 'adj') && !wordNet.mostlyVerb(bare!)) return false;
    const forms = core.particle ? [core.verb, bare!] : [bare!];
    if (forms.some((form) => [...this.readings(form, 'verb')].some((key) => this.written.has(key)))) return false;
    const meets = (word: string) => stems.has(stem(word)) || [...wordNet.related(word)].some(([key, weight]) => weight >= MEETING && stems.has(key));
    return !wordNet.definitions(bare!, 'verb').some((definition) => (definition.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => !closed(word) && word !== bare && meets(word)));
  }

  /** Whether the object is the device, one of its names, or anything its document names. */
  private objectAccounted(object: string, references: SelfReferences | undefined): boolean {
    if (this.isDevice(object, references)) return true;
    // A noun that mostly names an action ("camera tilt") meets the document through its verb's synonyms too: "tilt" is to angle.
    const asVerb = this.wordNet?.mostlyVerb(object) ? [...this.wordNet.related(object, 'verb')].filter(([, weight]) => weight >= SYNONYM).map(([key]) => key) : [];
    return [...this.readings(object, 'noun'), ...asVerb].some((reading) => this.written.has(reading));
  }

  /**
   * The core that the one call of `result` does not account for, in every reading of the request
   * (as said, and as rewritten: "kill the telly" is read as the verb it means), or undefined. A
   * call that took a name or a word of the request as an argument ("become a hotspot called Bot7")
   * is about what was said, whatever its verb; a later clause whose core the call accounts for
   * ("scan the room and make a map") says what was meant.
   */
  read(result: MapResult, readings: readonly RequestReading[], references: SelfReferences | undefined): UnaccountedCore | undefined {
    if (!this.wordNet || result.kind !== 'call' || result.calls.length !== 1) return undefined;
    const [call] = result.calls;
    const stems = this.owned.get(call!.function);
    if (!stems || this.itemTakers.has(call!.function)) return undefined;
    const taken = Object.values(call!.arguments).filter((value) => typeof value === 'string').map((value) => String(value).toLowerCase());
    let found: CommandCore | undefined;
    let lacked: LackedFeature | undefined;
    let asked: string | undefined;
    for (const reading of readings) {
      // A device called by a name of its own ("Goldfish diner, serve breakfast") was chosen for what its name says, as mapper/scope.ts reads it.
      if (callsByName(reading.text, references)) return undefined;
      if (reading.mood === 'question') {
        // "what's the wifi password?": a thing the chosen reading does not tell (mapper/answer-type-unmet.ts).
        const noun = unansweredNoun(reading, this.wordNet, {
          accounts: (word) => this.isDevice(word, references) || [...this.readings(word, 'noun')].some((key) => stems.has(key)),
          // A clipped word names what it begins ("temp", "info"): the document's word that starts with it.
          named: (word) => [...this.readings(word, 'noun')].some((key) => this.written.has(key)) || (word.length >= CLIPPED && [...this.written].some((key) => key.length > word.length && key.startsWith(word))),
          takesSecret: this.takesSecret,
          device: (word) => this.isDevice(word, references),
          measuresByState: this.measuresByState,
        });
        // The request as rewritten has lost the device's names ("is the car in the garage" -> "is the car in"): the same thing asked stays unanswered.
        if (noun === undefined && (asked === undefined || askedNoun(reading.words.map((word) => word.toLowerCase()), this.wordNet) !== asked)) return undefined;
        asked ??= noun;
        continue;
      }
      const cores = clauses(reading.text).map((clause) => commandCore(clause, this.wordNet!)).filter((core) => core !== undefined);
      // "the empty slots": an adjective the function's words hold says which things it acts on; a noun before the head ("wifi password") does not.
      const described = (core: CommandCore) => core.modifiers.some((word) => this.wordNet!.canBe(word, 'adj') && [...this.readings(word, 'adj')].some((key) => stems.has(key)));
      // "charge my phone": a verb the device does to itself, said of a thing of the speaker's that its document never names.
      const othersThing = (core: CommandCore) => core.speakers === true && this.wordNet!.nounAncestors(core.object!).has(enReference.madeThing);
      // "record a video": a thing the verb makes (a video is a recording) is the deed itself; only the chosen function's own words account for it.
      // By its own word or the verb's: "picture", a synonym of the video's other sense, is a still ("scan" makes an image, "take a photo" one too).
      const made = (core: CommandCore) => this.madeByVerb(core) && !stems.has(stem(core.object!)) && !stems.has(stem(core.verb.split(' ')[0]!));
      // "change the camera pitch to 35": a verb of changing, said where the call sets a number the request gave, is what a setter does; or the noun names that number's
      // quantity. Before `made`: a gradient is a kind of change, which is no thing changing makes.
      const setsIt = (core: CommandCore) =>
        core.toNumber === true && Object.values(call!.arguments).some((value) => typeof value === 'number') && ([...this.readings(core.verb.split(' ')[0]!, 'verb')].includes(CHANGE) || this.quantities?.names(core.object!, call!.function) === true);
      const accounted = (core: CommandCore) => setsIt(core) || (!made(core) && ((this.verbAccounted(core, stems) && !othersThing(core)) || (this.objectAccounted(core.object!, references) && !this.foreignDeed(core, stems, references)) || setsIt(core) || described(core) || (!othersThing(core) && this.definedBy(core, stems))));
      // A feature the device lacks, where each half of the core meets something (mapper/lacking-feature.ts).
      const lacking = (core: CommandCore) => (core.object === undefined || !this.objectAccounted(core.object, references) ? undefined : this.lackedDeed(core, stems, setsIt(core))) ?? this.lackedThing(core, call!.function, references, described(core) || setsIt(core) || this.definedBy(core, stems));
      if (cores.length === 0) return undefined;
      let lackedHere: LackedFeature | undefined;
      for (const core of cores) {
        // A call that took a word of the request as its argument is about what was said, unless that word only says
        // whose the lacking thing is ("change the tv language to french": "tv" picked the source).
        const feature = !core.object ? this.lackedDeed(core, stems, false) : taken.length > 0 ? (taken.every((value) => core.modifiers.includes(value)) ? this.lackedThing(core, call!.function, references, false) : undefined) : accounted(core) ? lacking(core) : 'unaccounted';
        if (feature === undefined) return undefined;
        if (feature !== 'unaccounted') lackedHere ??= feature;
      }
      if (lackedHere) lacked ??= lackedHere;
      else found ??= cores[0];
    }
    const opposite = splitIdentifier(call!.function).join(' ').toLowerCase();
    if (asked !== undefined && found === undefined && lacked === undefined) return { unmet: [`tell the ${asked}`], opposite };
    if (found) return { unmet: [`${found.verb} ${found.object}`], opposite };
    const unmet = lacked && ('deed' in lacked ? lacked.deed : `${lacked.verb} ${lacked.thing}`);
    return lacked && { unmet: [unmet!], opposite, reason: lackedFeatureReason(lacked, this.selfNoun, this.functions) };
  }

  /**
   * A thing the device neither is, names nor holds as a kind of what it names, said as the object of
   * a verb the call does (mapper/lacking-feature.ts): "turn on the subtitles". `excused` where the
   * object is otherwise read as the call's (an adjective of the function's, the quantity its number sets).
   */
  private lackedThing(core: CommandCore, name: string, references: SelfReferences | undefined, excused: boolean): LackedFeature | undefined {
    const wordNet = this.wordNet!;
    const object = core.object;
    if (excused || object === undefined || !wordNet.canBe(object, 'noun') || this.objectNamed(object, core.modifiers, references)) return undefined;
    // Only a verb that says little by itself, so that its object says what is done: a light verb ("make", "take"), a
    // phrasal one ("turn on", "turn up") or one of changing ("change", "alter"). "Pause the movie", "skip this song" and
    // "tilt the cam" name the deed, which the function does, of a thing said loosely.
    const [bare] = core.verb.split(' ');
    const light = wordNet.verbSenses(bare!).length >= LIGHT_VERB_SENSES;
    // A verb of more or less ("increase the contrast") says a direction and leaves its object to say of what; so does
    // one whose object takes a value ("set the language to french": the object names what is set).
    if (!light && core.particle === undefined && !this.readings(bare!, 'verb').has(CHANGE) && relativeDirection(bare!) === 0 && core.toValue !== true) return undefined;
    // "take an inventory", "give it a wash": after a bare light verb, a noun that is also a verb names the deed itself; a made thing ("carry the box") does not (mapper/deed-noun.ts).
    // "make the picture brighter" names no deed: the adjective after it says what the thing is to become.
    if (light && core.particle === undefined && namesDeed(object, wordNet) && core.complement === undefined) return undefined;
    // "look straight up": an undetermined word that is also an adjective says how, not what.
    if (core.determined !== true && wordNet.canBe(object, 'adj')) return undefined;
    // "Turn on the kettle" to a plug whose turn_on powers "the connected appliance": a function whose notes name a made thing
    // the device is not (and no verb's form) acts on another made thing, which any made thing said may be.
    const fn = this.functions.find((candidate) => candidate.name === name);
    if (servesMadeObject(fn?.description ?? '', core, (word) => this.isDevice(word, references), wordNet)) return undefined; // not one the request names elsewhere ("to shelf 2": mapper/deed-noun.ts)
    if (placeServed(core, wordNet) || isLiving(object, wordNet) || kindNamed(object, wordNet, this.said, stem) || this.quantities?.names(object, name) === true) return undefined;
    return { thing: [...core.modifiers, object, ...(core.complement ? [core.complement] : [])].join(' '), verb: core.verb };
  }

  /**
   * Whether the object is the device, one of its names, or a word of its document by its own stem or
   * a synonym: stricter than objectAccounted, whose looser relations let "picture" meet a note's
   * "shown" and "brightness" meet "smart". A light or phrasal verb leaves the object to say what is
   * done, so only the document's own word for it may say that the device does it.
   */
  private objectNamed(object: string, modifiers: readonly string[], references: SelfReferences | undefined): boolean {
    if (this.isDevice(object, references)) return true;
    // "the air con": a clipped last word of the device's own noun, after a word of it ("air conditioner").
    if (object.length >= CLIPPED_NOUN && modifiers.some((word) => this.deviceNouns.has(word)) && [...this.deviceNouns].some((noun) => noun.length > object.length && noun.startsWith(object))) return true;
    const close = [...this.wordNet!.related(object, 'noun')].filter(([, weight]) => weight >= SYNONYM).map(([key]) => key);
    const asVerb = this.wordNet!.mostlyVerb(object) ? [...this.wordNet!.related(object, 'verb')].filter(([, weight]) => weight >= SYNONYM).map(([key]) => key) : [];
    return [stem(object), ...close, ...asVerb].some((reading) => this.written.has(reading));
  }

  /**
   * A deed no word of the document meets, done to the device itself or to a word of its document
   * (mapper/lacking-feature.ts): "lock the garage door" to a door that opens and closes. Never a
   * light verb, whose object says the deed, nor a phrasal one, whose particle may say it ("turn the
   * speaker up" is louder), nor one the call accounts for as unaccounted-word reads it.
   */
  private lackedDeed(core: CommandCore, stems: ReadonlySet<string>, excused: boolean): LackedFeature | undefined {
    const wordNet = this.wordNet!;
    const [bare] = core.verb.split(' ');
    if (excused || core.particle !== undefined || wordNet.verbSenses(bare!).length >= LIGHT_VERB_SENSES || this.verbAccounted(core, stems) || (core.object !== undefined && this.definedBy(core, stems))) return undefined;
    if ([...this.readings(bare!, 'verb')].some((key) => this.written.has(key))) return undefined;
    // Only a verb that names a state by an instrument the device would need ("lock" by a lock, "mute" by a mute) and
    // that has an undoing ("unlock"), neither of which the document has: "freeze", "navigate" or "park" name no
    // instrument, and a document glossed from another language may say them in words WordNet cannot meet.
    const own = stem(bare!);
    const undoing = [...wordNet.antonyms(bare!)].some((key) => UNDOING_PREFIXES.some((prefix) => key === `${prefix}${own}`));
    if (!undoing || !wordNet.nounAncestors(bare!, 'made').has(enReference.madeThing)) return undefined;
    return { deed: core.object ? `${core.verb} the ${[...core.modifiers, core.object].join(' ')}` : core.verb };
  }
}

/** The clauses of a request: "scan the room and make a map" is two, each with its own verb. */
export function clauses(text: string): string[] {
  const joins = en.itemLists.conjunctions.filter((word) => /^\p{L}+$/u.test(word));
  return text.split(new RegExp(`[,;.!?&]|\\b(?:${joins.join('|')})\\b`, 'iu')).map((clause) => clause.trim()).filter((clause) => clause !== '');
}
