/**
 * A value or degree said once after two objects of one verb belongs to both where both devices are
 * of one kind (issue #17, fractions and several devices in one sentence): "open the vents and the
 * shade screen halfway" is cut at "and" into "open the vents" and "the shade screen halfway"; the
 * first piece, a verb and its object with nothing after it, takes "halfway" too. Devices of other
 * kinds keep the value to the last object ("turn on the radio and the lamp to 40%": the radio's
 * 40% would be a volume nobody asked for), as does a first piece that says a value of its own.
 */
import { en } from '@meshmind/language';
import { referenceTokens, type ClauseReferences } from './clause-references';
import type { PlannerDevice } from './planner';

const CONJUNCTIONS: ReadonlySet<string> = new Set(en.clauseConjunctions.filter((word) => !word.includes(' ')));

/**
 * The words after the last object of a bare piece ("halfway", "to 40 percent") that the piece
 * before (`before`, with its verb) takes as well; null where either piece says more than that, or
 * the two pieces' devices are not all of one kind.
 */
export function sharedModifier(before: ClauseReferences, beforeTargets: readonly PlannerDevice[], bare: ClauseReferences, bareTargets: readonly PlannerDevice[]): string | null {
  // "close the vents, and the blinds halfway": a comma before "and" sets the last object apart with its value.
  if (CONJUNCTIONS.has(bare.tokens[0] ?? '')) return null;
  if (bare.hasAction || bare.isQuestion || bare.pronoun || before.isQuestion || !before.hasAction) return null;
  if (beforeTargets.length === 0 || bareTargets.length === 0) return null;
  // The piece before ends with its object: "open the vents", not "open the vents fully".
  if (!referenceTokens(before).has(before.tokens.length - 1)) return null;
  // The bare piece is objects, then the modifier: no place after them ("in the glasshouse") is the modifier's.
  if (bare.areas.length + bare.floors.length > 0 || bare.named.length + bare.nouns.length === 0) return null;
  const references = referenceTokens(bare);
  const objectsEnd = Math.max(...[...references]) + 1;
  const tail = bare.tokens.slice(objectsEnd);
  if (tail.length === 0 || tail.some((_, index) => references.has(objectsEnd + index))) return null;
  const kinds = new Set(bareTargets.map((device) => device.type));
  if (kinds.size !== 1 || beforeTargets.some((device) => !kinds.has(device.type))) return null;
  return tail.join(' ');
}
