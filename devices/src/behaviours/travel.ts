import type { ActionHandler, BehaviourContext } from './behaviour';

interface Travel {
  from: number;
  to: number;
  startedAt: number;
  durationMs: number;
}

/**
 * Motion of a cover or garage door between 0 (closed) and 100 (open). With travelTimeMs 0 it
 * arrives at once; otherwise it reports opening/closing until a timer lands it, and stop freezes
 * it where the clock says it is.
 */
export interface TravelSpec {
  stateKey: string;
  /** Where the position is kept in state; absent for doors that report no position. */
  positionKey?: string;
  settledState(position: number): string;
  positionOfSettledState(state: string): number;
}

const TRAVEL_TIMER = 'travel';

function currentPosition(spec: TravelSpec, context: BehaviourContext): number {
  const travel = context.memory.travel as Travel | undefined;
  if (travel) {
    const elapsed = Math.min(1, (context.clock.now() - travel.startedAt) / Math.max(1, travel.durationMs));
    return Math.round(travel.from + (travel.to - travel.from) * elapsed);
  }
  if (spec.positionKey) return context.state[spec.positionKey] as number;
  const remembered = context.memory.position as number | undefined;
  return remembered ?? spec.positionOfSettledState(context.state[spec.stateKey] as string);
}

function settle(spec: TravelSpec, context: BehaviourContext, position: number): void {
  context.memory.travel = undefined;
  context.memory.position = position;
  if (spec.positionKey) context.state[spec.positionKey] = position;
  context.state[spec.stateKey] = spec.settledState(position);
}

export function moveTo(spec: TravelSpec, target: (context: BehaviourContext) => number): ActionHandler {
  return (context) => {
    const from = currentPosition(spec, context);
    const to = target(context);
    context.cancel(TRAVEL_TIMER);
    if (context.travelTimeMs <= 0 || from === to) {
      settle(spec, context, to);
      return;
    }
    const durationMs = (context.travelTimeMs * Math.abs(to - from)) / 100;
    context.memory.travel = { from, to, startedAt: context.clock.now(), durationMs } satisfies Travel;
    if (spec.positionKey) context.state[spec.positionKey] = from;
    context.state[spec.stateKey] = to > from ? 'opening' : 'closing';
    context.schedule(TRAVEL_TIMER, durationMs, (landed) => settle(spec, landed, to));
  };
}

export function stopTravel(spec: TravelSpec, stoppedState: (position: number) => string): ActionHandler {
  return (context) => {
    if (!context.memory.travel) return;
    const position = currentPosition(spec, context);
    context.cancel(TRAVEL_TIMER);
    settle(spec, context, position);
    context.state[spec.stateKey] = stoppedState(position);
  };
}
