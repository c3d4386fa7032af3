/**
 * A particle said once after two objects belongs to both verbs (issue #17, several devices in one
 * sentence): "turn the oil heater and the bedside lamp off" is cut at "and" into "turn the oil
 * heater" and "the bedside lamp off". The first piece's verb waits for its particle, which the last
 * piece ends with; without it "turn the oil heater" reads as either end of the switch.
 */
import { en } from '@meshmind/language';
import { referenceTokens, type ClauseReferences } from './clause-references';

const PARTICLES = en.verbParticles;
const ACTION_WORDS = en.actionWords;
const STOP_WORDS = en.plannerStopwords;

/**
 * The particle that the piece before (`before`: a verb and its object, no particle) takes from the
 * piece after it (`after`: nothing but devices and a closing particle); null where either piece
 * says more, or the piece before has a particle of its own ("turn on the fan and the lamp off").
 */
export function sharedParticle(before: ClauseReferences, after: ClauseReferences): string | null {
  const particle = after.tokens.at(-1);
  if (!particle || !PARTICLES.has(particle)) return null;
  if (!before.hasAction || !ACTION_WORDS.has(before.tokens[0] ?? '') || before.tokens.some((token) => PARTICLES.has(token))) return null;
  // The piece before ends with its object: "turn the oil heater", not "turn the heater in the hall to 20".
  const objects = referenceTokens(before);
  if (!objects.has(before.tokens.length - 1)) return null;
  if (after.named.length + after.nouns.length === 0) return null;
  const references = referenceTokens(after);
  const rest = after.tokens.slice(0, -1);
  // An owner's possessive belongs to the device it owns ("grace's bedside lamp").
  const possessive = (token: string) => /^\p{L}+['’]s$/u.test(token);
  return rest.every((token, index) => references.has(index) || possessive(token) || (STOP_WORDS.has(token) && !ACTION_WORDS.has(token))) ? particle : null;
}
