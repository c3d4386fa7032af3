/**
 * A device of a named place that a question calls by a word of its own name or alias (issue #17):
 * "how stale is the air in the lounge" names no kind of device, and the API's words chose the
 * lounge's thermometer ("Reads the air temperature"), where its CO2 sensor is called "air quality". As
 * where no place is said (clause-resolution.ts reads names before the API), a word of one device's
 * name or alias, other than the place's own words, says which device of the place is meant. Read
 * from the devices' own names, so it holds in any home; where several devices' words are said alike,
 * a question asked with a question word goes to the one of them that only measures, else nothing is
 * decided here.
 */
import { partialNameMatches } from './capability-match';
import { placeTokensOf, type ClauseReferences } from './clause-references';
import { onlyMeasures, opensQuestion } from './measuring-devices';
import type { PlannerDevice } from './planner';

export function namedInPlace(pool: PlannerDevice[], clause: ClauseReferences): PlannerDevice[] {
  const places = placeTokensOf(clause);
  // Only a question or a condition: a command's verb is a word of names too ("light up the first floor" is no "Bedroom light").
  if (places.size === 0 || !(clause.isQuestion || clause.condition)) return [];
  // The place's words ("lounge") are in many of its devices' names: they say where, not which.
  const withoutPlace = { ...clause, tokens: clause.tokens.map((token, index) => (places.has(index) ? '' : token)) };
  const named = partialNameMatches(pool, withoutPlace);
  if (named.length === 1) return named;
  // "how stale is the air": the Air Fryer and the "air quality" sensor share the word; a question of
  // how much asks what only measures (measuring-devices.ts).
  const measuring = clause.isQuestion && opensQuestion(clause.tokens) ? named.filter(onlyMeasures) : [];
  return measuring.length === 1 ? measuring : [];
}
