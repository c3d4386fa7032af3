import { en, enMapping, isFunctionWord, isStopword, stem, words, type Mood, type WordNet } from '@meshmind/language';
import { onlyOpposite } from './opposite-action';

/**
 * Whether the ACTION a command opens with is one the device does. "Print the shipping label" to a
 * robot whose scan notes speak of labels shares a noun with its document, and "lift the pallet"
 * is a kind of moving, which the robot does to itself; neither names anything the robot does. The
 * verb a command opens with is read through every WordNet sense it has (mapper/scope.ts reads
 * one part of speech): its synonyms, entailments, causes, derivations, opposites, a broader verb
 * that few verbs narrow ("chart" is a kind of "map") and its narrower verbs. A verb that meets no
 * word of the document that way is an action the device has no function for; only a broader verb
 * that many verbs narrow ("move" for "lift", "make" for "print") is too loose to say it has.
 */
export interface ActionReading {
  /** The verb the command opens with, as said (or with its particle: "switch off"). */
  verb: string;
  /** How closely it meets the document's words: 1 its own stem, 0.9 a synonym, 0.8 a close relation, 0.55 a loose one, 0 none. */
  meeting: number;
  /**
   * The verb names one end of an opposition of which the document has neither end ("lock" to a
   * light): declined however near the request's other words are, since they name only the device.
   */
  lacksOpposition?: true;
  /** The document's word for the opposite of the verb (stemmed; mapper/scope.ts spells it as written), where only that opposite meets the document (mapper/opposite-action.ts). */
  opposite?: string;
}

/** Below this meeting the opening verb names nothing the document does (a synonym or close relation is needed). */
export const ACTION_MEETING = 0.75;

export interface DocumentActions {
  /** The opening verb of a command and how closely it meets the document; undefined for a question or a request that opens with no verb. */
  read(text: string, mood: Mood, named?: ReadonlySet<string>): ActionReading | undefined;
}

const LETTERS = /^\p{L}[\p{L}'-]*$/u;

/** Words before the verb that say nothing of the action: courtesy ("could you", "please"), stop words, the device's name. */
function isLeading(word: string, named: ReadonlySet<string> | undefined): boolean {
  return !LETTERS.test(word) || isStopword(word) || isFunctionWord(word, 'en') || en.courtesy.has(word) || (named?.has(stem(word)) ?? false);
}

/** `stems` are the document's own words, stemmed, as mapper/scope.ts reads them. */
/**
 * The document's words that have an opposite among its words (on/off, up/down, warm/cool), stemmed:
 * the oppositions the device has. `words` are the document's words as written (mapper/scope.ts).
 */
export function opposedStems(words: Iterable<string>, stems: ReadonlySet<string>, wordNet: WordNet | undefined): Set<string> {
  const opposed = new Set<string>();
  if (!wordNet) return opposed;
  for (const word of words) if (/^\p{L}+$/u.test(word) && [...wordNet.antonyms(word)].some((key) => stems.has(key))) opposed.add(stem(word));
  return opposed;
}

/** `opposed` are the document's ends of oppositions (opposedStems): a verb of an opposition meets the document through one. */
/** `oneWay` are the stems of the functions that do one end only (mapper/opposite-action.ts's oneWayStems). */
export function documentActions(stems: ReadonlySet<string>, wordNet: WordNet | undefined, opposed: ReadonlySet<string> = new Set(), oneWay: ReadonlySet<string> = new Set()): DocumentActions {
  return {
    read(text: string, mood: Mood, named?: ReadonlySet<string>): ActionReading | undefined {
      if (!wordNet || mood === 'question') return undefined;
      const all = words(text).map((word) => word.toLowerCase());
      const index = all.findIndex((word) => !isLeading(word, named));
      const verb = all[index];
      // Only a verb followed by its object or its particle opens a command: "water the plants",
      // "kill all movement"; "battery level" or "time to go" opens with no action.
      const next = all[index + 1];
      if (verb === undefined || next === undefined || !wordNet.isVerb(verb)) return undefined;
      // "make your way to ...": a verb, a possessive and a noun that WordNet knows as one verb (make_way) say that verb.
      const owned = en.possessives.has(next) && /^\p{L}+$/u.test(all[index + 2] ?? '') && wordNet.isVerb(`${verb}_${all[index + 2]}`) ? all[index + 2] : undefined;
      const particle = owned ?? (en.verbParticles.has(next) && wordNet.verbSenses(`${verb} ${next}`).length > 0 ? next : undefined);
      if (!particle && !en.determiners.has(next) && !en.quantifiers.has(next)) {
        // "disconnect from the wifi": a verb before a preposition opens a command too, read here only for its opposite.
        const opposite = isStopword(next) || isFunctionWord(next, 'en') ? onlyOpposite(verb, [verb], stems, oneWay, wordNet) : undefined;
        return opposite === undefined ? undefined : { verb, meeting: 0, opposite };
      }
      const said = particle ? `${verb} ${particle}` : verb;
      let meeting = 0;
      const met = new Set<string>();
      // The bare verb of a phrasal one meets the document by its own word only where the document
      // has its particle too ("switch off" to a plug that switches off): "tone down the light" is no
      // "tone" of the light's colour. Its relatives still meet ("crank up the heat": crank < turn).
      const ownWordOnly = particle !== undefined && !stems.has(stem(particle)) ? stem(verb) : undefined;
      for (const form of particle ? [said, verb] : [verb]) {
        for (const [key, weight] of wordNet.verbRelatives(form)) {
          if (!stems.has(key) || (form === verb && key === ownWordOnly)) continue;
          if (weight >= ACTION_MEETING) met.add(key);
          if (weight > meeting) meeting = weight;
        }
      }
      const opposition = meeting < SYNONYM_MEETING && lacksOpposition(particle ? said : verb, met, stems, opposed, wordNet);
      const opposite = opposition ? undefined : onlyOpposite(said, particle ? [said, verb] : [verb], stems, oneWay, wordNet);
      if (opposite !== undefined) return { verb: said, meeting: 0, opposite };
      return { verb: said, meeting: opposition ? 0 : meeting, ...(opposition ? { lacksOpposition: true } : {}) };
    },
  };
}

const NEGATING_PREFIXES = enMapping.negatingPrefixes.words;

/** A synonym (0.9) or the word itself says the document does the action, whatever else it has. */
const SYNONYM_MEETING = 0.9;

/**
 * Whether a verb that names a state or its undoing (lock/unlock, arm/disarm, mute/unmute) meets
 * the document only by close relations (`met`, not a synonym) none of which is an end of an
 * opposition the document has, while the document has neither the verb nor its undoing. Such a
 * verb names a state the device must have: "lock the garage light" meets a light's "switch" through
 * a rare sense of "lock" (engage, which groups with "throw a switch"), and a light has no lock to
 * lock; its on/off is another opposition, so toggling it answers something not asked. Opposites
 * that are other words ("start"/"end", "give"/"take", "increase"/"decrease") are not read: they name
 * no state, and "increase the volume" meets the player's up/down in other words. A verb that meets
 * nothing (`met` empty) is judged as before, by how near the request is (mapper/scope.ts):
 * "activate the lights" names no word of the light's document, yet means its on.
 */
function lacksOpposition(verb: string, met: ReadonlySet<string>, stems: ReadonlySet<string>, opposed: ReadonlySet<string>, wordNet: WordNet): boolean {
  const own = stem(verb);
  if (met.size === 0 || stems.has(own)) return false;
  // Only the undoing of a state, made by a negating prefix (lock/unlock, arm/disarm, mute/unmute):
  // "start" is opposed to "end" and "give" to "take", which name no state the device must have.
  const undoing = (key: string) => NEGATING_PREFIXES.some((prefix) => key === `${prefix}${own}` || own === `${prefix}${key}`);
  const opposites = [...wordNet.antonyms(verb)].filter(undoing);
  if (opposites.length === 0 || opposites.some((key) => stems.has(key))) return false;
  return ![...met].some((key) => opposed.has(key));
}
