import { MeshmindError, type ApiFunctionSpec, type JsonValue, type StateFieldSpec } from '@meshmind/protocol';
import type { DeviceState } from '../../driver.js';
import { stringOption, type DiscoveryConfig, type HaComponent } from './discovery-config.js';
import { templateOption } from './value-template.js';

export interface Publication {
  topic: string;
  payload: string;
}

/** How a payload on one topic changes the device state. */
export interface StateReader {
  topic: string;
  read(payload: string): DeviceState;
}

/**
 * What one discovered entity adds to its device's API document and how it is driven: its state
 * fields and functions (the same types as the catalog's), the topics that report its state, and the
 * messages each call publishes. Several fragments of one physical device make one description.
 */
export interface EntityFragment {
  readonly component: HaComponent;
  /** A short name of the kind of thing ("relay", "dimmable light"). */
  readonly kind: string;
  /** One sentence on what it does, for the description. */
  readonly summary: string;
  readonly nouns: string[];
  readonly state: Record<string, StateFieldSpec>;
  readonly initialState: DeviceState;
  readonly functions: ApiFunctionSpec[];
  /** Query functions and the state field each reports. */
  readonly queries: Record<string, string>;
  readonly readers: StateReader[];
  /** No topic reports the state back: a call's effects become the state once it is published. */
  readonly optimistic: boolean;
  command(functionName: string, args: Record<string, unknown>, state: DeviceState): Publication[];
}

/** A required topic; the error names the entity's config key. */
export function requiredTopic(config: DiscoveryConfig, key: string, component: HaComponent): string {
  const topic = stringOption(config, key);
  if (!topic) throw new MeshmindError('E_INVALID_PAYLOAD', `a ${component} discovery config needs ${key}`);
  assertPublishable(topic, key);
  return topic;
}

export function optionalTopic(config: DiscoveryConfig, key: string): string | null {
  const topic = stringOption(config, key);
  if (topic) assertPublishable(topic, key);
  return topic;
}

/** Commands never go to wildcards (a config could otherwise make the bridge publish to every device). */
function assertPublishable(topic: string, key: string): void {
  if (key.endsWith('command_topic') && /[+#]/.test(topic)) throw new MeshmindError('E_INVALID_TOPIC', `${key} ${topic} holds a wildcard`);
}

/** The value a state topic's payload carries, through the entity's template when it has one. */
export function payloadReader(config: DiscoveryConfig, templateKey: string): (payload: string) => JsonValue {
  const template = templateOption(config, templateKey);
  return (payload) => (template ? template.render(payload) : payload);
}

/** The payload of a command, through the entity's command template when it has one. */
export function commandWriter(config: DiscoveryConfig, templateKey: string): (value: JsonValue) => string {
  const template = templateOption(config, templateKey);
  return (value) => {
    const rendered = template ? template.render(value) : value;
    return typeof rendered === 'string' ? rendered : JSON.stringify(rendered);
  };
}

export function asText(value: JsonValue): string {
  return value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function asNumber(value: JsonValue): number | null {
  const number = typeof value === 'number' ? value : Number.parseFloat(asText(value));
  return Number.isFinite(number) ? number : null;
}

export function unknownFunction(component: HaComponent, functionName: string): MeshmindError {
  return new MeshmindError('E_UNKNOWN_FUNCTION', `the ${component} has no function ${functionName}`);
}

export const query = (name: string, description: string, returns: ApiFunctionSpec['returns']): ApiFunctionSpec => ({
  name,
  description,
  kind: 'query',
  parameters: [],
  ...(returns ? { returns } : {}),
});
