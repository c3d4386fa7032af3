/**
 * Every error meshmind reports carries a code from this one table (like fastify's lib/errors.js).
 * HTTP routes map `httpStatus`; MQTT reports carry `{ code, message }` only.
 */
export const ERROR_CODES = {
  E_BAD_JSON: { httpStatus: 400, description: 'The payload is not valid JSON.' },
  E_INVALID_PAYLOAD: { httpStatus: 400, description: 'The payload does not match its schema.' },
  E_INVALID_TOPIC: { httpStatus: 400, description: 'The MQTT topic or one of its segments is not allowed.' },
  E_TEXT_TOO_LONG: { httpStatus: 413, description: 'The text is longer than allowed.' },
  E_UNKNOWN_DEVICE: { httpStatus: 404, description: 'No device with that id is known.' },
  E_BAD_URL: { httpStatus: 400, description: 'The URL cannot be decoded (a malformed %-escape).' },
  E_URL_TOO_LONG: { httpStatus: 414, description: 'A path segment of the URL is longer than any id meshmind issues.' },
  E_ROUTE_NOT_FOUND: { httpStatus: 404, description: 'No HTTP route matches the method and path.' },
  E_SCHEDULE_NOT_FOUND: { httpStatus: 404, description: 'No step with that id is waiting for its time (unknown, already sent, or already cancelled).' },
  E_GOAL_NOT_FOUND: { httpStatus: 404, description: 'No goal with that id exists.' },
  E_NO_WORLD: { httpStatus: 404, description: 'The coordinator runs no simulated site (a home has no world view).' },
  E_AGENT_OFFLINE: { httpStatus: 503, description: 'The device agent is offline.' },
  E_NO_DEVICE_MATCHED: { httpStatus: 422, description: 'The goal names no device that is known.' },
  E_NOT_EXECUTABLE: { httpStatus: 422, description: 'The device has no function for this subtask.' },
  E_UNKNOWN_FUNCTION: { httpStatus: 422, description: 'The device API has no function of that name.' },
  E_INVALID_ARGUMENT: { httpStatus: 422, description: 'An argument of a device API call has the wrong type or is missing.' },
  E_ARGUMENT_OUT_OF_RANGE: { httpStatus: 422, description: 'An argument of a device API call is outside its allowed range.' },
  E_DEVICE_FAULT: { httpStatus: 502, description: 'The device reported a fault while executing a call.' },
  E_VERIFICATION_FAILED: { httpStatus: 502, description: 'The device state did not change as the call promised.' },
  E_CONFIRMATION_REQUIRED: { httpStatus: 409, description: 'The action is sensitive and needs a confirmation first.' },
  E_TIMEOUT: { httpStatus: 504, description: 'No answer arrived before the deadline.' },
  E_CANCELLED: { httpStatus: 499, description: 'The work was cancelled.' },
  E_BUSY: { httpStatus: 503, description: 'The component is at its capacity; try again later.' },
  E_SCENARIO_INVALID: { httpStatus: 400, description: 'The scenario file cannot be read or does not match its schema.' },
  E_CONFIG_INVALID: { httpStatus: 400, description: 'A configuration file or option is invalid.' },
  E_BROKER_UNREACHABLE: { httpStatus: 503, description: 'The MQTT broker cannot be reached.' },
  E_COORDINATOR_UNREACHABLE: { httpStatus: 503, description: 'The coordinator HTTP API cannot be reached.' },
  E_MODEL_MISSING: { httpStatus: 500, description: 'The model file or folder does not exist or cannot be loaded.' },
  E_CONTEXT_OVERFLOW: { httpStatus: 413, description: 'The prompt does not fit in the model context.' },
  E_BACKEND_UNREACHABLE: { httpStatus: 503, description: 'The inference backend cannot be reached.' },
  E_INVALID_MODEL_OUTPUT: { httpStatus: 502, description: 'The model produced output that does not match the expected format.' },
  E_PROGRAM_REJECTED: { httpStatus: 422, description: 'A generated program failed its static checks.' },
  E_SANDBOX_LIMIT: { httpStatus: 422, description: 'A program exceeded its time or memory limit in the sandbox.' },
  E_INTERNAL: { httpStatus: 500, description: 'An unexpected internal error.' },
  E_NOT_SUPPORTED: { httpStatus: 501, description: 'The engine or backend does not offer this operation (the built-in engine has no free-text generation).' },
  E_UNKNOWN_DEVICE_TYPE: { httpStatus: 404, description: 'The device catalog has no device type of that name.' },
  E_UNSUPPORTED_DEVICE: { httpStatus: 422, description: 'A bridged device (zigbee2mqtt, Home Assistant discovery) describes nothing meshmind can drive: no definition, or no feature to read or set.' },
  E_PROGRAM_FAILED: { httpStatus: 422, description: 'A device program threw an error while it ran in the sandbox.' },
  E_UNAUTHORIZED: { httpStatus: 401, description: 'The client has no valid identity: an HTTP request without a valid bearer token (none, unknown or revoked), or an MQTT login the broker refused.' },
  E_FORBIDDEN: { httpStatus: 403, description: 'The caller may not do this: for example continue a conversation it did not start (its conversation key is missing or wrong).' },
  E_HOST_NOT_ALLOWED: { httpStatus: 421, description: 'The Host header names a host this server does not answer for (a guard against DNS rebinding).' },
  E_RATE_LIMITED: { httpStatus: 429, description: 'Too many requests from this client in the time window; retry later.' },
  E_TOKEN_NOT_FOUND: { httpStatus: 404, description: 'No HTTP token with that id exists.' },
  E_TEMPLATE_UNSUPPORTED: { httpStatus: 422, description: 'A Home Assistant discovery config uses a template beyond the supported Jinja subset ({{ value }}, {{ value_json.key }} and simple filters).' },
  E_ALIAS_NOT_FOUND: { httpStatus: 404, description: 'No learned alias or phrasing with that id exists.' },
  E_ALIAS_TAKEN: { httpStatus: 409, description: "A learned alias would shadow another device's own name or alias; it was not stored." },
  E_CORRECTION_UNCLEAR: { httpStatus: 422, description: 'A correction ("no, I meant ...") or an alias request could not be read: no previous action, no such device, or no way to undo; nothing was changed.' },
  E_BUILD_STALE: { httpStatus: 500, description: 'MESHMIND_COMPILED=1 asks for the compiled CLI, but dist/cli has no build or one older than the sources (run npm run build); bin/compiled-cli.mjs raises it.' },
  E_COMMAND_UNAVAILABLE: { httpStatus: 500, description: 'A CLI command cannot load: a package it needs is missing from this install.' },
} as const satisfies Record<string, { httpStatus: number; description: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
}

/** The one error class of meshmind. Check with `isMeshmindError`, never `instanceof` across packages. */
export class MeshmindError extends Error {
  override readonly name = 'MeshmindError';
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details;
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

export function isMeshmindError(value: unknown): value is MeshmindError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'MeshmindError' &&
    isErrorCode((value as { code?: unknown }).code)
  );
}

/** Wraps anything thrown into a MeshmindError, keeping the original as `cause`. */
export function toMeshmindError(value: unknown, fallbackCode: ErrorCode = 'E_INTERNAL'): MeshmindError {
  if (isMeshmindError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new MeshmindError(fallbackCode, message, { cause: value });
}

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_CODES[code].httpStatus;
}
