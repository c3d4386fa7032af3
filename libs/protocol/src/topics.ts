import { MeshmindError } from './errors';

/**
 * Every MQTT topic meshmind uses is built and parsed here; apps never concatenate topic strings.
 *
 *   <root>/devices/<deviceId>/profile       retained DeviceProfile           agent -> all
 *   <root>/devices/<deviceId>/availability  retained AvailabilityMessage     agent (last will) -> all
 *   <root>/devices/<deviceId>/state         retained DeviceStateMessage      agent -> all
 *   <root>/devices/<deviceId>/subtasks      SubtaskRequest                   coordinator -> agent
 *   <root>/devices/<deviceId>/reports       SubtaskReport                    agent -> coordinator
 *   <root>/devices/<deviceId>/progress      SubtaskProgress                  agent -> coordinator
 */
export const DEFAULT_TOPIC_ROOT = 'meshmind';

export const DEVICE_CHANNELS = ['profile', 'availability', 'state', 'subtasks', 'reports', 'progress'] as const;
export type DeviceChannel = (typeof DEVICE_CHANNELS)[number];

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const DEVICE_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';

export function isValidTopicSegment(segment: string): boolean {
  return SEGMENT.test(segment);
}

function assertSegment(kind: string, segment: string): void {
  if (!isValidTopicSegment(segment)) {
    throw new MeshmindError('E_INVALID_TOPIC', `${kind} ${JSON.stringify(segment)} is not a valid topic segment (letters, digits, '_', '-', '.'; no wildcards)`);
  }
}

export class Topics {
  readonly root: string;

  constructor(root: string = DEFAULT_TOPIC_ROOT) {
    for (const part of root.split('/')) assertSegment('topic root', part);
    this.root = root;
  }

  device(deviceId: string, channel: DeviceChannel): string {
    assertSegment('device id', deviceId);
    return `${this.root}/devices/${deviceId}/${channel}`;
  }

  /** A subscription filter over one channel of every device; the only place a wildcard is written. */
  allDevices(channel: DeviceChannel): string {
    return `${this.root}/devices/+/${channel}`;
  }

  parse(topic: string): { deviceId: string; channel: DeviceChannel } | null {
    const prefix = `${this.root}/devices/`;
    if (!topic.startsWith(prefix)) return null;
    const rest = topic.slice(prefix.length).split('/');
    if (rest.length !== 2) return null;
    const [deviceId, channel] = rest as [string, string];
    if (!isValidTopicSegment(deviceId)) return null;
    if (!(DEVICE_CHANNELS as readonly string[]).includes(channel)) return null;
    return { deviceId, channel: channel as DeviceChannel };
  }
}

/** Refuses to publish to a topic containing wildcards or empty levels. */
export function assertPublishableTopic(topic: string): void {
  if (topic.length === 0 || /[+#]/.test(topic) || topic.split('/').some((level) => level.length === 0)) {
    throw new MeshmindError('E_INVALID_TOPIC', `refusing to publish to ${JSON.stringify(topic)}`);
  }
}
