import type { TSchema, Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { MeshmindError, type ErrorCode } from './errors';
import { safeParseJson, type ParseResult } from './json';

export interface PayloadValidator<T> {
  readonly schema: TSchema;
  check(value: unknown): value is T;
  /** Validates a decoded value; the error names the first few failing paths. */
  validate(value: unknown): ParseResult<T>;
  /** Parses and validates raw bytes or text (an MQTT payload). */
  parse(input: string | Uint8Array): ParseResult<T>;
}

/** Compiles a schema once; `validate` reports the failing paths in its error message. */
export function createValidator<S extends TSchema>(schema: S, code: ErrorCode = 'E_INVALID_PAYLOAD'): PayloadValidator<Static<S>> {
  const compiled = Compile(schema);
  const validate = (value: unknown): ParseResult<Static<S>> => {
    if (compiled.Check(value)) return { ok: true, value: value as Static<S> };
    const problems = compiled
      .Errors(value)
      .filter((error) => error.keyword !== 'boolean')
      .slice(0, 3)
      .map((error) => `${error.instancePath || '/'} ${error.message}`);
    return { ok: false, error: new MeshmindError(code, `invalid payload: ${problems.join('; ')}`, { details: problems }) };
  };
  return {
    schema,
    check: (value: unknown): value is Static<S> => compiled.Check(value),
    validate,
    parse(input) {
      const decoded = safeParseJson(input);
      return decoded.ok ? validate(decoded.value) : decoded;
    },
  };
}
