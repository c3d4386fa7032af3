/**
 * "turn on the operating lamp and the suction in surgery two": the place said at the end of a list
 * of objects may be every object's. Where the first object alone names several devices (three
 * operating lamps, one per surgery), the question "which one?" is answered by the place the list
 * ends with; where the first object names one device, or the place holds none of them, the place is
 * the last object's alone and nothing changes (planner/builtin-planner.ts asks as before).
 */
import type { ClauseReferences } from './clause-references';

/**
 * The words of the place a bare object clause ends with ("in surgery two"), with the word that
 * opens it, to be said after the clause before; null where the clause has a verb of its own, names
 * no place or more than one, or says more after the place.
 */
export function listEndingPlace(next: ClauseReferences): string | null {
  if (next.hasAction || next.isQuestion || next.pronoun) return null;
  const places = [...next.areas, ...next.floors];
  if (places.length !== 1 || next.named.length + next.nouns.length === 0) return null;
  const place = places[0]!;
  if (place.end !== next.tokens.length) return null;
  // The place's words with what is said between the last object and it ("in the", "upstairs in").
  const objectsEnd = Math.max(...[...next.named, ...next.nouns].map((match) => match.end));
  return objectsEnd < place.start ? next.tokens.slice(objectsEnd, place.end).join(' ') : null;
}
