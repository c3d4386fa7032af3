import { alternation, anyWordPattern, enMapping, type WordNet } from '@meshmind/language';
import type { ParameterSpec } from '@meshmind/protocol';
import { downwardVerb } from './downward-verb';

const { amounts } = enMapping;
const UP = anyWordPattern(amounts.upwards, 'g');
const DOWN = anyWordPattern(amounts.downwards, 'g');
/** A denial and the rest of its clause: "not up", "rather than up", "don't tilt it up" (the language's closed class of openers). */
const DENIED = new RegExp(`\\b(?:${alternation(enMapping.negatedValueOpeners)})\\b[^,;.!?]*`, 'gi');
/** A clause of a document's note, where a sign and a way said together are its convention ("positive tilts down"). */
const CLAUSES = /[^,;.!?()]+/g;
const SIGN_POSITIVE = anyWordPattern(amounts.positive);
const SIGN_NEGATIVE = anyWordPattern(amounts.negative);

/**
 * Which way a request tilts an angle that spans the horizon, as the sign of the number said: 1 keeps
 * it, -1 turns it below the horizon, undefined where the request says both ways and no denial
 * settles it ("up or down 20 degrees"), so the call is asked about rather than guessed.
 *
 * The way said in words wins over the verb's own: "pitch up 15 degrees" and "incline the camera up
 * 30" are up although WordNet's "pitch" and "incline" lean down, and "20 degrees above level" is up
 * whatever verb opens it (issue #17: all three were set below the horizon). A way the request
 * denies is no way ("down 30, not up", "don't tilt it up, tilt it down 15"); a request that only
 * denies one is asked about. With no way said, a verb that moves its object down ("lower the camera
 * 40") says it, unless a "to" names the level itself (arguments/downward-verb.ts).
 *
 * Up is positive unless the parameter's own note says otherwise ("negative values tilt up").
 */
export function tiltSign(parameter: ParameterSpec, lowerText: string, levelSaid: boolean, wordNet: WordNet | undefined): 1 | -1 | undefined {
  const affirmed = lowerText.replace(DENIED, ' ');
  const up = count(UP, affirmed);
  const down = count(DOWN, affirmed);
  if (up > 0 && down > 0) return undefined;
  const upSign = documentUpSign(parameter);
  if (up > 0) return upSign;
  if (down > 0) return -upSign as 1 | -1;
  if (affirmed !== lowerText && (count(UP, lowerText) > 0 || count(DOWN, lowerText) > 0)) return undefined;
  return !levelSaid && downwardVerb(lowerText, wordNet) ? (-upSign as 1 | -1) : 1;
}

/**
 * The sign the parameter's own note gives the way up: -1 where a clause of it ties a positive value
 * to the way down or a negative one to the way up ("positive tilts the camera down"), else 1, the
 * common convention of a tilt (up is positive).
 */
export function documentUpSign(parameter: ParameterSpec): 1 | -1 {
  for (const clause of (parameter.description ?? '').toLowerCase().match(CLAUSES) ?? []) {
    const positive = SIGN_POSITIVE.test(clause);
    const negative = SIGN_NEGATIVE.test(clause);
    if (positive === negative) continue;
    const up = count(UP, clause) > 0;
    const down = count(DOWN, clause) > 0;
    if (up === down) continue;
    return positive === down ? -1 : 1;
  }
  return 1;
}

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}
