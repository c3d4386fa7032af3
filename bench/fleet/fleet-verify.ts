import type { Coordinator } from '@meshmind/coordinator';

/**
 * Checks what the fleet reported against the simulator's ground truth: per shelf, the vacancy
 * reading of the subtask that finished it must equal `world.vacantSlots(shelf)` (the slot numbers,
 * or their count for the vendors whose API returns a count).
 */

export interface ShelfVerdict {
  shelf: number;
  deviceId: string | null;
  reported: unknown;
  truth: number[];
  correct: boolean;
}

export interface FleetVerification {
  shelves: number;
  correct: number;
  /** Shelves with a reading that disagrees with the world. */
  wrong: ShelfVerdict[];
  /** Shelves nobody reported a reading for. */
  missing: number[];
  verdicts: ShelfVerdict[];
}

function matchesTruth(reported: unknown, truth: number[]): boolean {
  if (typeof reported === 'number') return reported === truth.length;
  if (!Array.isArray(reported)) return false;
  const numbers = reported.map(Number).sort((a, b) => a - b);
  return numbers.length === truth.length && numbers.every((value, index) => value === truth[index]);
}

/** The readings per shelf of one goal, from the coordinator's own records (stand-ins included). */
export function reportedReadings(coordinator: Coordinator, goalId: string): Map<number, { deviceId: string; value: unknown }> {
  const readings = new Map<number, { deviceId: string; value: unknown }>();
  for (const row of coordinator.store.listSubtasks(goalId)) {
    const resource = row.step?.resource;
    if (!resource || row.status !== 'done' || !row.result || !('value' in row.result)) continue;
    readings.set(resource.id, { deviceId: row.deviceId, value: row.result.value });
  }
  return readings;
}

export function verifyShelves(readings: Map<number, { deviceId: string; value: unknown }>, shelves: number[], vacantSlots: (shelf: number) => number[]): FleetVerification {
  const verdicts = shelves.map((shelf): ShelfVerdict => {
    const reading = readings.get(shelf);
    const truth = vacantSlots(shelf);
    return { shelf, deviceId: reading?.deviceId ?? null, reported: reading?.value, truth, correct: reading !== undefined && matchesTruth(reading.value, truth) };
  });
  return {
    shelves: shelves.length,
    correct: verdicts.filter((verdict) => verdict.correct).length,
    wrong: verdicts.filter((verdict) => !verdict.correct && verdict.deviceId !== null),
    missing: verdicts.filter((verdict) => verdict.deviceId === null).map((verdict) => verdict.shelf),
    verdicts,
  };
}
