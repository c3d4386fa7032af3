import { stem, words } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import { presetsOf } from './note-presets';

/**
 * "Close the blind three quarters of the way", "shut the valve a third of the way": a share of the
 * travel said with a verb that names the LOW end of the parameter's scale (its note calls 0
 * "closed") is measured from the other end, the way the thing moves: three quarters of the way
 * closed is a quarter open (25), not three quarters open. Said with the high end's verb ("open it
 * a third of the way") or none, the share is the level itself, as before. The ends are read from
 * the parameter's own note (arguments/note-presets.ts), so a scale whose 0 is "off" or "low" reads
 * the same way; a share given in digits ("close it 30%") stays a level, since people say those as
 * the position they want.
 */
export function shareFromLowEnd(parameter: ParameterSpec, lowerText: string): boolean {
  if (parameter.minimum === undefined || parameter.maximum === undefined) return false;
  const presets = Object.entries(presetsOf(parameter));
  const stemsAt = (value: number) => new Set(presets.filter(([, at]) => at === value).flatMap(([name]) => words(name.toLowerCase()).map(stem)));
  const low = stemsAt(parameter.minimum);
  const high = stemsAt(parameter.maximum);
  const said = words(lowerText).map(stem);
  return said.some((key) => low.has(key) && !high.has(key)) && !said.some((key) => high.has(key) && !low.has(key));
}
