import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { isAbsolute, resolve, dirname } from 'node:path';
import Type, { type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { parse as parseYaml } from 'yaml';
import { AreaSchema, DEVICE_ID_PATTERN, MeshmindError, NO_CONTROL_CHARACTERS_PATTERN } from '@meshmind/protocol';
import { createSimulatedDriver, getDeviceDescription, type DeviceDriver } from '@meshmind/devices';

/** The config file of one agent on an edge board (`meshmind agent --config FILE`). */
export const AgentConfigSchema = Type.Object(
  {
    broker: Type.String({ pattern: '^(mqtts?|wss?|tcp)://', description: 'MQTT broker URL, e.g. mqtts://192.168.1.10:8883' }),
    /** The agent's identity on the broker, as `meshmind devices add` wrote it. */
    credentials: Type.Object(
      { username: Type.String({ minLength: 1 }), password: Type.String({ minLength: 1 }) },
      { additionalProperties: false, description: 'username device.<id> and its secret, from `meshmind devices add`' },
    ),
    /** How an mqtts:// broker's certificate is checked: its pinned fingerprint, or a CA/certificate file. */
    tls: Type.Optional(
      Type.Object(
        { fingerprint: Type.Optional(Type.String({ minLength: 1 })), caFile: Type.Optional(Type.String({ minLength: 1 })) },
        { additionalProperties: false },
      ),
    ),
    topicRoot: Type.Optional(Type.String()),
    device: Type.Object(
      {
        id: Type.String({ pattern: DEVICE_ID_PATTERN }),
        type: Type.String(),
        // The profile refuses control characters in names (and AreaSchema in area names): refuse them here first.
        name: Type.String({ minLength: 1, pattern: NO_CONTROL_CHARACTERS_PATTERN }),
        aliases: Type.Optional(Type.Array(Type.String({ pattern: NO_CONTROL_CHARACTERS_PATTERN }))),
        area: Type.Optional(Type.Union([AreaSchema, Type.Null()])),
        vendor: Type.Optional(Type.String()),
      },
      { additionalProperties: false },
    ),
    /**
     * The board's `meshmind inference serve` computing this agent's sentence model: `false` keeps
     * the model in the agent; omitted, the agent uses $MESHMIND_EMBEDDING_ENDPOINT or the board's
     * well-known socket when there is one. `tokenFile`: a token from `meshmind inference token`.
     */
    embeddingServer: Type.Optional(
      Type.Union([
        Type.Literal(false),
        Type.Object(
          { endpoint: Type.Optional(Type.String({ pattern: '^(unix:.+|https?://.+)$' })), tokenFile: Type.Optional(Type.String({ minLength: 1 })) },
          { additionalProperties: false },
        ),
      ]),
    ),
    /** A module exporting `createDriver({ description, config })` for real hardware; omitted: a simulated device. */
    driver: Type.Optional(Type.String({ minLength: 1 })),
    /** Initial state of a simulated device, or settings passed to a driver module. */
    state: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
export type AgentConfig = Static<typeof AgentConfigSchema>;

const compiled = Compile(AgentConfigSchema);

/** What a key must hold, in the words a person editing the file needs (instead of a regular expression). */
const KEY_HINTS: Record<string, string> = {
  broker: 'must be an MQTT URL such as mqtts://192.168.1.10:8883 (mqtt, mqtts, ws, wss or tcp)',
  'device.id': 'must be 1-64 letters, digits, _, . or -, starting with a letter or digit',
  'device.name': 'must be a non-empty name without control characters',
  'credentials.username': 'must be device.<id>, as `meshmind devices add` wrote it',
  'credentials.password': 'must be the secret `meshmind devices add` wrote',
  embeddingServer: 'must be false or { endpoint: unix:/path/to.sock or http://HOST:PORT, tokenFile: FILE }',
  'embeddingServer.endpoint': 'must be unix:/path/to.sock or http://HOST:PORT',
};

/** Every problem of a config, each naming its key (`device.id`, `credentials.password`, an unknown `colour`). */
export function describeConfigProblems(value: unknown): string[] {
  const problems: string[] = [];
  for (const error of compiled.Errors(value)) {
    const key = error.instancePath.split('/').filter(Boolean).join('.');
    const where = key === '' ? 'the file' : `key ${key}`;
    if (error.keyword === 'additionalProperties') continue;
    if (error.keyword === 'boolean') problems.push(`unknown key ${key} (a typo? see meshmind agent --help)`);
    else if (error.keyword === 'required') {
      const missing = (error.params as { requiredProperties?: string[] }).requiredProperties ?? [];
      for (const name of missing) problems.push(`key ${key === '' ? name : `${key}.${name}`} is missing`);
    } else if (error.keyword === 'type' && key === '') problems.push('the file must hold a mapping of keys (broker, credentials, device, ...)');
    else problems.push(`${where}: ${KEY_HINTS[key] ?? error.message}`);
  }
  return [...new Set(problems)];
}

export async function loadAgentConfig(path: string): Promise<AgentConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `cannot read agent config ${path}: ${(error as Error).message}`, { cause: error });
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `${path} is not valid YAML or JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!compiled.Check(value)) {
    const problems = describeConfigProblems(value);
    throw new MeshmindError('E_CONFIG_INVALID', `${path}: ${problems.slice(0, 5).join('; ')}`, { details: problems });
  }
  const config = value as AgentConfig;
  if (config.credentials.username !== `device.${config.device.id}`) {
    throw new MeshmindError('E_CONFIG_INVALID', `${path}: key credentials.username must be device.${config.device.id} (the identity enrolled for device.id)`);
  }
  if (config.tls?.caFile && !isAbsolute(config.tls.caFile)) config.tls.caFile = resolve(dirname(path), config.tls.caFile);
  if (config.embeddingServer && config.embeddingServer.tokenFile && !isAbsolute(config.embeddingServer.tokenFile)) {
    config.embeddingServer.tokenFile = resolve(dirname(path), config.embeddingServer.tokenFile);
  }
  return config;
}

/**
 * Imports a driver module. The compiled CLI (dist/cli) runs without a TypeScript loader, so a driver
 * written in TypeScript brings in tsx for itself, only then: agents with JavaScript drivers or none
 * never load it. The retry asks again under a fresh URL because node remembers the failed load.
 */
async function importDriverModule(modulePath: string): Promise<unknown> {
  const url = pathToFileURL(modulePath).href;
  try {
    return await import(url);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_UNKNOWN_FILE_EXTENSION' || !/\.[cm]?ts$/.test(modulePath)) throw error;
    const { register } = await import('tsx/esm/api');
    register();
    return await import(`${url}?typescript`);
  }
}

/** The device behind the agent: a driver module for real hardware, else the catalog's simulator. */
export async function createDriverFromConfig(config: AgentConfig, configPath: string): Promise<DeviceDriver> {
  let description: ReturnType<typeof getDeviceDescription>;
  try {
    description = getDeviceDescription(config.device.type);
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `${configPath}: key device.type: ${(error as Error).message}`, { cause: error });
  }
  if (!config.driver) return createSimulatedDriver(description, { initialState: (config.state ?? {}) as never });
  const modulePath = isAbsolute(config.driver) ? config.driver : resolve(dirname(configPath), config.driver);
  let module: { createDriver?: (options: { description: typeof description; config: AgentConfig }) => DeviceDriver | Promise<DeviceDriver> };
  try {
    module = (await importDriverModule(modulePath)) as typeof module;
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `cannot load driver module ${modulePath}: ${(error as Error).message}`, { cause: error });
  }
  if (typeof module.createDriver !== 'function') {
    throw new MeshmindError('E_CONFIG_INVALID', `driver module ${modulePath} does not export createDriver({ description, config })`);
  }
  return module.createDriver({ description, config });
}
