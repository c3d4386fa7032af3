import { readFile } from 'node:fs/promises';
import Type, { type Static } from 'typebox';
import { MeshmindError, createValidator } from '@meshmind/protocol';

/**
 * How a process gets its inference engine, from a JSON file and/or MESHMIND_INFERENCE_* variables:
 *   - `endpoint` set: a client of an OpenAI-compatible server (ours on `unix:/path`, or any other);
 *   - `backend: "llama"` with `model`: the GGUF loaded in this process;
 *   - nothing: the built-in engine, no weights.
 * `socket`/`port` say where `meshmind inference serve` listens.
 */
export const EngineConfigSchema = Type.Object(
  {
    backend: Type.Optional(Type.Union([Type.Literal('llama'), Type.Literal('openai'), Type.Literal('builtin')])),
    model: Type.Optional(Type.String({ minLength: 1, description: 'GGUF file path (llama) or model name sent to the endpoint (openai).' })),
    endpoint: Type.Optional(Type.String({ minLength: 1, description: 'http(s)://host:port/v1 or unix:/path/to.sock' })),
    apiKey: Type.Optional(Type.String()),
    threads: Type.Optional(Type.Integer({ minimum: 1, maximum: 256 })),
    contextSize: Type.Optional(Type.Integer({ minimum: 64, maximum: 1_048_576 })),
    batchSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 65_536 })),
    parallel: Type.Optional(Type.Integer({ minimum: 1, maximum: 64, description: 'Parallel sequences of one context.' })),
    maxQueued: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
    timeoutMs: Type.Optional(Type.Integer({ minimum: 1 })),
    retries: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    socket: Type.Optional(Type.String({ minLength: 1 })),
    host: Type.Optional(Type.String({ minLength: 1 })),
    port: Type.Optional(Type.Integer({ minimum: 0, maximum: 65_535 })),
  },
  { additionalProperties: false },
);
export type EngineConfig = Static<typeof EngineConfigSchema>;

const validator = createValidator(EngineConfigSchema, 'E_CONFIG_INVALID');

const ENVIRONMENT_KEYS: Array<[keyof EngineConfig, string, 'string' | 'integer']> = [
  ['backend', 'MESHMIND_INFERENCE_BACKEND', 'string'],
  ['model', 'MESHMIND_INFERENCE_MODEL', 'string'],
  ['endpoint', 'MESHMIND_INFERENCE_ENDPOINT', 'string'],
  ['apiKey', 'MESHMIND_INFERENCE_API_KEY', 'string'],
  ['threads', 'MESHMIND_INFERENCE_THREADS', 'integer'],
  ['contextSize', 'MESHMIND_INFERENCE_CONTEXT_SIZE', 'integer'],
  ['batchSize', 'MESHMIND_INFERENCE_BATCH_SIZE', 'integer'],
  ['parallel', 'MESHMIND_INFERENCE_PARALLEL', 'integer'],
  ['maxQueued', 'MESHMIND_INFERENCE_MAX_QUEUED', 'integer'],
  ['timeoutMs', 'MESHMIND_INFERENCE_TIMEOUT_MS', 'integer'],
  ['socket', 'MESHMIND_INFERENCE_SOCKET', 'string'],
  ['port', 'MESHMIND_INFERENCE_PORT', 'integer'],
];

/** Validates a decoded config object; the error names the failing fields. */
export function parseEngineConfig(value: unknown): EngineConfig {
  const checked = validator.validate(value);
  if (!checked.ok) throw new MeshmindError('E_CONFIG_INVALID', `inference config: ${checked.error.message}`, { cause: checked.error });
  const config = checked.value;
  if (config.backend === 'llama' && !config.model) throw new MeshmindError('E_CONFIG_INVALID', 'inference config: backend "llama" needs model (a GGUF file path)');
  if (config.backend === 'openai' && !config.endpoint) throw new MeshmindError('E_CONFIG_INVALID', 'inference config: backend "openai" needs endpoint');
  return config;
}

/** Reads the file (if any), then lets MESHMIND_INFERENCE_* variables override it, then validates. */
export async function loadEngineConfig(options: { file?: string; env?: NodeJS.ProcessEnv; overrides?: Partial<EngineConfig> } = {}): Promise<EngineConfig> {
  let fromFile: Record<string, unknown> = {};
  if (options.file) {
    const text = await readFile(options.file, 'utf8').catch((error: unknown) => {
      throw new MeshmindError('E_CONFIG_INVALID', `cannot read inference config ${options.file}: ${(error as Error).message}`, { cause: error });
    });
    const decoded = validator.parse(text);
    if (!decoded.ok) throw new MeshmindError('E_CONFIG_INVALID', `${options.file}: ${decoded.error.message}`, { cause: decoded.error });
    fromFile = decoded.value;
  }
  const fromEnvironment: Record<string, unknown> = {};
  for (const [key, variable, type] of ENVIRONMENT_KEYS) {
    const raw = options.env?.[variable];
    if (raw === undefined || raw === '') continue;
    fromEnvironment[key] = type === 'integer' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
  }
  const overrides = Object.fromEntries(Object.entries(options.overrides ?? {}).filter(([, value]) => value !== undefined));
  return parseEngineConfig({ ...fromFile, ...fromEnvironment, ...overrides });
}

/** Which backend a config selects once defaults apply. */
export function resolveBackend(config: EngineConfig): 'llama' | 'openai' | 'builtin' {
  if (config.backend) return config.backend;
  if (config.endpoint) return 'openai';
  if (config.model) return 'llama';
  return 'builtin';
}
