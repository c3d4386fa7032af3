import Type from 'typebox';
import { readFile } from 'node:fs/promises';
import { MeshmindError, createValidator, stripControlCharacters, type Area } from '@meshmind/protocol';

/**
 * Where a zigbee2mqtt device stands, in this order:
 * 1. a mapping file: `{ "devices": { "<friendly name or IEEE address>": "Kitchen" } }`;
 * 2. its description in zigbee2mqtt (editable in zigbee2mqtt's frontend) holding a line `area: Kitchen`;
 * 3. a friendly name grouped by a slash, as zigbee2mqtt's own docs suggest: `kitchen/bulb` is in "kitchen".
 * Otherwise it belongs to no area.
 */
export type AreaResolver = (device: { friendlyName: string; ieeeAddress: string; description?: string | null }) => Area | null;

const AreaMappingSchema = Type.Object(
  { devices: Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]+$' })) },
  { additionalProperties: false },
);
const areaMappingValidator = createValidator(AreaMappingSchema, 'E_CONFIG_INVALID');

export type AreaMapping = Record<string, string>;

export function parseAreaMapping(text: string, source = 'area mapping'): AreaMapping {
  const parsed = areaMappingValidator.parse(text);
  if (!parsed.ok) throw new MeshmindError('E_CONFIG_INVALID', `${source}: ${parsed.error.message}`, { cause: parsed.error });
  return parsed.value.devices;
}

export async function loadAreaMapping(path: string): Promise<AreaMapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `cannot read the area mapping ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseAreaMapping(text, path);
}

function areaNamed(raw: string): Area {
  // Names come from zigbee2mqtt's free text: no control character may reach a profile.
  const name = stripControlCharacters(raw).trim() || 'area';
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return { id: id || 'area', name, aliases: [], floor: null };
}

const AREA_LINE = /^\s*(?:area|room)\s*:\s*(.+?)\s*$/im;

export function createAreaResolver(mapping: AreaMapping = {}): AreaResolver {
  return (device) => {
    const mapped = mapping[device.friendlyName] ?? mapping[device.ieeeAddress];
    if (mapped) return areaNamed(mapped);
    const line = device.description ? AREA_LINE.exec(device.description) : null;
    if (line?.[1]) return areaNamed(line[1]);
    const slash = device.friendlyName.lastIndexOf('/');
    if (slash > 0) return areaNamed(device.friendlyName.slice(0, slash).replace(/\//g, ' '));
    return null;
  };
}
