import type { NormalisedFunction } from '../api-document';

/**
 * Which end of an on/off opposition a function is, read from what its document says it does to the
 * device. WordNet gives "start" and "stop" as each other's antonyms but names neither the negative
 * end (it does so for "on"/"off", "lock"/"unlock"), so a request that says "off" where the functions
 * say "start" and "stop" (a microwave's start_heating / stop_heating, whose only other word is their
 * object) met neither, and the embedding alone chose, often the wrong way. The document answers it:
 * the function whose effects set a two-state field false ("running": false) is the off end, the one
 * that sets one true the on end. Mixed or no two-state effects: 0, unknown.
 */
export function effectPole(fn: Pick<NormalisedFunction, 'effects'>): -1 | 0 | 1 {
  const values = new Set((fn.effects ?? []).flatMap((effect) => (typeof effect.value === 'boolean' ? [effect.value] : [])));
  if (values.size !== 1) return 0;
  return values.has(true) ? 1 : -1;
}
