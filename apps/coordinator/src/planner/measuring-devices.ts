import { en, enPlanning, singularForms, stem, words, type WordNet } from '@meshmind/language';
import type { PlannerDevice } from './planner';

/**
 * A quantity asked of a place is read by the device there that measures it (issue #17): "how bright
 * is it in the conservatory" asks its light-level sensor, not its lamp; "what's the temperature in
 * every room" asks each room's thermometer, and a room's thermostat only where the room has none.
 * "How bright is the lamp" names the lamp and never comes here.
 */

/** A device with no action: it only measures or reports. */
export function onlyMeasures(device: PlannerDevice): boolean {
  return !device.capabilities.some((capability) => capability.kind === 'action');
}

/** Per area, the devices that only measure where the area has one; all of them where it has none. */
export function measuringPerArea(pool: readonly PlannerDevice[]): PlannerDevice[] {
  const byArea = new Map<string, PlannerDevice[]>();
  for (const device of pool) byArea.set(device.area?.id ?? '', [...(byArea.get(device.area?.id ?? '') ?? []), device]);
  return pool.filter((device) => {
    const group = byArea.get(device.area?.id ?? '')!;
    return !group.some(onlyMeasures) || onlyMeasures(device);
  });
}

/**
 * Whether the nouns said are a reading of every device of the pool rather than a kind of device:
 * "temperature" is in get_temperature and get_current_temperature alike.
 */
export function nounsAreReadings(pool: readonly PlannerDevice[], nouns: readonly string[]): boolean {
  const said = new Set(nouns.flatMap((noun) => singularForms(noun)));
  return (
    pool.length > 0 &&
    said.size > 0 &&
    pool.every((device) => device.capabilities.some((capability) => capability.kind === 'query' && words(capability.function.replace(/_/g, ' ')).some((word) => said.has(word.toLowerCase()))))
  );
}

/**
 * How closely a measuring device's own words meet the quantity an adjective asks, by WordNet (the
 * nouns the adjective is a value of): 1 by a reading its API names (get_humidity), 2 by what its
 * state says it measures (device_class illuminance), 3 by its name or aliases ("Light Level"); 0 not.
 */
export function measureTierReader(wordNet: WordNet): (adjective: string, device: PlannerDevice) => number {
  const attributesOf = new Map<string, Set<string>>();
  const meets = (word: string, attributes: ReadonlySet<string>) =>
    word.length > 2 && (singularForms(word).some((form) => attributes.has(stem(form))) || [...wordNet.related(word)].some(([related, weight]) => weight >= 0.55 && attributes.has(related)));
  return (adjective, device) => {
    const key = adjective.toLowerCase();
    let attributes = attributesOf.get(key);
    if (!attributes) attributesOf.set(key, (attributes = new Set([...wordNet.attributeNouns(key)].map(stem))));
    if (attributes.size === 0) return 0;
    const measured = typeof device.state?.device_class === 'string' ? device.state.device_class : undefined;
    const reads = measured
      ? []
      : device.capabilities.filter((capability) => capability.kind === 'query').flatMap((capability) => words(capability.function.replace(/_/g, ' ')));
    const tiers: string[][] = [reads, measured ? words(measured.replace(/_/g, ' ')) : [], [device.name, ...device.aliases].flatMap((label) => words(label))];
    const tier = tiers.findIndex((list) => list.some((word) => meets(word.toLowerCase(), attributes)));
    return tier + 1;
  };
}

/** Whether a clause opens with a question word, contracted too ("what's the temperature ..."). */
export function opensQuestion(tokens: readonly string[]): boolean {
  return en.questionWords.has((tokens[0] ?? '').replace(/'/g, ''));
}

/** The adjectives a question asks "how" of ("how bright is it"), and a condition compares ("warmer than 25"). */
export function askedAdjectives(tokens: readonly string[]): string[] {
  return tokens.filter(
    (_token, index) => (index > 0 && enPlanning.questions.quantityAskers.includes(tokens[index - 1]!)) || enPlanning.comparisons.than.includes(tokens[index + 1] ?? ''),
  );
}

/** Of a place's devices, those that only measure and best meet the quantity asked; none if none does. */
export function measuringAsked(pool: readonly PlannerDevice[], tokens: readonly string[], tierOf: ((adjective: string, device: PlannerDevice) => number) | undefined): PlannerDevice[] {
  const adjectives = askedAdjectives(tokens);
  if (!tierOf || adjectives.length === 0) return [];
  const scored = pool.filter(onlyMeasures).map((device) => ({ device, tier: Math.min(...adjectives.map((adjective) => tierOf(adjective, device) || 9)) }));
  const best = Math.min(9, ...scored.map((entry) => entry.tier));
  return best === 9 ? [] : scored.filter((entry) => entry.tier === best).map((entry) => entry.device);
}
