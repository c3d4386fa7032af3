import { MeshmindError } from '@meshmind/protocol';
import type { SimulationClock } from '../clock';
import type { WifiNetwork } from './robot-peripherals';

export interface WarehouseOptions {
  seed: number;
  robots: number;
  shelves: number;
  slotsPerShelf?: number;
  /** Chance that a slot starts empty (default 0.25). */
  vacancyRate?: number;
  /** Charging docks (default one per ten robots, at least one). */
  docks?: number;
  /** Time source; tests pass createManualClock() and advance it. Default: the system clock. */
  clock?: SimulationClock;
  /** Simulated time per tick (default 100 ms). */
  tickMs?: number;
  /** Battery used per metre driven, percent (default 0.05: 2 km on a full charge). */
  batteryDrainPerMetre?: number;
  /** Charge gained per second on a dock, percent (default 0.5). */
  chargePerSecond?: number;
  replanAfterMs?: number;
  maxWaitMs?: number;
  wifiNetworks?: WifiNetwork[];
  /**
   * What lies on some shelves, laid over the seeded contents: slot 1, 2, ... in order (null for a
   * vacant slot); slots past the end of the list are vacant.
   */
  shelfContents?: ReadonlyArray<{ shelf: number; slots: ReadonlyArray<string | null> }>;
}

const LIMITS = { robots: 10_000, shelves: 10_000, slotsPerShelf: 64 };

function checkCount(name: string, value: unknown, minimum: number, maximum: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum || value > maximum) {
    throw new MeshmindError('E_CONFIG_INVALID', `warehouse ${name} must be an integer from ${minimum} to ${maximum}, got ${JSON.stringify(value)}`);
  }
  return value;
}

export interface CheckedWarehouseOptions {
  robotCount: number;
  shelfCount: number;
  slotsPerShelf: number;
  dockCount: number;
  vacancyRate: number;
  tickMs: number;
}

/** Options come from scenario files and benchmark flags: every one is checked, E_CONFIG_INVALID names the bad one. */
export function checkWarehouseOptions(options: WarehouseOptions): CheckedWarehouseOptions {
  if (typeof options !== 'object' || options === null) throw new MeshmindError('E_CONFIG_INVALID', 'warehouse options must be an object');
  const robotCount = checkCount('robots', options.robots, 1, LIMITS.robots);
  const shelfCount = checkCount('shelves', options.shelves, 1, LIMITS.shelves);
  const slotsPerShelf = checkCount('slotsPerShelf', options.slotsPerShelf ?? 8, 1, LIMITS.slotsPerShelf);
  const dockCount = checkCount('docks', options.docks ?? Math.max(1, Math.ceil(robotCount / 10)), 1, robotCount);
  if (typeof options.seed !== 'number' || !Number.isFinite(options.seed)) throw new MeshmindError('E_CONFIG_INVALID', 'warehouse seed must be a finite number');
  const vacancyRate = options.vacancyRate ?? 0.25;
  if (typeof vacancyRate !== 'number' || !(vacancyRate >= 0 && vacancyRate <= 1)) {
    throw new MeshmindError('E_CONFIG_INVALID', `warehouse vacancyRate must be between 0 and 1, got ${JSON.stringify(vacancyRate)}`);
  }
  const tickMs = checkCount('tickMs', options.tickMs ?? 100, 1, 10_000);
  for (const [name, value] of [
    ['batteryDrainPerMetre', options.batteryDrainPerMetre],
    ['chargePerSecond', options.chargePerSecond],
    ['replanAfterMs', options.replanAfterMs],
    ['maxWaitMs', options.maxWaitMs],
  ] as const) {
    if (value !== undefined && (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value))) {
      throw new MeshmindError('E_CONFIG_INVALID', `warehouse ${name} must be a non-negative number, got ${JSON.stringify(value)}`);
    }
  }
  for (const [index, entry] of (options.shelfContents ?? []).entries()) {
    if (!Number.isInteger(entry.shelf) || entry.shelf < 1 || entry.shelf > shelfCount) {
      throw new MeshmindError('E_CONFIG_INVALID', `warehouse shelfContents[${index}].shelf must be a shelf number from 1 to ${shelfCount}, got ${JSON.stringify(entry.shelf)}`);
    }
    if (!Array.isArray(entry.slots) || entry.slots.length > slotsPerShelf) {
      throw new MeshmindError('E_CONFIG_INVALID', `warehouse shelfContents[${index}].slots must list at most ${slotsPerShelf} slots (slotsPerShelf)`);
    }
    for (const item of entry.slots) {
      if (item !== null && (typeof item !== 'string' || item.trim() === '')) {
        throw new MeshmindError('E_CONFIG_INVALID', `warehouse shelfContents[${index}].slots holds ${JSON.stringify(item)}: an item is a non-empty label, or null for a vacant slot`);
      }
    }
  }
  return { robotCount, shelfCount, slotsPerShelf, dockCount, vacancyRate, tickMs };
}
