import { splitIdentifier, stem, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { clauses, commandCore } from './unaccounted-word';

/**
 * "Erase your map" to a robot that builds maps, "delete that photo" to one that takes photos,
 * "cancel the emergency stop" to one that can only trigger it: a command whose verb removes or
 * undoes the very thing a function makes or the state it enters. Retrieval meets the function
 * through the shared noun (map, photo, stop) and would do the deed again, the opposite of what
 * was asked. WordNet's antonym pointers rarely join such pairs (erase/generate), so the verb is
 * read as undoing from its own commonest senses: a kind of removing, or a gloss that says so.
 * Where the one function the clause meets makes its object (the object is one of its own words)
 * and does not itself remove or end anything, the honest answer is the deed it cannot do.
 */

/**
 * The notions of undoing as WordNet words them: the hypernyms and gloss words of verbs that take
 * away what is there ("delete": a kind of remove; "forget": "dismiss from the mind"; "clear": "rid
 * of obstructions"; "cancel": "annul"). A closed semantic class (removal), not words of requests.
 */
const UNDOING = ['remove', 'undo', 'get rid of', 'take away', 'rid', 'annul', 'dismiss', 'delete', 'erase', 'wipe out', 'disconnect', 'cancel'];
const UNDOING_GLOSS = new RegExp(`\\b(?:${UNDOING.join('|')})\\b`);
/** Only the commonest senses: later ones stretch ("dock" a tail, "empty" as "remove"). */
const SENSES_READ = 2;
/** WordNet's weight for a synonym (same synset): "picture" names what "photo" names. */
const SYNONYM = 0.9;

/** Whether one of the verb's commonest senses removes or undoes: a kind of removing, or glossed so. */
export function undoesVerb(verb: string, wordNet: WordNet): boolean {
  return wordNet.verbSenses(verb).slice(0, SENSES_READ).some((sense) =>
    sense.hypernyms.some((hypernym) => UNDOING.includes(hypernym.replace(/_/g, ' '))) || UNDOING_GLOSS.test(sense.definition));
}

/** Whether two nouns share a sense, read from either side: "picture" is a sense of "photo", not the commonest of "picture". */
function synonyms(one: string, other: string, wordNet: WordNet): boolean {
  const weighs = (word: string, target: string) => (wordNet.related(word, 'noun').get(stem(target)) ?? 0) >= SYNONYM;
  return weighs(one, other) || weighs(other, one);
}

/** The function's own words: its name's pieces and its description's words, lower case. */
function ownWords(fn: NormalisedFunction): string[] {
  return [...splitIdentifier(fn.name), ...(fn.description.toLowerCase().match(/\p{L}+/gu) ?? [])].map((word) => word.toLowerCase());
}

/**
 * The deed (verb and object) a command undoes where the single call chosen makes that object or
 * enters that state, in any of the `readings` of the request; undefined where the call stands (a question, a verb the function itself says,
 * a function that removes or ends, an object the function does not make).
 */
export function undoneDeed(result: MapResult, readings: readonly RequestReading[], byName: ReadonlyMap<string, NormalisedFunction>, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || result.kind !== 'call' || readings.some((reading) => reading.mood === 'question')) return undefined;
  // Each reading's clauses: the verb as said ("erase") and as read for its sense ("wipe out").
  for (const clause of readings.flatMap((reading) => clauses(reading.text))) {
    const core = commandCore(clause, wordNet);
    if (!core) continue;
    const verb = core.verb.split(' ')[0]!;
    // "wipe out", "call off": the phrasal verb as WordNet lists it, where the bare verb does not undo.
    if (!undoesVerb(verb, wordNet) && !(core.verb.includes(' ') && undoesVerb(core.verb.replace(/ /g, '_'), wordNet))) continue;
    for (const call of result.calls) {
      const fn = byName.get(call.function);
      if (!fn || fn.kind === 'query') continue;
      const words = ownWords(fn);
      const stems = new Set(words.map((word) => stem(word)));
      // "remove the item" to remove_item, "clear the list" to clear_list: the function does what is asked.
      if (stems.has(stem(verb))) continue;
      // A function that itself removes or ends ("turn off", "delete", "deactivate") is the undoing, not its opposite.
      // Its name's pieces for an end ("off" of turn_off: an adjective "new" in a description is no end).
      if (words.some((word) => wordNet.isVerb(word) && undoesVerb(word, wordNet)) || splitIdentifier(fn.name).some((piece) => wordNet.pole(piece.toLowerCase()) === -1)) continue;
      const object = core.object;
      const makesObject = object !== undefined && (stems.has(stem(object)) || words.some((word) => synonyms(word, object, wordNet)));
      // "undock" with no object: the verb's own opposite ("dock", by its un- prefix) is the function's word.
      const undoesOwnVerb = object === undefined && [...wordNet.antonyms(verb)].some((opposite) => stems.has(opposite));
      if (makesObject || undoesOwnVerb) return object ? `${core.verb} the ${object}` : core.verb;
    }
  }
  return undefined;
}
