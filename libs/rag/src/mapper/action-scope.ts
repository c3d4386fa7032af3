import { en, isFunctionWord, isStopword, stem, words, type Mood, type WordNet } from '@meshmind/language';

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
export function documentActions(stems: ReadonlySet<string>, wordNet: WordNet | undefined): DocumentActions {
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
      const particle = en.verbParticles.has(next) && wordNet.verbSenses(`${verb} ${next}`).length > 0 ? next : undefined;
      if (!particle && !en.determiners.has(next) && !en.quantifiers.has(next)) return undefined;
      const said = particle ? `${verb} ${particle}` : verb;
      let meeting = 0;
      for (const form of particle ? [said, verb] : [verb]) {
        for (const [key, weight] of wordNet.verbRelatives(form)) if (stems.has(key) && weight > meeting) meeting = weight;
      }
      return { verb: said, meeting };
    },
  };
}
