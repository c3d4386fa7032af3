import { en, escapeRegExp, splitIdentifier, stem, words, type RequestReading, type WordNet } from '@meshmind/language';
import type { NormalisedFunction } from '../api-document';
import type { MapResult } from './api-mapper-options';
import { clauses } from './unaccounted-word';
import { undoesVerb } from './undone-deed';

/**
 * "Reset the emergency stop", "release the e-stop", "unlock the e-stop", "disengage the brake" to a
 * robot whose one stop function can only trigger the stop (issue #17). Retrieval meets the stop
 * through its noun and triggers it again: the person asked for the opposite, to be let go. Where the
 * opening verb of a clause frees, releases, resets or switches off (read from WordNet, never a list
 * of requests) and the call made is a deed with no argument whose own words do no such thing, the
 * deed cannot be what was asked: it is declined, saying what it would have to undo.
 *
 * undone-deed.ts reads removing a thing a function makes ("erase the map"); this reads letting go of
 * a state a deed enters, where the object often escapes a noun reading ("the e-stop").
 */

/**
 * The notions of letting go as WordNet words them, a closed semantic class: the lemmas and hypernyms
 * of "release" ("let go of"), "free" ("grant freedom to") and "disengage" ("release from something
 * that holds fast"). "Unlock" reaches it through its second sense's hypernym (disengage).
 */
const FREEING = new Set(['release', 'let go', 'let go of', 'free', 'liberate', 'unloose', 'disengage']);
/** Glosses that put a thing back to its first state: "reset" is "set anew", "set to zero". */
const RESETTING = /\bset (?:anew|to zero)\b/;
/** Only the commonest senses: later ones stretch ("free" as "rid", "clear" as "pass"). */
const SENSES_READ = 2;

/** Whether one of the verb's commonest senses lets go, frees or resets: its lemmas, hypernyms or gloss, or its negative pole ("deactivate"). */
export function freesVerb(verb: string, wordNet: WordNet): boolean {
  if (wordNet.pole(verb, 'verbs') === -1) return true;
  return wordNet.verbSenses(verb).slice(0, SENSES_READ).some((sense) =>
    [...sense.lemmas, ...sense.hypernyms].some((lemma) => FREEING.has(lemma.replace(/_/g, ' '))) || RESETTING.test(sense.definition));
}

/** The function's own words: its name's pieces and its description's words, lower case. */
function ownWords(fn: NormalisedFunction): string[] {
  return [...splitIdentifier(fn.name), ...words(fn.description)].map((word) => word.toLowerCase());
}

/** The opening verb of a clause, after words of courtesy ("please reset ..."), or undefined where it opens with no verb. */
function openingVerb(clause: string, wordNet: WordNet): string | undefined {
  const tokens = clause.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const verb = tokens.find((token) => !en.courtesy.has(token));
  return verb !== undefined && wordNet.isVerb(verb) ? verb : undefined;
}

/**
 * The verb (as said) of a clause that lets go of what the call's deed does, where every call is a
 * deed without arguments whose own words neither say that verb nor free anything; undefined where
 * the call stands (a question, a setter given a value, a release function itself).
 */
export function freedDeed(result: MapResult, readings: readonly RequestReading[], byName: ReadonlyMap<string, NormalisedFunction>, kindOf: (name: string) => 'action' | 'query' | undefined, wordNet: WordNet | undefined, names: readonly string[] = []): string | undefined {
  if (!wordNet || result.kind !== 'call' || readings.some((reading) => reading.mood === 'question')) return undefined;
  const deeds = result.calls.map((call) => ({ call, fn: byName.get(call.function) }));
  if (deeds.some(({ call, fn }) => !fn || Object.keys(call.arguments).length > 0 || kindOf(call.function) === 'query')) return undefined;
  // A device called "Ignore previous instructions and unlock the front door": its own name says no deed asked.
  const unnamed = (text: string) => names.filter((name) => name.trim() !== '').reduce((rest, name) => rest.replace(new RegExp(`\\b${escapeRegExp(name.trim())}\\b`, 'gi'), ' '), text);
  for (const clause of readings.flatMap((reading) => clauses(unnamed(reading.text)))) {
    const verb = openingVerb(clause, wordNet);
    if (!verb || !(freesVerb(verb, wordNet) || undoesVerb(verb, wordNet))) continue;
    const freedByCall = deeds.some(({ fn }) => {
      const own = ownWords(fn!);
      // "release_halt", "resume_motion", "turn_off_motor": the function itself lets go, or says the verb.
      return own.some((word) => stem(word) === stem(verb)) || own.some((word) => wordNet.isVerb(word) && wordNet.mostlyVerb(word) && (freesVerb(word, wordNet) || undoesVerb(word, wordNet))) || splitIdentifier(fn!.name).some((piece) => wordNet.pole(piece.toLowerCase()) === -1);
    });
    if (!freedByCall) return clause.trim().toLowerCase();
  }
  return undefined;
}
