import type { PlannerDevice } from './planner';

/**
 * Which of several capable devices takes a job that one of them is enough for ("bring a robot to
 * shelf 7", "send a robot to charge"): one that can act now, is free, is nearest, has the most
 * charge. Read from the state devices report under the names their descriptions commonly use
 * (`status`, `emergency_stopped`, `battery`, `x`/`y`); a device that reports none of them ranks
 * on being online and free alone.
 */

/** Statuses in which a device cannot take a job until a person or a charger intervenes. */
const UNABLE_STATUSES = new Set(['emergency_stopped', 'battery_empty', 'error', 'jammed', 'fault']);
/** Below this charge (percent) a device is only a last resort. */
const LOW_BATTERY = 10;

const collator = new Intl.Collator('en', { numeric: true });

/** Whether the device can act now, as far as its state says. */
export function canActNow(device: PlannerDevice): boolean {
  const state = device.state ?? {};
  if (!device.online || state.emergency_stopped === true) return false;
  if (typeof state.status === 'string' && UNABLE_STATUSES.has(state.status)) return false;
  return !(typeof state.battery === 'number' && state.battery <= LOW_BATTERY);
}

function distance(device: PlannerDevice, to: { x: number; y: number } | undefined): number {
  const { x, y } = device.state ?? {};
  if (!to || typeof x !== 'number' || typeof y !== 'number') return Number.POSITIVE_INFINITY;
  return Math.abs(x - to.x) + Math.abs(y - to.y);
}

/** The devices best placed first: able, free, near `to` (when positions are known), charged; then by name. */
export function rankDevices(devices: readonly PlannerDevice[], to?: { x: number; y: number }): PlannerDevice[] {
  const battery = (device: PlannerDevice) => (typeof device.state?.battery === 'number' ? device.state.battery : 0);
  return [...devices].sort(
    (a, b) =>
      Number(!canActNow(a)) - Number(!canActNow(b)) ||
      Number(a.busy === true) - Number(b.busy === true) ||
      distance(a, to) - distance(b, to) ||
      battery(b) - battery(a) ||
      collator.compare(a.name, b.name),
  );
}
