import { en, gerundBases, type RequestReading, type WordNet } from '@meshmind/language';
import type { MapResult } from './api-mapper-options';
import type { ScopeReading } from './scope';

/**
 * "Go to the loading dock", "drive to the shipping dock", "head for the packing station" to a robot
 * whose one dock is its charger (issue #17): the place's head noun ("dock") is the charging
 * function's own word, so it docks at the charger, a place the person did not name. The word before
 * the head says which dock: an activity (a gerund, "loading", "shipping") that no word of the
 * document meets is another kind of that place, not the one the function goes to; a word the
 * document does say ("charging dock", "docking station") is its own. Declined, naming the place.
 *
 * Only a gerund of other work: "home dock", "main dock" say which of the device's own places, and a
 * "docking station" is named for the device's own coming in. The prepositions of a goal are English's closed class (en.motionGoals).
 */
const GOAL = new RegExp(`\\b(?:${[...en.motionGoals, 'for'].join('|')})\\s+(?:(?:${[...en.determiners].join('|')})\\s+)?([a-z]+)\\s+([a-z]+)\\b`, 'gi');

/**
 * Verbs of arriving and entering as WordNet's hypernyms name them: a place named for coming into it
 * ("docking station", "landing pad") is where the device itself comes in, not a place of other work.
 * A closed semantic class (arrival).
 */
const ARRIVING = new Set(['enter', 'arrive', 'come', 'come in', 'go into', 'get into', 'move into']);

/** Whether the word is an -ing form of a verb of other work than arriving: an activity that names a kind of place ("loading dock"). */
function isGerund(word: string, wordNet: WordNet): boolean {
  const bases = gerundBases(word).filter((base) => wordNet.isVerb(base));
  const arrives = bases.some((base) => wordNet.verbSenses(base)[0]?.hypernyms.some((hypernym) => ARRIVING.has(hypernym.replace(/_/g, ' '))));
  return bases.length > 0 && !arrives;
}

/** The place ("loading dock") a command sends the call to that is another kind of its own place, or undefined. */
export function otherPlace(result: MapResult, reading: RequestReading, scope: ScopeReading | undefined, wordNet: WordNet | undefined): string | undefined {
  if (!wordNet || !scope?.explained || result.kind !== 'call' || reading.mood === 'question') return undefined;
  const unmet = new Set(scope.unmet);
  for (const match of reading.text.toLowerCase().matchAll(GOAL)) {
    const [, modifier, head] = match as unknown as [string, string, string];
    // A word running English uses (SemCor-tagged): "charing" is a slip for "charging", not a char-ing place.
    if (!unmet.has(modifier) || wordNet.familiarity(modifier) === 0 || !isGerund(modifier, wordNet)) continue;
    const at = scope.content.indexOf(head);
    if (at < 0) continue;
    // The head is the called function's own place: explained by its words.
    if (result.calls.some((call) => scope.explained!.get(call.function)?.has(at))) return `${modifier} ${head}`;
  }
  return undefined;
}
