import { MeshmindError, type MqttCredentials, type MqttTlsOptions } from '@meshmind/protocol';
import { DEFAULT_DISCOVERY_PREFIX } from '@meshmind/devices';

/** Flags of Home Assistant MQTT discovery, both ways, for `meshmind start`. */
export const HA_OPTIONS = {
  'ha-discovery': { type: 'string' },
  'ha-publish': { type: 'string' },
  'ha-broker': { type: 'string' },
  'ha-username': { type: 'string' },
  'ha-ca': { type: 'string' },
} as const;

export const HA_USAGE = `  --ha-discovery [PREFIX]  drive the devices announced by Home Assistant MQTT discovery under PREFIX (default ${DEFAULT_DISCOVERY_PREFIX})
  --ha-publish [PREFIX]    announce meshmind's devices to Home Assistant under PREFIX (default ${DEFAULT_DISCOVERY_PREFIX})
  --ha-broker URL          the broker Home Assistant and the devices use (or $MESHMIND_HA_BROKER_URL)
  --ha-username NAME       its login (or $MESHMIND_HA_USERNAME); the password comes from $MESHMIND_HA_PASSWORD
  --ha-ca FILE             CA or certificate file of an mqtts:// HA broker`;

const OPTIONAL_VALUE_FLAGS = ['--ha-discovery', '--ha-publish'];

/** `--ha-discovery` and `--ha-publish` may stand alone: they then take the default prefix. */
export function withHaDefaults(argv: readonly string[]): string[] {
  const result: string[] = [];
  argv.forEach((argument, index) => {
    result.push(argument);
    const next = argv[index + 1];
    if (OPTIONAL_VALUE_FLAGS.includes(argument) && (next === undefined || next.startsWith('--'))) result.push(DEFAULT_DISCOVERY_PREFIX);
  });
  return result;
}

export interface HaSettings {
  discoveryPrefix: string | null;
  publishPrefix: string | null;
  brokerUrl: string;
  credentials?: MqttCredentials;
  tls?: MqttTlsOptions;
}

type HaValues = { [K in keyof typeof HA_OPTIONS]?: string };

const PREFIX = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

/** Null when neither direction is asked for; a coded error naming the flag when the settings do not hold together. */
export function haSettingsFrom(values: HaValues, env: NodeJS.ProcessEnv): HaSettings | null {
  const discoveryPrefix = values['ha-discovery'] ?? null;
  const publishPrefix = values['ha-publish'] ?? null;
  if (discoveryPrefix === null && publishPrefix === null) return null;
  for (const [flag, prefix] of [['--ha-discovery', discoveryPrefix], ['--ha-publish', publishPrefix]] as const) {
    if (prefix !== null && !PREFIX.test(prefix)) throw new MeshmindError('E_CONFIG_INVALID', `${flag} ${prefix}: a discovery prefix is topic segments of letters, digits, _ and - (no wildcards)`);
  }
  const brokerUrl = values['ha-broker'] ?? env.MESHMIND_HA_BROKER_URL;
  if (!brokerUrl) {
    throw new MeshmindError('E_CONFIG_INVALID', '--ha-broker is missing: name the broker Home Assistant uses (meshmind reaches it with the login you give, never with its own identities)');
  }
  if (!/^(mqtts?|wss?|tcp):\/\//.test(brokerUrl)) throw new MeshmindError('E_CONFIG_INVALID', `--ha-broker ${brokerUrl}: expected mqtt://, mqtts://, ws:// or wss://`);
  const username = values['ha-username'] ?? env.MESHMIND_HA_USERNAME;
  const password = env.MESHMIND_HA_PASSWORD;
  if (username && !password) throw new MeshmindError('E_CONFIG_INVALID', `--ha-username ${username} needs its password in $MESHMIND_HA_PASSWORD`);
  return {
    discoveryPrefix,
    publishPrefix,
    brokerUrl,
    ...(username && password ? { credentials: { username, password } } : {}),
    ...(values['ha-ca'] ? { tls: { caFile: values['ha-ca'] } } : {}),
  };
}
