import { MeshmindError, type DeviceDescription } from '@meshmind/protocol';
import { binarySensorDescription } from './catalog/binary-sensor';
import { climateDescription } from './catalog/climate';
import { contactSensorDescription } from './catalog/contact-sensor';
import { coverDescription } from './catalog/cover';
import { fanDescription } from './catalog/fan';
import { garageDoorDescription } from './catalog/garage-door';
import { humiditySensorDescription } from './catalog/humidity-sensor';
import { lightDescription } from './catalog/light';
import { lockDescription } from './catalog/lock';
import { mediaPlayerDescription } from './catalog/media-player';
import { motionSensorDescription } from './catalog/motion-sensor';
import { sensorDescription } from './catalog/sensor';
import { switchDescription } from './catalog/switch';
import { temperatureSensorDescription } from './catalog/temperature-sensor';
import { todoListDescription } from './catalog/todo-list';
import { vacuumDescription } from './catalog/vacuum';
import { positionValveDescription } from './catalog/position-valve';
import { valveDescription } from './catalog/valve';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// Frozen because every driver, validator cache and index shares these objects: a caller that
// mutated one would silently change the API document (and its hash) for everybody.
const descriptionsByType: ReadonlyMap<string, DeviceDescription> = new Map(
  [
    lightDescription,
    switchDescription,
    fanDescription,
    coverDescription,
    garageDoorDescription,
    lockDescription,
    climateDescription,
    mediaPlayerDescription,
    vacuumDescription,
    valveDescription,
    positionValveDescription,
    temperatureSensorDescription,
    humiditySensorDescription,
    motionSensorDescription,
    contactSensorDescription,
    sensorDescription,
    binarySensorDescription,
    todoListDescription,
  ].map((description) => [description.type, deepFreeze(description)]),
);

/** The device types of the catalog, in catalog order. */
export function listDeviceTypes(): string[] {
  return [...descriptionsByType.keys()];
}

export function hasDeviceType(type: string): boolean {
  return descriptionsByType.has(type);
}

/** The API document of one device type; throws E_UNKNOWN_DEVICE_TYPE for a type not in the catalog. */
export function getDeviceDescription(type: string): DeviceDescription {
  const description = descriptionsByType.get(type);
  if (!description) {
    throw new MeshmindError('E_UNKNOWN_DEVICE_TYPE', `unknown device type ${JSON.stringify(type)}; known types: ${listDeviceTypes().join(', ')}`);
  }
  return description;
}
