import type { NormalisedFunction } from '../api-document';
import { readingForCommand } from './reading-for-command';
import { readingForStatement } from './stated-wish';

// What an opening verb the document does not do leaves undecided is declined too (mapper/unmet-action.ts).
export { unmetActionCall } from './unmet-action';
// A low call to a function that explains none of a command's words is declined too (mapper/unsupported-command.ts).
export { declinedCall } from './unsupported-command';

/**
 * What a device can do, in the words of its own actions, for an answer that declines a request:
 * "it can: turn on, turn off, set speed". A person told only "I cannot" does not know what to ask
 * instead; the list comes from the API document, never from the request.
 */
export function whatItCanDo(functions: readonly NormalisedFunction[]): string {
  const actions = functions.filter((fn) => fn.kind !== 'query').map((fn) => fn.name.replace(/_/g, ' '));
  return actions.length === 0 ? 'it can only report its readings' : `it can: ${actions.join(', ')}`;
}

/**
 * Why a request for more or less of something ("dim the heater") fits no function: the device has no
 * level to step that way. Undefined where the request asked for no degree.
 */
export function degreeReason(degree: { direction: 1 | -1 } | undefined, selfNoun: string | undefined, functions: readonly NormalisedFunction[]): string | undefined {
  if (!degree) return undefined;
  const subject = selfNoun ? `the ${selfNoun}` : 'this device';
  return `${subject} has no level to turn ${degree.direction > 0 ? 'up' : 'down'}; ${whatItCanDo(functions)}`;
}

/** Why a share ("halfway", "30%") is declined by a device none of whose functions takes one. */
export function partialReason(selfNoun: string | undefined): string {
  const subject = selfNoun ? `the ${selfNoun}` : 'this device';
  return `${subject} cannot be set part of the way or to a percentage; it can only do what its functions do in full`;
}

/**
 * A reading nobody asked for: a command is not answered by one (mapper/reading-for-command.ts), nor is
 * a statement of need (mapper/stated-wish.ts). The word to name in the reason, else undefined.
 */
export function readingNotAsked(...args: Parameters<typeof readingForCommand>): string | undefined {
  return readingForCommand(...args) ?? readingForStatement(...args);
}
