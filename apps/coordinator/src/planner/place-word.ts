/**
 * The answer to "which one do you mean?" that names a word of a candidate's place (issue #17,
 * ambiguous): two lamps both called "Bedside Lamp", one in Arthur's Room and one in Grace's Room, are
 * told apart by "arthur's" or "grace's", the owner's word of the room's name, though neither word is
 * the whole place's name or alias. A word of the place's name or alias, possessive or not, picks the
 * candidates whose place has it; kind words a place shares with others ("room") pick all of them
 * and so tell nothing.
 */
import { tokenize } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import { withoutPossessive } from './text';

/** The words of a device's place's name and aliases, each also without its possessive. */
function placeWords(device: PlannerDevice): Set<string> {
  const area = device.area;
  if (!area) return new Set();
  return new Set([area.name, ...area.aliases].flatMap((phrase) => tokenize(phrase)).flatMap((word) => [word, withoutPossessive(word)]));
}

/** The candidates whose place has one of the words said (`said`: lower-case words, possessives also without). */
export function byPlaceWord(candidates: readonly PlannerDevice[], said: readonly string[]): PlannerDevice[] {
  return candidates.filter((device) => {
    const words = placeWords(device);
    return said.some((word) => words.has(word));
  });
}
