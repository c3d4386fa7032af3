import type { PlannerDevice } from './planner';
import { singularForms, tokenize } from '@meshmind/language';

/**
 * How far a reference reaches (issue #17, over-broad references): a word that names some devices
 * means those devices only, never every device of their type. These helpers read that from the
 * home's own names and the catalog's nouns, so they hold in any home.
 */

/**
 * The keys a noun is filed under: its words, and the same with the last word in its singular
 * forms. "Loft curtains" and "Snug curtain" are then both found by "curtain" and by "curtains".
 */
export function nounKeys(noun: string): string[] {
  const parts = tokenize(noun);
  const last = parts.at(-1);
  if (!last) return [];
  return [...new Set(singularForms(last).map((form) => [...parts.slice(0, -1), form].join(' ')))];
}

/**
 * Whether `noun` is the general word for the device's kind: its type ("light", "media player") or
 * the first noun its description gives ("thermostat" for a climate device). Every device of the
 * kind is one of those; a narrower word of the catalog ("downlight", "lamp", "pendant") is not said
 * of every one, so where some devices carry it in their own names it means them.
 */
export function isGeneralNoun(noun: string, device: PlannerDevice): boolean {
  const general = new Set([tokenize(device.type.replace(/_/g, ' ')).join(' '), tokenize(device.nouns[0] ?? '').join(' ')]);
  return nounKeys(noun).some((key) => general.has(key));
}

/**
 * The devices a kind noun said without a place means: where some of them carry a narrower noun in
 * their own name or alias ("turn off the downlights" to a home with "Loft downlights"), those; with
 * the general word of their kind ("the lights") or no device so named, all of them.
 */
export function narrowByOwnNoun(pool: PlannerDevice[], nouns: readonly string[], ownersOf: (noun: string) => ReadonlySet<string>): PlannerDevice[] {
  const owners = new Set<string>();
  for (const noun of nouns) {
    const own = ownersOf(noun);
    const ownersHere = pool.filter((device) => own.has(device.id));
    // "the lights": every light, even where one is called "Utility light".
    if (ownersHere.length === 0 || pool.some((device) => isGeneralNoun(noun, device))) return pool;
    for (const device of ownersHere) owners.add(device.id);
  }
  return owners.size > 0 ? pool.filter((device) => owners.has(device.id)) : pool;
}

/**
 * Whether a name said in the plural ("the bedroom lights" to a home with a "Bedroom light") is
 * its kind in a place: only when the words before its last one name a place the named devices
 * are in. "the reading lamps" (no place), "the outside lights" for a porch lantern whose alias is
 * "outside light" (the porch is not "outside") and "the extractor fans" are the named devices.
 */
export function pluralNameIsKindInPlace(modifierPlaces: readonly string[], ownerPlaces: readonly string[]): boolean {
  return ownerPlaces.some((place) => modifierPlaces.includes(place));
}

/**
 * The device a name said for a command means, where two names share words ("Shed door" and "Shed
 * door lock"): the named device when its API can do what the verb says; else the one device whose
 * own name or alias holds every word said and whose API can ("lock the shed door" is for the lock,
 * "close the shed door" for the door). Null where nothing better than the named device is found.
 */
export function deviceForVerb(
  named: PlannerDevice,
  spoken: readonly string[],
  verbs: readonly string[],
  devices: readonly PlannerDevice[],
  can: (device: PlannerDevice, verb: string) => boolean,
): PlannerDevice | null {
  if (verbs.length === 0 || verbs.some((verb) => can(named, verb))) return null;
  const holdsWords = (device: PlannerDevice) =>
    [device.name, ...device.aliases].some((label) => {
      const labelWords = tokenize(label);
      return spoken.every((word) => labelWords.includes(word));
    });
  const able = devices.filter((device) => device.id !== named.id && holdsWords(device) && verbs.some((verb) => can(device, verb)));
  return able.length === 1 ? able[0]! : null;
}

/**
 * Words of a device's name besides its head that its own API documents call the thing it moves or
 * serves: "Curtain Left" is a curtain because its cover's functions "draw curtains back", though
 * its name ends in "Left". Only nouns the documents use in the plural or singular count, and only
 * words of the name, so no device gains a noun its name does not say.
 */
export function documentedNameNouns(device: PlannerDevice): string[] {
  const documented = new Set(
    device.capabilities.flatMap((capability) => tokenize(capability.description)).flatMap((token) => singularForms(token)),
  );
  return [device.name, ...device.aliases].flatMap((label) => {
    const parts = tokenize(label);
    return parts.slice(0, -1).filter((part) => part.length > 3 && singularForms(part).some((form) => documented.has(form)));
  });
}
