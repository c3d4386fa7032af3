import type { NormalisedFunction } from '../api-document';

/**
 * How far below the best candidate a fallback that explains none of the request's words may score
 * and still be called: nearly level, the two are a near tie that the arguments decide; further
 * down, it was reached by the embedding's drift. Measured on eval:rag: at 0.03 one right fallback
 * of the dev split was lost to a question, at 0.045 none (the feasibility margin itself is 0.08).
 */
export const UNEXPLAINED_FALLBACK_BEHIND = 0.045;

/**
 * Whether a call that is only reached because the best candidate could not be made is declined.
 * When the best function lacks a value ("what's on this shelf?": which shelf?), the mapper tries
 * the next candidates within a small margin, on the reading that close candidates compete on their
 * arguments ("switch the lamp on" is not set_color_temperature when no temperature is given). That
 * reading holds where the next candidate is itself about the request. Where none of the request's
 * words meets the fallback's own words (its name, notes, parameters, through WordNet:
 * mapper/unsupported-command.ts counts them, as `support`) and it scores clearly below the best
 * (`behind`), it was ranked near only by the embedding's drift, and the device would do what
 * nobody asked for: scan for networks in place of a shelf. A sensitive function (an unlock, the
 * release of an emergency stop) is never reached by a fallback at all: a missing value of another
 * function is no evidence that it was meant. The best candidate's reason is reported instead, so
 * the person is asked for the value.
 */
export function declinesFallback(fn: NormalisedFunction, support: ReadonlyMap<string, number> | undefined, behind: number): boolean {
  if (fn.sensitive) return true;
  const unexplained = support !== undefined && (support.get(fn.name) ?? 0) === 0;
  return unexplained && behind > UNEXPLAINED_FALLBACK_BEHIND;
}
