import { createHash } from 'node:crypto';
import type { DeviceDescription } from './schemas/device-description';

/** Canonical JSON (sorted keys) so that the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Identifies one version of an API document: caches and indexes are keyed by it. */
export function apiDocHash(description: DeviceDescription): string {
  return createHash('sha256').update(canonicalJson(description)).digest('hex').slice(0, 16);
}
