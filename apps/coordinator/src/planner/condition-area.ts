import { en, singularForms, words } from '@meshmind/language';
import type { ClauseReferences } from './clause-references';
import { onlyMeasures } from './measuring-devices';
import type { PlannerDevice } from './planner';

/**
 * "if the wet room humidity is higher than 70 turn on the extractor": a request that names no place
 * carries the place of its condition, so a word several devices share ("Dust Extractor" in the
 * workshop, "Extractor Fan" in the wet room) means the one there. A word counts wherever it stands
 * in a name or alias, not only as its head: "extractor" is a modifier of "Extractor Fan", and still
 * names it. Null unless exactly one device of that place carries a word the request names it by.
 */
export function meantInConditionPlace(clause: ClauseReferences, devices: readonly PlannerDevice[], conditionAreas: ReadonlySet<string>): PlannerDevice[] | null {
  if (conditionAreas.size === 0 || clause.areas.length + clause.floors.length > 0 || clause.pronoun) return null;
  // The words that may name a device: all but function words and verbs ("turn on the vent": "vent").
  const said = clause.tokens.filter((token) => !en.plannerStopwords.has(token) && !en.actionWords.has(token) && !en.questionWords.has(token));
  if (said.length === 0) return null;
  // Every word said is one of the device's own ("the kitchen light" is no light of the bedroom's).
  const carries = (device: PlannerDevice) => {
    const own = new Set([...[device.name, ...device.aliases].flatMap((label) => words(label).map((word) => word.toLowerCase())), ...device.nouns.map((noun) => noun.toLowerCase())]);
    return said.every((token) => [token, ...singularForms(token)].some((form) => own.has(form)));
  };
  // A request goes to what can act: a "Light Level" sensor is never the light turned on.
  const there = devices.filter((device) => device.area && conditionAreas.has(device.area.id) && carries(device) && (clause.isQuestion || !onlyMeasures(device)));
  return there.length === 1 ? there : null;
}
