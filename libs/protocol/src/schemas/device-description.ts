import Type, { type Static } from 'typebox';

/**
 * A device type's API document as data (like Home Assistant's services.yaml). The same document
 * feeds the simulator, the argument validator, the retrieval index and the docs.
 */
export const ValueTypeSchema = Type.Union([
  Type.Literal('integer'),
  Type.Literal('number'),
  Type.Literal('boolean'),
  Type.Literal('string'),
  Type.Literal('enum'),
  Type.Literal('color'),
  Type.Literal('string_list'),
]);
export type ValueType = Static<typeof ValueTypeSchema>;

const valueSpecFields = {
  type: ValueTypeSchema,
  description: Type.String({ minLength: 1 }),
  unit: Type.Optional(Type.String({ description: "Unit of numbers, e.g. '%', '°C', 's', 'rpm'." })),
  minimum: Type.Optional(Type.Number()),
  maximum: Type.Optional(Type.Number()),
  values: Type.Optional(Type.Array(Type.String(), { minItems: 1, description: 'Allowed values of an enum.' })),
  presets: Type.Optional(
    Type.Record(Type.String(), Type.Number(), {
      description: "Named values of a number as the vendor documents them, e.g. a colour temperature's 'warm white' = 2700 (K).",
    }),
  ),
  synonyms: Type.Optional(
    Type.Record(Type.String(), Type.Array(Type.String()), { description: 'Other words people use for each enum value.' }),
  ),
};

export const StateFieldSpecSchema = Type.Object(valueSpecFields, { additionalProperties: false });
export type StateFieldSpec = Static<typeof StateFieldSpecSchema>;

export const ParameterSpecSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }),
    ...valueSpecFields,
    required: Type.Optional(Type.Boolean()),
    default: Type.Optional(Type.Unknown()),
  },
  { additionalProperties: false },
);
export type ParameterSpec = Static<typeof ParameterSpecSchema>;

/**
 * After a successful call, state[key] must equal `value`, or the argument named `parameter`, or one
 * of `alsoAccepted`: states that satisfy the call as well (pausing a stopped player leaves it stopped).
 * A relative change names its amount instead: `increaseBy`/`decreaseBy` the argument of that name
 * (or its default), within the state field's range. An agent turns such a call into an absolute
 * target from the state before it, so a call repeated after a crash cannot add twice.
 * A list gains an entry instead: `includes` names the argument that state[key] (a string_list) holds
 * after the call (add_item), so an item already there is not added again.
 */
export const EffectSpecSchema = Type.Object(
  {
    key: Type.String(),
    value: Type.Optional(Type.Unknown()),
    parameter: Type.Optional(Type.String()),
    alsoAccepted: Type.Optional(Type.Array(Type.Unknown(), { maxItems: 16 })),
    increaseBy: Type.Optional(Type.String()),
    decreaseBy: Type.Optional(Type.String()),
    includes: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type EffectSpec = Static<typeof EffectSpecSchema>;

export const ApiFunctionSpecSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }),
    description: Type.String({ minLength: 1 }),
    kind: Type.Union([Type.Literal('action'), Type.Literal('query')]),
    parameters: Type.Array(ParameterSpecSchema),
    returns: Type.Optional(
      Type.Object({ type: ValueTypeSchema, description: Type.String(), unit: Type.Optional(Type.String()) }, { additionalProperties: false }),
    ),
    effects: Type.Optional(Type.Array(EffectSpecSchema)),
    sensitive: Type.Optional(Type.Boolean({ description: 'Needs a confirmation before it runs (unlock, open the garage).' })),
  },
  { additionalProperties: false },
);
export type ApiFunctionSpec = Static<typeof ApiFunctionSpecSchema>;

export const DeviceDescriptionSchema = Type.Object(
  {
    type: Type.String({ pattern: '^[a-z][a-z0-9_]*$' }),
    title: Type.String(),
    description: Type.String(),
    domain: Type.Union([Type.Literal('home'), Type.Literal('warehouse'), Type.Literal('network')]),
    version: Type.String(),
    vendor: Type.Optional(Type.String()),
    /** Words people use for this kind of device ("lamp", "blinds"); used to resolve references. */
    nouns: Type.Array(Type.String(), { minItems: 1 }),
    state: Type.Record(Type.String(), StateFieldSpecSchema),
    functions: Type.Array(ApiFunctionSpecSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type DeviceDescription = Static<typeof DeviceDescriptionSchema>;
