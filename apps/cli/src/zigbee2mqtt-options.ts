import type { Logger } from 'pino';
import { MeshmindError } from '@meshmind/protocol';
import { ZIGBEE2MQTT_DEFAULT_BASE_TOPIC, Zigbee2mqttSource, createAreaResolver, loadAreaMapping, type Scenario } from '@meshmind/devices';

/** Flags of `meshmind start` that bridge a zigbee2mqtt installation. */
export const ZIGBEE2MQTT_OPTIONS = {
  zigbee2mqtt: { type: 'string' },
  'zigbee2mqtt-broker': { type: 'string' },
  'zigbee2mqtt-username': { type: 'string' },
  'zigbee2mqtt-password': { type: 'string' },
  'zigbee2mqtt-areas': { type: 'string' },
} as const;

export const ZIGBEE2MQTT_USAGE = `  --zigbee2mqtt [BASE]     drive the devices of a zigbee2mqtt installation (its base topic, default ${ZIGBEE2MQTT_DEFAULT_BASE_TOPIC})
  --zigbee2mqtt-broker     the broker zigbee2mqtt publishes on (default: --broker)
  --zigbee2mqtt-username   user name on that broker (or $MESHMIND_ZIGBEE2MQTT_USERNAME), with
  --zigbee2mqtt-password   its password (or $MESHMIND_ZIGBEE2MQTT_PASSWORD)
  --zigbee2mqtt-areas      JSON file {"devices": {"<friendly name or IEEE address>": "Kitchen"}}; without it a
                           device's zigbee2mqtt description line "area: Kitchen", or a name "kitchen/bulb", gives its area`;

const SCENARIO_NONE = 'none';

/**
 * `--zigbee2mqtt` takes an optional base topic, which node's parseArgs cannot express: a bare flag
 * (last, or followed by another flag) gets the default here.
 */
export function withZigbee2mqttDefault(argv: readonly string[]): string[] {
  const result: string[] = [];
  argv.forEach((argument, index) => {
    result.push(argument);
    const next = argv[index + 1];
    if (argument === '--zigbee2mqtt' && (next === undefined || next.startsWith('--'))) result.push(ZIGBEE2MQTT_DEFAULT_BASE_TOPIC);
  });
  return result;
}

/** `--scenario none`: no simulated home beside the bridged devices. */
export function isNoScenario(value: string | undefined): boolean {
  return value === SCENARIO_NONE;
}

export function emptyHome(): Scenario {
  return { kind: 'home', name: 'no simulated devices', source: '--scenario none', floors: [], areas: [], devices: [] };
}

interface Zigbee2mqttValues {
  zigbee2mqtt?: string;
  'zigbee2mqtt-broker'?: string;
  'zigbee2mqtt-username'?: string;
  'zigbee2mqtt-password'?: string;
  'zigbee2mqtt-areas'?: string;
}

/** The zigbee2mqtt bridge the flags ask for, not started; null without `--zigbee2mqtt`. */
export async function zigbee2mqttSourceFrom(values: Zigbee2mqttValues, env: NodeJS.ProcessEnv, brokerUrl: string | undefined, logger: Logger): Promise<Zigbee2mqttSource | null> {
  if (values.zigbee2mqtt === undefined) {
    const stray = Object.keys(ZIGBEE2MQTT_OPTIONS).find((name) => name !== 'zigbee2mqtt' && values[name as keyof Zigbee2mqttValues] !== undefined);
    if (stray) throw new MeshmindError('E_CONFIG_INVALID', `--${stray} is for the zigbee2mqtt bridge: add --zigbee2mqtt`);
    return null;
  }
  const url = values['zigbee2mqtt-broker'] ?? brokerUrl;
  if (!url) {
    throw new MeshmindError('E_CONFIG_INVALID', '--zigbee2mqtt needs the broker zigbee2mqtt publishes on: --zigbee2mqtt-broker mqtt://HOST:PORT, or --broker when meshmind uses the same one');
  }
  const username = values['zigbee2mqtt-username'] ?? env.MESHMIND_ZIGBEE2MQTT_USERNAME;
  const password = values['zigbee2mqtt-password'] ?? env.MESHMIND_ZIGBEE2MQTT_PASSWORD;
  if ((username === undefined) !== (password === undefined)) throw new MeshmindError('E_CONFIG_INVALID', 'a zigbee2mqtt broker user name needs its password, and a password its user name');
  const mapping = values['zigbee2mqtt-areas'] ? await loadAreaMapping(values['zigbee2mqtt-areas']) : {};
  return new Zigbee2mqttSource({
    mqttUrl: url,
    baseTopic: values.zigbee2mqtt,
    ...(username !== undefined && password !== undefined ? { credentials: { username, password } } : {}),
    areas: createAreaResolver(mapping),
    logger: logger.child({ ns: 'zigbee2mqtt' }),
  });
}
