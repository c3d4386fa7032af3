import { stem, type WordNet } from '@meshmind/language';
import type { NormalisedDocument } from '../api-document';
import type { MapResult } from './api-mapper-options';
import type { FunctionViews } from './function-views';
import { documentWords } from './scope';
import { unmetActionCall } from './unmet-action';

/**
 * Whether the function a command was mapped to explains any of the command's words. "Print the
 * shipping label" said to a warehouse robot meets the document somewhere ("label" is in the shelf
 * scan's notes, "print" is a narrower verb of a word in the map's notes), so the whole-document
 * scope check of mapper/scope.ts lets it through; the call then goes to the camera or the battery,
 * a function that shares no word with the request at all, ranked only by the embedding's drift.
 * Such a call has no evidence: not its verb, not its object, not any other word of the request
 * meets the chosen function's own words (its name, notes, parameters and values, with their
 * WordNet synonyms, derivations and close relations), and its score is low. The device does
 * something the person did not ask for; "I cannot do that" is the honest answer.
 *
 * The embedding's meaning is evidence too, so a call it clearly picks is never taken, whatever its
 * words: "Photograph the scene" to a robot whose camera function is "grabFrame" (0.42) meets no word
 * of it by WordNet, yet it is the camera that is meant; "kill all movement at once" to an emergency
 * stop whose notes say only "emergency stop robot" is nearer to it than to anything else by 0.09 of
 * cosine. Only a call that ranks low AND that the embedding does not single out is declined: its lead
 * then comes from loose word relations (a broader verb, a gloss) that explain nothing.
 */

/** At or above this score a call stands on the embedding alone (the negatives that reach a function score 0.23-0.29). */
export const UNSUPPORTED_CALL_BELOW = 0.3;

/** The meeting a word needs to explain a function: a synonym, a derivation or a close relation (0.8), not a loose broader word (0.55). */
const SUPPORT_MEETING = 0.75;
/** The meeting the opening verb needs, through its verb relatives, to explain a low call: a synonym (0.9). */
const SYNONYM_SUPPORT = 0.9;

/**
 * Below this lead in cosine over the runner-up, the embedding does not single the call out. Dev
 * split of eval:rag: the negatives that reached a function led by -0.16 to 0.05 (one by 0.12, left
 * called), the right calls that no word explains by 0.09 and more.
 */
export const UNSUPPORTED_MEANING_LEAD = 0.07;

export interface CommandWord {
  word: string;
  /** The part of speech the request gives the word (mapper/scope.ts reads it): the opening verb, a noun after a determiner. */
  part: 'verb' | 'noun' | undefined;
}

export interface FunctionSupport {
  /** The functions none of whose words any of the command's content words meets. */
  unsupported(content: readonly CommandWord[]): Set<string>;
  /** Per function: how many of the request's content words meet its words. */
  support(content: readonly CommandWord[]): Map<string, number>;
  /** Per function: which of the request's content words (by position) meet its words. */
  explained(content: readonly CommandWord[]): Map<string, Set<number>>;
}

/** Each function's own words, stemmed, read as mapper/scope.ts reads the whole document. */
export function functionSupport(document: NormalisedDocument, views: FunctionViews, wordNet: WordNet | undefined): FunctionSupport {
  const owned = document.functions.map((fn, position) => {
    const one = { ...document, functions: [fn], state: {}, nouns: [] };
    const view = views.documents[position];
    return { name: fn.name, stems: new Set([...documentWords(one, { ...views, documents: view ? [view] : [] })].map(stem)) };
  });

  // What a word can mean, stemmed, with the closeness each reading has: its own stem, its WordNet
  // relations in the part it plays, its opposites, and, as the verb a command opens with, the verb
  // relations mapper/action-scope.ts reads (every sense's synonyms, entailments, derivations).
  const readings = (word: CommandWord, verbMeeting = SUPPORT_MEETING): Set<string> => {
    const found = new Set([stem(word.word)]);
    if (!wordNet) return found;
    for (const [key, weight] of wordNet.related(word.word, word.part)) if (weight >= SUPPORT_MEETING) found.add(key);
    if (word.part === 'verb') for (const [key, weight] of wordNet.verbRelatives(word.word)) if (weight >= verbMeeting) found.add(key);
    for (const key of wordNet.antonyms(word.word)) found.add(key);
    return found;
  };

  return {
    unsupported(content: readonly CommandWord[]): Set<string> {
      // A low call is explained by the opening verb only through a synonym: a derivation or a
      // neighbour in WordNet's verb tree meets a gloss by chance ("print" meets a map's "drawing").
      const read = content.map((word) => readings(word, SYNONYM_SUPPORT));
      return new Set(owned.filter((fn) => !read.some((keys) => [...keys].some((key) => fn.stems.has(key)))).map((fn) => fn.name));
    },
    support(content: readonly CommandWord[]): Map<string, number> {
      return new Map([...this.explained(content)].map(([name, positions]) => [name, positions.size]));
    },
    explained(content: readonly CommandWord[]): Map<string, Set<number>> {
      const read = content.map((word) => readings(word));
      return new Map(owned.map((fn) => [fn.name, new Set(read.flatMap((keys, position) => ([...keys].some((key) => fn.stems.has(key)) ? [position] : [])))]));
    },
  };
}

/**
 * The verb to name where a call is declined: the one mapper/unmet-action.ts declines (an opening
 * verb the document does not do, with no clear fit or answered by a reading that `tellsOnly` names),
 * or one whose only function explains none of
 * the command's words, scores below `UNSUPPORTED_CALL_BELOW` and leads the runner-up in meaning by
 * less than `UNSUPPORTED_MEANING_LEAD` (on a document read through glosses, `glossed`, that lead is not
 * read: mapper/glossed-words.ts). Undefined where the call stands.
 */
export function declinedCall(
  result: MapResult,
  scope: { weakAction?: { verb: string; below: number }; unsupported?: { verb: string; functions: ReadonlySet<string> } },
  tellsOnly?: (name: string) => boolean,
  glossed = false,
): string | undefined {
  if (unmetActionCall(result, scope.weakAction, undefined, tellsOnly)) return scope.weakAction!.verb;
  const { unsupported } = scope;
  if (result.kind !== 'call' || !unsupported || result.calls.length !== 1) return undefined;
  const [call] = result.calls;
  const best = result.ranking[0]?.score ?? 0;
  // A document read through glosses is embedded as a salad of glosses, whose lead in meaning vouches for nothing (glossed-words.ts).
  const meaningLead = glossed ? 0 : (result.leads?.find((lead) => lead.function === call!.function)?.pair?.views.semantic ?? 0);
  return unsupported.functions.has(call!.function) && best < UNSUPPORTED_CALL_BELOW && meaningLead < UNSUPPORTED_MEANING_LEAD ? unsupported.verb : undefined;
}
