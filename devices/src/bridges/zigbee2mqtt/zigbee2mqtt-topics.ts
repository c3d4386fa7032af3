import { MeshmindError } from '@meshmind/protocol';

export const DEFAULT_BASE_TOPIC = 'zigbee2mqtt';

/** What a message under the base topic is about. Friendly names may hold slashes (`kitchen/bulb`). */
export type Zigbee2mqttTopic =
  | { kind: 'devices' }
  | { kind: 'event' }
  | { kind: 'bridge' }
  | { kind: 'availability'; name: string }
  | { kind: 'device'; name: string }
  | { kind: 'command' };

/** zigbee2mqtt's topics under one base topic, built and read in one place. */
export class Zigbee2mqttTopics {
  readonly base: string;

  constructor(base: string = DEFAULT_BASE_TOPIC) {
    if (!base || /[+#\u0000]/.test(base) || base.startsWith('/') || base.endsWith('/')) {
      throw new MeshmindError('E_CONFIG_INVALID', `zigbee2mqtt base topic ${JSON.stringify(base)}: it must be a topic without wildcards or a leading or trailing slash`);
    }
    this.base = base;
  }

  /** Everything zigbee2mqtt publishes under its base: bridge messages, device states, availability. */
  all(): string {
    return `${this.base}/#`;
  }

  bridgeDevices(): string {
    return `${this.base}/bridge/devices`;
  }

  bridgeEvent(): string {
    return `${this.base}/bridge/event`;
  }

  state(friendlyName: string): string {
    return `${this.base}/${checkedName(friendlyName)}`;
  }

  set(friendlyName: string): string {
    return `${this.base}/${checkedName(friendlyName)}/set`;
  }

  get(friendlyName: string): string {
    return `${this.base}/${checkedName(friendlyName)}/get`;
  }

  availability(friendlyName: string): string {
    return `${this.base}/${checkedName(friendlyName)}/availability`;
  }

  parse(topic: string): Zigbee2mqttTopic | null {
    if (!topic.startsWith(`${this.base}/`)) return null;
    const rest = topic.slice(this.base.length + 1);
    if (rest === 'bridge/devices') return { kind: 'devices' };
    if (rest === 'bridge/event') return { kind: 'event' };
    if (rest.startsWith('bridge/')) return { kind: 'bridge' };
    if (/\/(set|get)(\/[^/]+)?$/.test(rest)) return { kind: 'command' };
    if (rest.endsWith('/availability')) return { kind: 'availability', name: rest.slice(0, -'/availability'.length) };
    return { kind: 'device', name: rest };
  }
}

/** zigbee2mqtt refuses such names itself; one arriving anyway must not turn a publish into a wildcard. */
function checkedName(friendlyName: string): string {
  if (!friendlyName || /[+#\u0000]/.test(friendlyName)) {
    throw new MeshmindError('E_INVALID_TOPIC', `zigbee2mqtt friendly name ${JSON.stringify(friendlyName)} cannot be part of a topic`);
  }
  return friendlyName;
}
