import type { DeviceBehaviour } from './behaviour';
import { moveTo, stopTravel, type TravelSpec } from './travel';

const coverTravel: TravelSpec = {
  stateKey: 'cover_state',
  positionKey: 'position',
  // Like Home Assistant: any opening above zero counts as open.
  settledState: (position) => (position === 0 ? 'closed' : 'open'),
  positionOfSettledState: (state) => (state === 'closed' ? 0 : 100),
};

export const coverBehaviour: DeviceBehaviour = {
  defaults: { position: 0, cover_state: 'closed' },
  actions: {
    open_cover: moveTo(coverTravel, () => 100),
    close_cover: moveTo(coverTravel, () => 0),
    set_position: moveTo(coverTravel, ({ args }) => args.position as number),
    stop_cover: stopTravel(coverTravel, coverTravel.settledState),
  },
};

const garageDoorTravel: TravelSpec = {
  stateKey: 'door_state',
  settledState: (position) => (position >= 100 ? 'open' : position <= 0 ? 'closed' : 'stopped'),
  positionOfSettledState: (state) => (state === 'open' ? 100 : state === 'closed' ? 0 : 50),
};

export const garageDoorBehaviour: DeviceBehaviour = {
  defaults: { door_state: 'closed' },
  actions: {
    open_door: moveTo(garageDoorTravel, () => 100),
    close_door: moveTo(garageDoorTravel, () => 0),
    stop_door: stopTravel(garageDoorTravel, garageDoorTravel.settledState),
  },
};
