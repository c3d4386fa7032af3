import { MeshmindError, canonicalJson, validateCallArguments, type DeviceDescription, type JsonValue } from '@meshmind/protocol';
import type { DeviceDriver, DeviceState } from '../../driver';
import type { DeviceBinding, SetPart } from './device-binding';

/** Sends one payload to a zigbee2mqtt topic; rejects when the broker cannot take it. */
export type Zigbee2mqttPublish = (topic: string, payload: Record<string, unknown>) => Promise<void>;

export interface Zigbee2mqttDriverOptions {
  binding: DeviceBinding;
  /** The device's /set and /get topics. */
  setTopic: string;
  getTopic: string;
  publish: Zigbee2mqttPublish;
  /** How long a command waits for the device's report before the agent verifies anyway (default 5 s). */
  reportTimeoutMs?: number;
}

type StateListener = (state: DeviceState) => void;

interface Waiter {
  properties: ReadonlySet<string>;
  resolve: () => void;
}

const DEFAULT_REPORT_TIMEOUT_MS = 5_000;

/**
 * One zigbee2mqtt device as a DeviceDriver. Commands go to `<base>/<name>/set`; the state is what
 * zigbee2mqtt reports on `<base>/<name>`, read into the generated description's terms. A value the
 * device clamped or refused reads as the device reports it, so the agent's verification tells the
 * truth about it.
 */
export class Zigbee2mqttDriver implements DeviceDriver {
  readonly description: DeviceDescription;
  readonly #binding: DeviceBinding;
  readonly #options: Zigbee2mqttDriverOptions;
  readonly #listeners = new Set<StateListener>();
  readonly #waiters = new Set<Waiter>();
  /** The device's last report, merged (zigbee2mqtt may publish only the changed attributes). */
  #raw: Record<string, unknown> = {};
  /** What the last command asked for each field, and the raw value it sent for it. */
  readonly #asked = new Map<string, { value: JsonValue; raw: unknown }>();
  #available = true;
  #state: DeviceState = {};

  constructor(options: Zigbee2mqttDriverOptions) {
    this.#options = options;
    this.#binding = options.binding;
    this.description = options.binding.description;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {
    for (const waiter of this.#waiters) waiter.resolve();
    this.#waiters.clear();
  }

  getState(): DeviceState {
    return structuredClone(this.#state);
  }

  onStateChange(listener: StateListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** A report from `<base>/<name>` (the source validated it is a JSON object). */
  acceptReport(report: Record<string, unknown>): void {
    this.#raw = { ...this.#raw, ...report };
    const properties = Object.keys(report);
    for (const waiter of [...this.#waiters]) {
      if (properties.some((property) => waiter.properties.has(property))) waiter.resolve();
    }
    const next = this.#readState();
    if (canonicalJson(next) === canonicalJson(this.#state)) return;
    this.#state = next;
    for (const listener of this.#listeners) listener(this.getState());
  }

  setAvailable(available: boolean): void {
    this.#available = available;
  }

  async call(functionName: string, args: Record<string, unknown>): Promise<JsonValue | undefined> {
    const fn = this.description.functions.find((candidate) => candidate.name === functionName);
    if (!fn) {
      throw new MeshmindError('E_UNKNOWN_FUNCTION', `${this.description.title} has no function ${JSON.stringify(functionName)}; it has ${this.description.functions.map((candidate) => candidate.name).join(', ')}`);
    }
    const validated = validateCallArguments(fn, args);
    if (!validated.ok) throw validated.error;
    if (!this.#available) throw new MeshmindError('E_DEVICE_FAULT', `${this.description.title} ${fn.name}: zigbee2mqtt reports the device offline`);
    if (fn.kind === 'query') return this.#query(fn.name);
    const action = this.#binding.actions.get(fn.name);
    if (!action) throw new MeshmindError('E_INTERNAL', `${this.description.title} ${fn.name} has no zigbee2mqtt binding`);
    const parts = action.parts(validated.value);
    await this.#send(this.#options.setTopic, parts);
    return undefined;
  }

  async #query(functionName: string): Promise<JsonValue> {
    const key = this.#binding.queries.get(functionName)!;
    if (this.#state[key] === undefined) {
      const field = this.#binding.fields.find((candidate) => candidate.key === key);
      if (field?.gettable) await this.#send(this.#options.getTopic, [{ property: field.property, raw: '' }]);
    }
    const value = this.#state[key];
    if (value === undefined) throw new MeshmindError('E_DEVICE_FAULT', `${this.description.title} has not reported its ${key.replace(/_/g, ' ')} yet`);
    return structuredClone(value);
  }

  /** Publishes one command and waits for the device's next report of any property it touched. */
  async #send(topic: string, parts: SetPart[]): Promise<void> {
    const payload: Record<string, unknown> = {};
    for (const part of parts) {
      payload[part.property] = part.raw;
      if (part.asked) this.#asked.set(part.asked.key, { value: part.asked.value, raw: part.raw });
    }
    let waiter: Waiter | undefined;
    const reported = new Promise<void>((resolve) => {
      waiter = { properties: new Set(Object.keys(payload)), resolve };
      this.#waiters.add(waiter);
    });
    const timer = setTimeout(() => waiter!.resolve(), this.#options.reportTimeoutMs ?? DEFAULT_REPORT_TIMEOUT_MS);
    try {
      // A broker that is away holds a QoS 1 publish until it returns: the report deadline bounds that wait too.
      const published = this.#options.publish(topic, payload);
      published.catch(() => undefined);
      await Promise.race([published.then(() => reported), reported]);
    } catch (error) {
      throw new MeshmindError('E_DEVICE_FAULT', `${this.description.title}: could not send the command to zigbee2mqtt: ${(error as Error).message}`, { cause: error });
    } finally {
      clearTimeout(timer);
      this.#waiters.delete(waiter!);
    }
  }

  #readState(): DeviceState {
    const state: DeviceState = {};
    for (const field of this.#binding.fields) {
      if (!Object.hasOwn(this.#raw, field.property)) continue;
      const raw = this.#raw[field.property];
      const asked = this.#asked.get(field.key);
      const same = asked && (field.sameRaw ? field.sameRaw(asked.raw, raw) : canonicalJson(asked.raw) === canonicalJson(raw));
      const value = same ? asked.value : field.read(raw);
      if (value !== undefined) state[field.key] = value;
    }
    return state;
  }
}
