/**
 * A correction that names only a place (issue #17, learning from correction): "close the blinds in
 * class 2", then "no, class 3" or "no, I meant the kitchen". The devices the last request reached
 * were right in kind and wrong in place. Each is matched to the device of the place named that has
 * its name (two rooms' "Blinds"), else to the one device there of its kind; where any has no such
 * match, or the place is not one of the home's, nothing is read and the turn goes on as before.
 */
import { en, enReference, tokenize } from '@meshmind/language';
import type { PlannerDevice } from './planner/planner';

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(enReference.placePrepositions);

type Place = NonNullable<PlannerDevice['area']>;

function phrase(text: string): string {
  return tokenize(text).join(' ');
}

/** The area of the home the reference is, said whole ("class 3", "in the kitchen"), or undefined. */
export function placeNamed(reference: string, devices: readonly PlannerDevice[]): Place | undefined {
  const words = tokenize(reference);
  let start = 0;
  while (start < words.length && (PLACE_PREPOSITIONS.has(words[start]!) || en.articles.has(words[start]!))) start += 1;
  const said = words.slice(start).join(' ');
  if (!said) return undefined;
  const places = new Map(devices.flatMap((device) => (device.area ? [[device.area.id, device.area] as const] : [])));
  return [...places.values()].find((place) => [place.name, ...place.aliases].some((label) => phrase(label) === said));
}

/** For each device reached, its counterpart in `place`: same name, else the one of its kind there; null where any has none. */
export function counterpartsIn(place: Place, reached: readonly PlannerDevice[], devices: readonly PlannerDevice[]): Map<string, PlannerDevice> | null {
  const there = devices.filter((device) => device.area?.id === place.id);
  const moves = new Map<string, PlannerDevice>();
  for (const device of reached) {
    if (device.area?.id === place.id) return null;
    const named = there.filter((other) => other.type === device.type && phrase(other.name) === phrase(device.name));
    const ofKind = there.filter((other) => other.type === device.type);
    const counterpart = named.length === 1 ? named[0] : ofKind.length === 1 ? ofKind[0] : undefined;
    if (!counterpart) return null;
    moves.set(device.id, counterpart);
  }
  return moves;
}

/** The request's text with the place it named replaced by `place` ("... in class 2." -> "... in Class 3."). */
export function movedText(text: string, from: Place | null, place: Place): string {
  if (!from) return text;
  const labels = [from.name, ...from.aliases].sort((a, b) => b.length - a.length);
  for (const label of labels) {
    const pattern = new RegExp(`\\b${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    if (pattern.test(text)) return text.replace(pattern, place.name);
  }
  return text;
}
