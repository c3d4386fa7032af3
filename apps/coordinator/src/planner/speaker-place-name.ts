/**
 * "turn the extractor on" said in the annexe shower room, whose fan is its "Extractor Fan", in a home
 * whose bathroom fan has the alias "extractor" (issue #17, where the person speaks): the words said
 * are the whole alias of a device in another room, but the device of that kind in front of the person
 * carries every one of them in its own name. As with two devices of one name ("the lamp" said in the
 * bedroom), the one where the person speaks is meant. Only where the device named is elsewhere, and
 * exactly one device of its type here carries every word said.
 */
import { labelHoldsEvery } from './asked-state';
import { tokenize } from '@meshmind/language';
import type { PlannerDevice } from './planner';

/**
 * The one device of the speaker's area, of the named devices' type, whose name or alias holds every
 * spoken word, or whose name is a word for the same thing (WordNet: "Telly" for "tv"); else
 * undefined. Several devices of one name elsewhere ("TV" in two guest rooms) are read alike: "turn on
 * the tv" said in the lounge whose TV is the "Telly" means that one, not a question between the two.
 */
export function speakersOwnByName(
  named: PlannerDevice | readonly PlannerDevice[],
  spoken: readonly string[],
  devices: readonly PlannerDevice[],
  fromAreaId: string | undefined,
  sameThing?: (noun: string, other: string) => boolean,
): PlannerDevice | undefined {
  const all: readonly PlannerDevice[] = Array.isArray(named) ? named : [named as PlannerDevice];
  const type = all[0]?.type;
  if (!fromAreaId || type === undefined || spoken.length === 0 || all.some((device) => !device.area || device.area.id === fromAreaId || device.type !== type)) return undefined;
  const calledSo = (device: PlannerDevice) => labelHoldsEvery(device, spoken) || (spoken.length === 1 && !!sameThing && tokenize(device.name).some((word) => sameThing(spoken[0]!, word)));
  const here = devices.filter((device) => !all.includes(device) && device.area?.id === fromAreaId && device.type === type && calledSo(device));
  return here.length === 1 ? here[0] : undefined;
}
