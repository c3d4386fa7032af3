import type { DeviceBehaviour } from './behaviour';
import { climateBehaviour } from './climate';
import { coverBehaviour, garageDoorBehaviour } from './cover';
import { lockBehaviour } from './lock';
import { mediaPlayerBehaviour } from './media-player';
import { todoListBehaviour } from './todo-list';
import { toggleOn } from './toggle';
import { vacuumBehaviour } from './vacuum';
import { positionValveBehaviour, valveBehaviour } from './valve';

const behaviours: Record<string, DeviceBehaviour> = {
  light: { defaults: { on: false, brightness: 100, color: 'white', color_temperature: 2700 }, actions: { toggle: toggleOn } },
  switch: { defaults: { on: false }, actions: { toggle: toggleOn } },
  fan: { defaults: { on: false, speed: 50, oscillating: false }, actions: { toggle: toggleOn } },
  cover: coverBehaviour,
  garage_door: garageDoorBehaviour,
  lock: lockBehaviour,
  climate: climateBehaviour,
  media_player: mediaPlayerBehaviour,
  vacuum: vacuumBehaviour,
  valve: valveBehaviour,
  position_valve: positionValveBehaviour,
  temperature_sensor: { defaults: { temperature: 21, battery: 100 } },
  humidity_sensor: { defaults: { humidity: 45, battery: 100 } },
  motion_sensor: { defaults: { motion_detected: false, battery: 100 } },
  contact_sensor: { defaults: { open: false, battery: 100 } },
  todo_list: todoListBehaviour,
};

const declarativeOnly: DeviceBehaviour = {};

/** Types outside the home catalog (or new ones) simulate declaratively: effects only. */
export function behaviourFor(type: string): DeviceBehaviour {
  return Object.hasOwn(behaviours, type) ? (behaviours[type] as DeviceBehaviour) : declarativeOnly;
}
