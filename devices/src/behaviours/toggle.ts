import type { ActionHandler } from './behaviour';

/** Toggles have no declarable effect (the result depends on the state before), so they are code. */
export const toggleOn: ActionHandler = ({ state }) => {
  state.on = state.on !== true;
};
