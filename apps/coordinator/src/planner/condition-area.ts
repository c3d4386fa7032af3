import { CARDINAL_WORDS, en, singularForms, words } from '@meshmind/language';
import type { ClauseReferences } from './clause-references';
import { onlyMeasures } from './measuring-devices';
import type { PlannerDevice } from './planner';
import type { Vocabulary } from './vocabulary';

// Words that say a value, not a device: numbers, and the units and shares a value is said in ("to 40", "30%", "21 degrees").
const VALUE_WORDS = new Set([
  ...CARDINAL_WORDS,
  ...en.percentWords,
  ...Object.entries(en.documentWords.units).flatMap(([symbol, spelt]) => [symbol, ...('words' in spelt ? spelt.words : spelt.wholeWords)]),
]);
/** The anaphora that own rather than name (closed class): "its", "their". */
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their']);
const saysValue = (token: string) => /^[\d.,]+%?$/.test(token) || VALUE_WORDS.has(token);

/**
 * "if the wet room humidity is higher than 70 turn on the extractor": a request that names no place
 * carries the place of its condition, so a word several devices share ("Dust Extractor" in the
 * workshop, "Extractor Fan" in the wet room) means the one there. A word counts wherever it stands
 * in a name or alias, not only as its head: "extractor" is a modifier of "Extractor Fan", and still
 * names it. Where no device of that place carries it, the one on its floor does ("if the snug is
 * colder than 18 put the heating up" to the house's heating in the hall and the holiday let's heat
 * pump). Null unless exactly one device carries a word the request names it by.
 * A value said ("set the lamp to 40", "open the radiator fully") and a word WordNet knows only as a
 * manner ("gently") name no device, and are passed over.
 */
export function meantInConditionPlace(clause: ClauseReferences, devices: readonly PlannerDevice[], conditionAreas: ReadonlySet<string>, vocabulary?: Pick<Vocabulary, 'isOnlyAdverb'>): PlannerDevice[] | null {
  // "turn its air con on" after "if surgery one is warmer than 23": the possessive is the condition's place's; "turn it on" is another reference.
  const possessiveOnly = clause.tokens.every((token) => !en.anaphora.has(token) || POSSESSIVES.has(token));
  if (conditionAreas.size === 0 || clause.areas.length + clause.floors.length > 0 || (clause.pronoun && !possessiveOnly)) return null;
  // The words that may name a device: all but function words and verbs ("turn on the vent": "vent").
  const said = clause.tokens.filter((token) => !en.plannerStopwords.has(token) && !en.actionWords.has(token) && !en.questionWords.has(token) && !POSSESSIVES.has(token) && !saysValue(token) && !vocabulary?.isOnlyAdverb?.(token));
  if (said.length === 0) return null;
  // A request goes to what can act: a "Light Level" sensor is never the light turned on.
  const named = (device: PlannerDevice) => carriesEveryWord(device, said) && (clause.isQuestion || !onlyMeasures(device));
  const there = devices.filter((device) => device.area && conditionAreas.has(device.area.id) && named(device));
  if (there.length > 0) return there.length === 1 ? there : null;
  // "if the snug is colder than 18 degrees put the heating up": no heating in the snug; the one of the
  // house's heating and the let's heat pump on the snug's floor.
  const floors = new Set(devices.flatMap((device) => (device.area?.floor && conditionAreas.has(device.area.id) ? [device.area.floor.id] : [])));
  const onFloor = devices.filter((device) => device.area?.floor && floors.has(device.area.floor.id) && named(device));
  return onFloor.length === 1 ? onFloor : null;
}

/**
 * Whether every word said is one of the device's own, wherever it stands in its name or aliases or
 * among its kind nouns ("the kitchen light" is no light of the bedroom's; "suction" is a word of
 * "Suction Unit" though "unit" is its head).
 */
export function carriesEveryWord(device: PlannerDevice, said: readonly string[]): boolean {
  const own = new Set([...[device.name, ...device.aliases].flatMap((label) => words(label).map((word) => word.toLowerCase())), ...device.nouns.map((noun) => noun.toLowerCase())]);
  return said.every((token) => [token, ...singularForms(token)].some((form) => own.has(form)));
}
