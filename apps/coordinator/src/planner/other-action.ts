import type { PlannerDevice } from './planner';
import { words } from './vocabulary';

/**
 * Whether a request that says a device's active state also names another of its actions (issue
 * #17, needless questions): "play the previous song" says "play", the state a playing speaker is
 * in, but "previous" names its "previous_track", so it does not ask to put the speaker in that
 * state, and the one player playing is the one meant. Only words of action names that no function
 * for entering the state shares count ("turn" is in "turn_on" as much as in "turn_off").
 */
export function namesAnotherAction(tokens: readonly string[], device: PlannerDevice, entering: (functionName: string) => boolean): boolean {
  const actions = device.capabilities.filter((capability) => capability.kind === 'action');
  const enteringWords = new Set(actions.filter((capability) => entering(capability.function)).flatMap((capability) => words(capability.function.replace(/_/g, ' '))));
  const otherWords = new Set(
    actions
      .filter((capability) => !entering(capability.function))
      .flatMap((capability) => words(capability.function.replace(/_/g, ' ')))
      .filter((word) => word.length > 2 && !enteringWords.has(word)),
  );
  return tokens.some((token) => otherWords.has(token));
}
