import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { isAbsolute, resolve, dirname } from 'node:path';
import Type, { type Static } from 'typebox';
import { parse as parseYaml } from 'yaml';
import { AreaSchema, DEVICE_ID_PATTERN, MeshmindError, NO_CONTROL_CHARACTERS_PATTERN, createValidator } from '@meshmind/protocol';
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
    /** A module exporting `createDriver({ description, config })` for real hardware; omitted: a simulated device. */
    driver: Type.Optional(Type.String({ minLength: 1 })),
    /** Initial state of a simulated device, or settings passed to a driver module. */
    state: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
export type AgentConfig = Static<typeof AgentConfigSchema>;

const validator = createValidator(AgentConfigSchema, 'E_CONFIG_INVALID');

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
  const result = validator.validate(value);
  if (!result.ok) throw new MeshmindError('E_CONFIG_INVALID', `${path}: ${result.error.message}`);
  const config = result.value;
  if (config.credentials.username !== `device.${config.device.id}`) {
    throw new MeshmindError('E_CONFIG_INVALID', `${path}: credentials.username must be device.${config.device.id} (the identity enrolled for device.id)`);
  }
  if (config.tls?.caFile && !isAbsolute(config.tls.caFile)) config.tls.caFile = resolve(dirname(path), config.tls.caFile);
  return config;
}

/** The device behind the agent: a driver module for real hardware, else the catalog's simulator. */
export async function createDriverFromConfig(config: AgentConfig, configPath: string): Promise<DeviceDriver> {
  const description = getDeviceDescription(config.device.type);
  if (!config.driver) return createSimulatedDriver(description, { initialState: (config.state ?? {}) as never });
  const modulePath = isAbsolute(config.driver) ? config.driver : resolve(dirname(configPath), config.driver);
  let module: { createDriver?: (options: { description: typeof description; config: AgentConfig }) => DeviceDriver | Promise<DeviceDriver> };
  try {
    module = (await import(pathToFileURL(modulePath).href)) as typeof module;
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `cannot load driver module ${modulePath}: ${(error as Error).message}`, { cause: error });
  }
  if (typeof module.createDriver !== 'function') {
    throw new MeshmindError('E_CONFIG_INVALID', `driver module ${modulePath} does not export createDriver({ description, config })`);
  }
  return module.createDriver({ description, config });
}
