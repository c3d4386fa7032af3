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
import { en } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import { words } from './vocabulary';

const STOP_WORDS = en.plannerStopwords;

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

/**
 * "water the lawn" where "lawn" is an alias of the garden and the garden's sprinklers, drip line and
 * tap all fit the verb: the place word said is a word of one fitting device's own name ("Lawn
 * Sprinklers"), so that one is meant, not a question between them. Only a word the place is called
 * by that is not the place's own name ("garden" is in every "Garden ..." there and says only where),
 * and only where exactly one of the fitting devices carries it; else undefined.
 */
export function namedByPlaceAlias(fitting: readonly PlannerDevice[], clause: ClauseReferences): PlannerDevice | undefined {
  const said = clause.areas.flatMap((match) => {
    const own = new Set(words(fitting.find((device) => device.area?.id === match.value)?.area?.name ?? ''));
    return clause.tokens.slice(match.start, match.end).filter((token) => !own.has(token) && !STOP_WORDS.has(token));
  });
  if (said.length === 0) return undefined;
  const carrying = fitting.filter((device) => said.every((word) => [device.name, ...device.aliases].some((label) => words(label).includes(word))));
  return carrying.length === 1 ? carrying[0] : undefined;
}
