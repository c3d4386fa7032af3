import { en, enReference, fillTemplate, gerundBases, splitIdentifier, stem, words, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';

/**
 * Stems of WordNet's anchor lemmas of ending or giving a thing up (a closed set naming the concept):
 * "abort" is a kind of "end", "call off" is glossed "annul something that was scheduled", "scrap" and
 * "abandon" are kinds of "discard".
 */
const ENDING = new Set(['end', 'stop', 'terminate', 'discontinue', 'cease', 'annul', 'discard'].map(stem));
/** Stems of WordNet's anchor lemmas of beginning: a verb that begins is never read as an end. */
const BEGINNING = new Set(['start', 'begin', 'continue', 'resume'].map(stem));
/** What an activity is a kind of in WordNet's noun hierarchy (a closed set of its top nouns): "cleaning", "irrigation", "film" (a show). */
const ACTIVITY = ['act', 'activity', 'event'];

/**
 * Whether the verb's commonest sense ends or gives up: its lemmas, its broader verbs or the genus of its
 * gloss meet an anchor of ending. Only the commonest: "check" has a rare sense of arresting a motion, and
 * "check the charge" was read as "stop the charge".
 */
export function givesUp(verb: string, wordNet: WordNet): boolean {
  const senses = wordNet.verbSenses(verb).slice(0, 1);
  if (senses.length === 0 || [...wordNet.antonyms(verb.replace(/ /g, '_'))].some((opposite) => ENDING.has(opposite))) return false;
  if (senses.some((sense) => sense.lemmas.some((lemma) => BEGINNING.has(stem(lemma))))) return false;
  return senses.some((sense) => {
    // The gloss's genus verbs: its first word and each one after "or" ("postpone indefinitely or annul something").
    const genus = [...sense.definition.matchAll(/(?:^|\bor )([a-z]+)/g)].map((match) => match[1]!);
    return [...sense.lemmas, ...sense.hypernyms, ...genus].some((word) => ENDING.has(stem(word.replace(/_/g, ' '))));
  });
}

/** Whether the noun names an activity: a gerund of a verb ("hoovering"), or a noun whose commonest sense is a kind of act or event. */
export function namesActivity(noun: string, wordNet: WordNet): boolean {
  if (gerundBases(noun).some((base) => wordNet.isVerb(base))) return true;
  const broader = wordNet.nounAncestors(noun, 'first');
  return ACTIVITY.some((top) => broader.has(top));
}

/**
 * Whether one of the device's actions ends something by its own words ("Ends the cleaning run", "Stops
 * playback", "so the water stops"): a plug that only switches off has no activity of its own to end,
 * and "knock the heating off" is its turn_off, read from the particle.
 */
function endsOwnActivity(document: NormalisedDocument): boolean {
  return document.functions.some((fn) => fn.kind !== 'query' && [...splitIdentifier(fn.name), ...words(fn.description)].some((word) => ENDING.has(stem(word.toLowerCase()))));
}

/**
 * Whether the activity is one the device's own words name ("cleaning" on a vacuum whose functions
 * clean, "vacuuming" on a device called a vacuum): "cancel the delivery" said to a robot that delivers
 * nothing is no end of anything it does, and was read as its emergency stop. An activity that is itself an end ("cancel the emergency stop")
 * is never read as one more end.
 */
function ownActivity(object: readonly string[], document: NormalisedDocument): boolean {
  const heads = object.map((word) => stem(word));
  if (heads.some((head) => ENDING.has(head))) return false;
  const named = [document.title, ...document.nouns].flatMap((name) => words(name));
  const own = new Set([...named, ...document.functions.flatMap((fn) => [...splitIdentifier(fn.name), ...words(fn.description)])].map((word) => stem(word.toLowerCase())));
  const head = object.at(-1)!;
  return [head, ...gerundBases(head)].some((word) => own.has(stem(word)));
}

/**
 * "Call off the cleaning", "scrap the vacuuming", "abandon the clean", "call off the film" (issue
 * #17): a verb of giving a thing up, said of an activity the device does. Retrieval met only the
 * activity's own word ("cleaning"), which names the function that starts it, and the robot set off
 * cleaning: the opposite of the wish. The verb is one WordNet files under ending or giving up in its
 * commonest sense (its lemmas, broader verbs or gloss meet an anchor of ending: call_off "annul", scrap and
 * abandon "discard"), with a phrasal particle where WordNet lists the pair
 * ("call off", "call the cleaning off"); its object is an activity (a gerund, or a noun WordNet files
 * under act or event) that the device's own words name. The command is read as the end of that activity ("stop the cleaning", as
 * had-enough.ts reads "that's enough hoovering"), which the mapper reads as it reads any stop.
 * Only on a device one of whose actions ends something by its own words (a vacuum's stop_cleaning,
 * a player's stop, a valve's close "so the water stops"), not a plug or a lamp.
 * Left as said where the verb is a word of one of the device's own functions ("pause the cleaning"
 * is pause_cleaning's), a verb of beginning, or its object is a thing ("drop the blinds", "drop the
 * volume"); only the command's first clause, opening with the verb.
 */
export function withGivenUpActivity(text: string, document: NormalisedDocument, wordNet: WordNet | undefined): string {
  if (!wordNet || /\?/.test(text)) return text;
  const clauseEnd = text.search(/[,;.!]/);
  const clause = clauseEnd < 0 ? text : text.slice(0, clauseEnd);
  const said = clause.toLowerCase().replace(/[’‘]/g, "'").split(/\s+/).filter(Boolean);
  let at = 0;
  while (at < said.length && en.courtesy.has(said[at]!)) at += 1;
  const verb = said[at];
  if (!verb) return text;
  let rest = said.slice(at + 1);
  let phrase = verb;
  // A particle right after the verb, or ending the clause, with which WordNet lists it ("call off", "call the cleaning off").
  const particle = [rest[0], rest.at(-1)].find((word) => word !== undefined && en.verbParticles.has(word) && wordNet.verbSenses(`${verb} ${word}`).some((sense) => sense.lemmas.includes(`${verb}_${word}`)));
  if (particle) {
    phrase = `${verb} ${particle}`;
    rest = rest[0] === particle ? rest.slice(1) : rest.slice(0, -1);
  }
  const object = rest.filter((word) => !en.determiners.has(word));
  const own = new Set(document.functions.flatMap((fn) => splitIdentifier(fn.name).map((word) => stem(word.toLowerCase()))));
  if (object.length === 0 || object.length > 2 || own.has(stem(verb)) || !endsOwnActivity(document) || !givesUp(phrase, wordNet) || !namesActivity(object.at(-1)!, wordNet) || !ownActivity(object, document)) return text;
  const lead = text.slice(0, text.toLowerCase().indexOf(verb));
  return `${lead}${fillTemplate(enReference.hadEnough.command, { thing: rest.join(' ') })}${text.slice(clause.length)}`;
}
