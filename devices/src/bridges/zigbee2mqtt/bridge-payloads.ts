import Type, { type Static, type TSchema } from 'typebox';
import { createValidator, safeParseJson, type ParseResult } from '@meshmind/protocol';

/**
 * The parts of zigbee2mqtt's own messages this bridge reads, as zigbee2mqtt publishes them
 * (lib/extension/bridge.ts, lib/types/api.ts). Objects stay open: zigbee2mqtt adds fields between
 * releases, and a field this bridge does not read must not make a device disappear.
 */

/** Bits of an expose's `access`: published in the state, settable with /set, readable with /get. */
export const ACCESS = { state: 1, set: 2, get: 4 } as const;

const Preset = Type.Object({ name: Type.String(), value: Type.Unknown(), description: Type.Optional(Type.String()) });

const featureFields = {
  name: Type.Optional(Type.String()),
  label: Type.Optional(Type.String()),
  property: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  access: Type.Optional(Type.Integer({ minimum: 0, maximum: 7 })),
  endpoint: Type.Optional(Type.String()),
  category: Type.Optional(Type.String()),
  unit: Type.Optional(Type.String()),
  value_min: Type.Optional(Type.Number()),
  value_max: Type.Optional(Type.Number()),
  value_step: Type.Optional(Type.Number()),
  value_on: Type.Optional(Type.Unknown()),
  value_off: Type.Optional(Type.Unknown()),
  value_toggle: Type.Optional(Type.Unknown()),
  values: Type.Optional(Type.Array(Type.Unknown())),
  presets: Type.Optional(Type.Array(Preset)),
};

/** One expose: a generic feature (binary, numeric, enum, text, composite, list) or a specific type holding features. */
export const ExposeSchema = Type.Cyclic(
  {
    Expose: Type.Object({
      type: Type.String({ minLength: 1 }),
      ...featureFields,
      features: Type.Optional(Type.Array(Type.Ref('Expose'))),
    }),
  },
  'Expose',
);
export interface Expose {
  type: string;
  name?: string;
  label?: string;
  property?: string;
  description?: string;
  access?: number;
  endpoint?: string;
  category?: string;
  unit?: string;
  value_min?: number;
  value_max?: number;
  value_step?: number;
  value_on?: unknown;
  value_off?: unknown;
  value_toggle?: unknown;
  values?: unknown[];
  presets?: Array<{ name: string; value: unknown; description?: string }>;
  features?: Expose[];
}

export const BridgeDeviceSchema = Type.Object({
  ieee_address: Type.String({ minLength: 1, maxLength: 64 }),
  friendly_name: Type.String({ minLength: 1, maxLength: 200 }),
  type: Type.String(),
  supported: Type.Optional(Type.Boolean()),
  disabled: Type.Optional(Type.Boolean()),
  interview_completed: Type.Optional(Type.Boolean()),
  description: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  definition: Type.Optional(
    Type.Union([
      Type.Null(),
      Type.Object({
        model: Type.String(),
        vendor: Type.String(),
        description: Type.String(),
        exposes: Type.Array(ExposeSchema as unknown as TSchema),
      }),
    ]),
  ),
});
export interface BridgeDevice extends Omit<Static<typeof BridgeDeviceSchema>, 'definition'> {
  definition?: { model: string; vendor: string; description: string; exposes: Expose[] } | null;
}

const bridgeDevicesValidator = createValidator(Type.Array(BridgeDeviceSchema));
const bridgeEventValidator = createValidator(
  Type.Object({ type: Type.String(), data: Type.Object({ friendly_name: Type.Optional(Type.String()), ieee_address: Type.Optional(Type.String()) }) }),
);
const deviceStateValidator = createValidator(Type.Record(Type.String(), Type.Unknown()));

/** A big network's retained device list passes 256 KiB (the default limit of safeParseJson). */
const BRIDGE_DEVICES_MAX_BYTES = 16 * 1024 * 1024;

export function parseBridgeDevices(payload: Uint8Array): ParseResult<BridgeDevice[]> {
  const decoded = safeParseJson(payload, BRIDGE_DEVICES_MAX_BYTES);
  if (!decoded.ok) return decoded;
  return bridgeDevicesValidator.validate(decoded.value) as ParseResult<BridgeDevice[]>;
}

export function parseBridgeEvent(payload: Uint8Array): ParseResult<{ type: string; data: { friendly_name?: string; ieee_address?: string } }> {
  return bridgeEventValidator.parse(payload);
}

export function parseDeviceState(payload: Uint8Array): ParseResult<Record<string, unknown>> {
  return deviceStateValidator.parse(payload);
}

/**
 * zigbee2mqtt's availability payload: `{"state":"online"}` since 1.x with the new format, or the
 * plain strings `online`/`offline` of the legacy format. Anything else reads as unknown.
 */
export function parseAvailability(payload: Uint8Array): boolean | undefined {
  const text = Buffer.from(payload).toString('utf8').trim();
  if (text === 'online') return true;
  if (text === 'offline') return false;
  const decoded = safeParseJson(text, 1024);
  if (!decoded.ok || decoded.value === null || typeof decoded.value !== 'object') return undefined;
  const state = (decoded.value as { state?: unknown }).state;
  return state === 'online' ? true : state === 'offline' ? false : undefined;
}
