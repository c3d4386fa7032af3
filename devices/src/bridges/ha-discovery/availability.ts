import { asText, payloadReader } from './entity-fragment.js';
import { stringOption, type DiscoveryConfig } from './discovery-config.js';

/** What a device says about itself on its availability topics (Home Assistant's `availability` rules). */
export interface AvailabilityTracker {
  topics(): string[];
  receive(topic: string, payload: string): void;
  isAvailable(): boolean;
  onChange(listener: (available: boolean) => void): () => void;
  clear(): void;
}

interface Source {
  topic: string;
  available: string;
  notAvailable: string;
  read: (payload: string) => string;
  /** Unknown until the first message: Home Assistant shows such an entity unavailable. */
  value: boolean | null;
}

function sourceOf(entry: DiscoveryConfig, topicKey: string, templateKey: string): Source | null {
  const topic = stringOption(entry, topicKey);
  if (!topic) return null;
  const read = payloadReader(entry, templateKey);
  return {
    topic,
    available: stringOption(entry, 'payload_available', 'online'),
    notAvailable: stringOption(entry, 'payload_not_available', 'offline'),
    read: (payload) => asText(read(payload)),
    value: null,
  };
}

/**
 * The availability of a device from its entities' configs: one `availability_topic` or a list in
 * `availability`, combined by `availability_mode` (latest, the default; all; any). A device that
 * names no availability topic is available.
 */
export function availabilityOf(configs: DiscoveryConfig[]): AvailabilityTracker {
  const sources: Source[] = [];
  for (const config of configs) {
    const entries = Array.isArray(config.availability) ? (config.availability as DiscoveryConfig[]) : [];
    const candidates = [sourceOf(config, 'availability_topic', 'availability_template'), ...entries.map((entry) => sourceOf(entry, 'topic', 'value_template'))];
    for (const source of candidates) if (source && !sources.some((known) => known.topic === source.topic)) sources.push(source);
  }
  const mode = configs.map((config) => stringOption(config, 'availability_mode')).find((value) => value !== null) ?? 'latest';
  let latest: boolean | null = null;
  const listeners = new Set<(available: boolean) => void>();
  const compute = (): boolean => {
    if (sources.length === 0) return true;
    if (mode === 'all') return sources.every((source) => source.value === true);
    if (mode === 'any') return sources.some((source) => source.value === true);
    return latest === true;
  };
  return {
    topics: () => sources.map((source) => source.topic),
    receive(topic, payload) {
      const before = compute();
      for (const source of sources) {
        if (source.topic !== topic) continue;
        const text = source.read(payload);
        const value = text === source.available ? true : text === source.notAvailable ? false : null;
        if (value === null) continue;
        source.value = value;
        latest = value;
      }
      const after = compute();
      if (after !== before) for (const listener of listeners) listener(after);
    },
    isAvailable: compute,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear: () => listeners.clear(),
  };
}
