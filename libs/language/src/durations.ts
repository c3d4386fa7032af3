import { en } from './languages/en';
import { findNumbers } from './numbers';

/**
 * Milliseconds of an amount and a unit of time as a request says them: "10" "minutes", "twenty"
 * "secs", "a couple of" "hours". Undefined for a unit that is not one of time.
 */
export function durationMs(amount: string, unit: string): number | undefined {
  const perUnit = en.durationUnits[unit.toLowerCase().replace(/s$/, '')];
  if (perUnit === undefined) return undefined;
  const word = amount.trim().toLowerCase();
  const value = /^\d/.test(word) ? Number(word) : (en.vagueAmounts[word] ?? findNumbers(word)[0]?.value ?? 1);
  return Math.round(value * perUnit);
}
