import type { PlannerDevice, ReferenceReading } from './planner/planner';
import { asSentence } from './planner/text';
import type { StoredStep } from './store/records';

/** A subtask of the last goal that changed something, as the ledger keeps it. */
export interface ActedRow {
  deviceId: string;
  text: string;
}

/**
 * "open the bay curtains", then "and the kitchen blind": a turn that names a device and no verb
 * (conversation-cues.ts readFollowUpShape) says the last request again of that device. The last
 * goal's subtask that acted on a device of the same kind (or its only one) is said again with the
 * new device's name where its reference stood, as a correction redoes it, with nothing undone. None
 * where the reference is not one device, where no subtask acted, or where several of that kind acted
 * with different requests (the planner reads the turn then).
 */
export function followUpSteps(reading: ReferenceReading, acted: readonly ActedRow[], devices: readonly PlannerDevice[], read: (phrase: string) => ReferenceReading): StoredStep[] | undefined {
  if (reading.deviceIds.length !== 1 || reading.ambiguous || reading.unread.length > 0) return undefined;
  const meant = devices.find((device) => device.id === reading.deviceIds[0]);
  if (!meant || acted.length === 0 || acted.some((row) => row.deviceId === meant.id)) return undefined;
  const typeOf = (row: ActedRow) => devices.find((device) => device.id === row.deviceId)?.type;
  const sameKind = acted.filter((row) => typeOf(row) === meant.type);
  const rows = sameKind.length > 0 ? sameKind : acted.length === 1 ? acted : [];
  const texts = [...new Set(rows.map((row) => {
    const said = read(row.text);
    return said.span ? asSentence([...said.tokens.slice(0, said.span.start), meant.name, ...said.tokens.slice(said.span.end)].join(' ')) : undefined;
  }))];
  if (texts.length !== 1 || texts[0] === undefined) return undefined;
  return [{ id: 'f1', deviceId: meant.id, text: texts[0], after: [] }];
}
