import { enReference, splitIdentifier, stem, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { clauses, commandCore } from './unaccounted-word';
import { changesSomething } from './knowing-verb';
import { LIGHT_VERB_SENSES } from './function-kind';
import type { GlossedWords } from './glossed-words';

/**
 * "Go and charge it" to a robot that reports its battery and docks to recharge: a command whose
 * verb is a deed an action of the document names ("docks to recharge"), answered with a query
 * that only reports on the thing the deed is about (the battery). The shared noun pulls the
 * query up; running it tells the person their charge and leaves the robot where it is. Where the
 * command's verb is not the query's own verb, not a verb of knowing, and is a word of some action
 * of the document, the query is no answer: declined, so the person is asked rather than misread.
 */

/** WordNet's lexicographer files of verbs that yield or give knowledge: "check", "read", "tell" are a query's own deeds. */
const KNOWING_CATEGORIES: ReadonlySet<string> = new Set(['perception', 'cognition', 'communication']);
/** "Update me on the fuel", "fill us in": a verb said to the speaker asks to be told (en-reference's closed class of object pronouns). */
const SPEAKER_OBJECTS: ReadonlySet<string> = new Set(enReference.viewing.speakerObjects);
/** WordNet's file of going somewhere: "go charge", "go and recharge" say the deed in the verb after it. */
const MOTION = 'motion';

/** The verb a function is named and described by: its name's first piece and its description's first word. */
function ownVerbs(fn: NormalisedFunction): Set<string> {
  const first = fn.description.toLowerCase().match(/\p{L}+/u)?.[0];
  return new Set([splitIdentifier(fn.name)[0]?.toLowerCase(), first].filter((word): word is string => word !== undefined).map((word) => stem(word)));
}

/** Every word of the function's name and description, stemmed; and its glossed words where the notes are in another language (mapper/glossed-words.ts). */
function ownStems(fn: NormalisedFunction, glossed: GlossedWords | undefined): Set<string> {
  return new Set([...splitIdentifier(fn.name), ...(fn.description.toLowerCase().match(/\p{L}+/gu) ?? []), ...(glossed?.(fn.name) ?? [])].map((word) => stem(word.toLowerCase())));
}

/** The deed a clause asks for: its opening verb, or the verb right after a verb of going ("go recharge"). */
function deedVerb(clause: string, wordNet: WordNet): string | undefined {
  const core = commandCore(clause, wordNet);
  if (!core) return undefined;
  const verb = core.verb.split(' ')[0]!;
  const words: string[] = clause.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const next = words[words.indexOf(verb) + 1];
  if (next !== undefined && SPEAKER_OBJECTS.has(next)) return undefined;
  if (wordNet.verbSenses(verb)[0]?.category !== MOTION || core.particle !== undefined) return verb;
  return next !== undefined && wordNet.isVerb(next) ? next : verb;
}

/**
 * The verb of a command that a query was chosen for while an action of the document names that
 * verb as its deed; undefined where the call stands (a question, an action called, a verb the
 * query is named by, a verb of knowing, a verb no action names).
 */
export function deedNotReport(result: MapResult, reading: RequestReading, functions: readonly NormalisedFunction[], kindOf: (name: string) => 'action' | 'query' | undefined, wordNet: WordNet | undefined, glossed?: GlossedWords): string | undefined {
  if (!wordNet || result.kind !== 'call' || result.calls.length !== 1 || reading.mood === 'question') return undefined;
  const query = functions.find((fn) => fn.name === result.calls[0]!.function);
  if (!query || kindOf(query.name) !== 'query') return undefined;
  const actions = functions.filter((fn) => kindOf(fn.name) === 'action');
  for (const clause of clauses(reading.text)) {
    const verb = deedVerb(clause, wordNet);
    if (verb === undefined) continue;
    const senses = wordNet.verbSenses(verb);
    // "take stock", "make a map": a light verb says too little; its noun says the deed (light-verbs.ts).
    if (senses.length >= LIGHT_VERB_SENSES) continue;
    const category = senses[0]?.category;
    if (category === undefined || KNOWING_CATEGORIES.has(category) || category === MOTION) continue;
    if (ownVerbs(query).has(stem(verb))) continue;
    // An action's own word for the deed, or (where the document words its actions in another language) a verb that changes something.
    if (actions.some((fn) => ownStems(fn, glossed).has(stem(verb))) || changesSomething(verb, wordNet)) return verb;
  }
  return undefined;
}
