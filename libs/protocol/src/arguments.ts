import Type, { type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { MeshmindError } from './errors';
import type { ApiFunctionSpec, ParameterSpec } from './schemas/device-description';
import type { ParseResult } from './json';

const COLOR_PATTERN = '^(#[0-9a-fA-F]{6}|[a-z]+( [a-z]+)?)$';

function parameterSchema(parameter: ParameterSpec): TSchema {
  const range = {
    ...(parameter.minimum === undefined ? {} : { minimum: parameter.minimum }),
    ...(parameter.maximum === undefined ? {} : { maximum: parameter.maximum }),
  };
  const description = parameter.unit ? `${parameter.description} (${parameter.unit})` : parameter.description;
  switch (parameter.type) {
    case 'integer':
      return Type.Integer({ ...range, description });
    case 'number':
      return Type.Number({ ...range, description });
    case 'boolean':
      return Type.Boolean({ description });
    case 'enum':
      return Type.Union((parameter.values ?? []).map((value) => Type.Literal(value)), { description });
    case 'color':
      return Type.String({ pattern: COLOR_PATTERN, description });
    case 'string_list':
      return Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 100, description });
    case 'string':
      return Type.String({ minLength: 1, maxLength: 500, description });
  }
}

/** The JSON schema of one API function's arguments: used to validate calls and to constrain model output. */
export function argumentsSchema(fn: ApiFunctionSpec): TSchema {
  const properties: Record<string, TSchema> = {};
  for (const parameter of fn.parameters) {
    const schema = parameterSchema(parameter);
    properties[parameter.name] = parameter.required === false ? Type.Optional(schema) : schema;
  }
  return Type.Object(properties, { additionalProperties: false });
}

type Compiled = ReturnType<typeof Compile>;
// Kept by the function's parameter list, the one thing its schema is built from: callers hand a
// spec made afresh for one call (libs/rag's mapper wraps each normalised function in a new object
// at every request), and a cache kept by the spec object compiled the schema again on every call
// (typebox's Compile builds its checker as generated code, each time anew).
const compiledByParameters = new WeakMap<readonly ParameterSpec[], Compiled>();

function compiledFor(fn: ApiFunctionSpec): Compiled {
  let compiled = compiledByParameters.get(fn.parameters);
  if (!compiled) {
    compiled = Compile(argumentsSchema(fn));
    compiledByParameters.set(fn.parameters, compiled);
  }
  return compiled;
}

/**
 * Validates the arguments of one device-API call against its API document, at the boundary
 * between generated code and the device. Defaults fill omitted optional parameters.
 */
export function validateCallArguments(fn: ApiFunctionSpec, args: unknown): ParseResult<Record<string, unknown>> {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    return { ok: false, error: new MeshmindError('E_INVALID_ARGUMENT', `${fn.name} takes an object of named arguments`) };
  }
  const withDefaults: Record<string, unknown> = { ...(args as Record<string, unknown>) };
  for (const parameter of fn.parameters) {
    if (withDefaults[parameter.name] === undefined && parameter.default !== undefined) withDefaults[parameter.name] = parameter.default;
  }
  const compiled = compiledFor(fn);
  if (compiled.Check(withDefaults)) return { ok: true, value: withDefaults };
  const errors = compiled.Errors(withDefaults).filter((error) => error.keyword !== 'boolean');
  const outOfRange = errors.find((error) => error.keyword === 'minimum' || error.keyword === 'maximum');
  if (outOfRange) {
    const name = outOfRange.instancePath.replace(/^\//, '');
    const parameter = fn.parameters.find((candidate) => candidate.name === name);
    const value = withDefaults[name];
    const range = `${parameter?.minimum ?? '-∞'}..${parameter?.maximum ?? '∞'}${parameter?.unit ? ` ${parameter.unit}` : ''}`;
    return {
      ok: false,
      error: new MeshmindError('E_ARGUMENT_OUT_OF_RANGE', `${fn.name}: ${name}=${String(value)} is outside ${range}`),
    };
  }
  const first = errors[0];
  const where = first?.instancePath ? first.instancePath.replace(/^\//, '') : 'arguments';
  return {
    ok: false,
    error: new MeshmindError('E_INVALID_ARGUMENT', `${fn.name}: ${where} ${first?.message ?? 'is invalid'}`, {
      details: errors.slice(0, 3).map((error) => `${error.instancePath} ${error.message}`),
    }),
  };
}
