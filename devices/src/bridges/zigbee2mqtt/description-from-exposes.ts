import { DeviceDescriptionSchema, MeshmindError, createValidator, type DeviceDescription, type ParseResult } from '@meshmind/protocol';
import { getDeviceDescription, listDeviceTypes } from '../../device-catalog';
import type { BridgeDevice, Expose } from './bridge-payloads';
import { BindingBuilder, sentenceOf, type DeviceBinding } from './device-binding';
import { addGenericFeature } from './generic-exposes';
import { SPECIFIC_TYPES } from './specific-exposes';

/** A device of readings only takes the catalog type of its main reading. */
const SENSOR_TYPES: ReadonlyArray<[string, string]> = [
  ['motion_detected', 'motion_sensor'],
  ['presence_detected', 'motion_sensor'],
  ['open', 'contact_sensor'],
  ['temperature', 'temperature_sensor'],
  ['humidity', 'humidity_sensor'],
];

const descriptionValidator = createValidator(DeviceDescriptionSchema, 'E_INVALID_PAYLOAD');

function deviceType(exposes: readonly Expose[], builder: BindingBuilder): string {
  for (const [type] of SPECIFIC_TYPES) if (exposes.some((expose) => expose.type === type)) return type;
  for (const [key, type] of SENSOR_TYPES) if (builder.hasField(key)) return type;
  return 'sensor';
}

/** The catalog's words for this kind of device, and any other catalog noun the vendor's own description uses ("roller blind"). */
function nounsFor(type: string, vendorDescription: string): string[] {
  const nouns = new Set(getDeviceDescription(type).nouns);
  const text = ` ${vendorDescription.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  for (const other of listDeviceTypes()) {
    if (getDeviceDescription(other).domain !== 'home') continue;
    for (const noun of getDeviceDescription(other).nouns) if (noun.length > 3 && text.includes(` ${noun} `)) nouns.add(noun);
  }
  // Words vendors use in model descriptions that the catalog's noun lists spell otherwise (plural, compound).
  for (const word of ['blind', 'blinds', 'shade', 'curtain', 'shutter', 'radiator', 'valve', 'trv', 'bulb', 'plug', 'outlet']) {
    if (text.includes(` ${word} `)) nouns.add(word);
  }
  return [...nouns];
}

/**
 * The API document of one zigbee2mqtt device, generated from its `definition.exposes`, with the
 * bindings that drive it. A device zigbee2mqtt does not support (no definition), or one with
 * nothing to read or do, is E_UNSUPPORTED_DEVICE.
 */
export function bindingFromExposes(device: BridgeDevice): ParseResult<DeviceBinding> {
  const definition = device.definition;
  if (!definition) return unsupported(device, 'zigbee2mqtt has no definition for it (unsupported or still interviewing)');
  const builder = new BindingBuilder();
  for (const expose of definition.exposes) {
    const specific = SPECIFIC_TYPES.find(([type]) => type === expose.type);
    if (specific) specific[1](builder, expose);
    else addGenericFeature(builder, expose);
  }
  if (builder.functions.length === 0) return unsupported(device, 'its exposes offer nothing to read or set');
  const type = deviceType(definition.exposes, builder);
  const description: DeviceDescription = {
    type,
    title: `${definition.vendor} ${definition.model}`,
    description: sentenceOf(`${definition.description} (${definition.vendor} ${definition.model}), reached through zigbee2mqtt`, definition.model),
    domain: 'home',
    version: '1.0.0',
    vendor: definition.vendor,
    nouns: nounsFor(type, definition.description),
    state: builder.state,
    functions: builder.functions,
  };
  const checked = descriptionValidator.validate(description);
  if (!checked.ok) return unsupported(device, `its generated API document is invalid: ${checked.error.message}`);
  return { ok: true, value: { description, fields: builder.fields, actions: builder.actions, queries: builder.queries } };
}

function unsupported(device: BridgeDevice, why: string): ParseResult<DeviceBinding> {
  return { ok: false, error: new MeshmindError('E_UNSUPPORTED_DEVICE', `zigbee2mqtt device ${JSON.stringify(device.friendly_name)}: ${why}`) };
}
