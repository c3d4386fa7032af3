/**
 * A device the place lacks (issue #17: never the wrong thing). "turn on the dishwasher in the
 * nursery" to a home whose dishwasher is in the kitchen, "turn on the tv in the bathroom" to a
 * bathroom with no screen: the clause names a kind of device, and the place it names holds none.
 * Before, every device there that can be turned on was turned on. A noun that is a word of the
 * place's devices' own documents ("the color temperature in the bedroom": its lamps set one) is a
 * property they have, and a noun one of their names or aliases carries ("the fan in the office" to
 * a "Fan Heater") names those devices; any other noun names a device that is not there, so no
 * device of the place is meant, and the planner says it found none there.
 */
import { singularForms } from '@meshmind/language';
import type { PlannerDevice } from './planner';
import { capabilityWords } from './capability-match';
import { words } from './vocabulary';

export type AbsentKindReading =
  /** Devices of the place that carry the noun in their name or alias. */
  | { kind: 'named'; devices: PlannerDevice[] }
  /** The noun is a property of the place's devices: their API decides, as before. */
  | { kind: 'property' }
  /** No device of the place is of that kind, has that property or bears that word. */
  | { kind: 'absent' };

function forms(word: string): string[] {
  return [word, ...singularForms(word)];
}

/** How the nouns of a clause read against a place that holds no device of their kinds. */
export function readAbsentKind(pool: readonly PlannerDevice[], nouns: readonly string[], isQuestion: boolean): AbsentKindReading {
  const nounWords = nouns.flatMap((noun) => words(noun));
  if (nounWords.length === 0) return { kind: 'property' };
  const named = pool.filter((device) => {
    const own = new Set([device.name, ...device.aliases].flatMap((label) => words(label)).flatMap(forms));
    return nounWords.some((word) => forms(word).some((form) => own.has(form)));
  });
  if (named.length > 0) return { kind: 'named', devices: named };
  const property = pool.some((device) => {
    const documented = capabilityWords(device, isQuestion, false);
    return nounWords.some((word) => forms(word).some((form) => documented.has(form)));
  });
  return property ? { kind: 'property' } : { kind: 'absent' };
}
