/**
 * Kind words a device's own name says by WordNet's hierarchy (issue #17, plurals): "turn off all
 * the heaters" to a home with a "Panel Heater" and an "Oil Radiator" (a smart plug's switch) means
 * both, for a radiator is a kind of heater. Read narrowly, so that no reference widens:
 * - the name's word is a kind of the word said one step up, in its commonest sense that names a
 *   made thing (a "Stove" is first a kitchen appliance, a heater only in its second sense: "turn off
 *   all the heaters" never reaches a cooker);
 * - the word said is a kind noun of the catalog, of another type than the device's own: where its
 *   own type has the word ("lamp" for a light called "Porch lantern") the catalog already says
 *   which of its devices are called so, and a name is not widened past it;
 * - never the general word of a type ("cover" is a window covering, not a blanket).
 */
import type { PlannerDevice } from './planner';
import { isGeneralNoun, nounKeys } from './reference';

/** Reads the broader nouns of a noun with their steps up (WordNet.nounAncestors). */
export type NounAncestors = (noun: string) => ReadonlyMap<string, number>;

/**
 * Files each device under the catalog's kind words its own nouns are a direct kind of, in
 * `ownNouns` and `devicesByNoun` alike.
 */
export function addBroaderOwnNouns(devices: readonly PlannerDevice[], ownNouns: Map<string, Set<string>>, devicesByNoun: Map<string, Set<string>>, ancestorsOf: NounAncestors): void {
  const catalogWords = new Set(devices.flatMap((device) => device.nouns.flatMap(nounKeys)));
  const kindWords = [...catalogWords].filter((word) => !devices.some((device) => isGeneralNoun(word, device)));
  if (kindWords.length === 0) return;
  const additions: Array<[string, string]> = [];
  for (const [noun, owners] of ownNouns) {
    const broader = ancestorsOf(noun);
    for (const word of kindWords) {
      if (broader.get(word) !== 1) continue;
      for (const device of devices) {
        if (owners.has(device.id) && !device.nouns.some((own) => nounKeys(own).includes(word))) additions.push([word, device.id]);
      }
    }
  }
  for (const [word, deviceId] of additions) {
    for (const map of [ownNouns, devicesByNoun]) {
      let set = map.get(word);
      if (!set) map.set(word, (set = new Set()));
      set.add(deviceId);
    }
  }
}
