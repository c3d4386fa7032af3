import { MeshmindError } from './errors';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: MeshmindError };

const DEFAULT_MAX_BYTES = 256 * 1024;

/** JSON.parse that never throws: untrusted input (MQTT payloads, model output) goes through here. */
export function safeParseJson(input: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ParseResult<unknown> {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > maxBytes) {
    return { ok: false, error: new MeshmindError('E_INVALID_PAYLOAD', `payload of ${size} bytes exceeds ${maxBytes}`) };
  }
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: new MeshmindError('E_BAD_JSON', `invalid JSON: ${(error as Error).message}`, { cause: error }) };
  }
}
