/**
 * "turn the extractor on" said in the annexe shower room, whose fan is its "Extractor Fan", in a home
 * whose bathroom fan has the alias "extractor" (issue #17, where the person speaks): the words said
 * are the whole alias of a device in another room, but the device of that kind in front of the person
 * carries every one of them in its own name. As with two devices of one name ("the lamp" said in the
 * bedroom), the one where the person speaks is meant. Only where the device named is elsewhere, and
 * exactly one device of its type here carries every word said.
 */
import { labelHoldsEvery } from './asked-state';
import type { PlannerDevice } from './planner';

/** The one device of the speaker's area, of the named device's type, whose name or alias holds every spoken word; else undefined. */
export function speakersOwnByName(named: PlannerDevice, spoken: readonly string[], devices: readonly PlannerDevice[], fromAreaId: string | undefined): PlannerDevice | undefined {
  if (!fromAreaId || !named.area || named.area.id === fromAreaId || spoken.length === 0) return undefined;
  const here = devices.filter((device) => device.id !== named.id && device.area?.id === fromAreaId && device.type === named.type && labelHoldsEvery(device, spoken));
  return here.length === 1 ? here[0] : undefined;
}
