import {
  MeshmindError,
  canonicalJson,
  validateCallArguments,
  type ApiFunctionSpec,
  type DeviceDescription,
  type EffectSpec,
  type StateFieldSpec,
  type JsonValue,
} from '@meshmind/protocol';
import type { BehaviourContext, DeviceBehaviour } from './behaviours/behaviour';
import { behaviourFor } from './behaviours/behaviour-registry';
import { systemClock, type SimulationClock } from './clock';
import { getDeviceDescription } from './device-catalog';
import { defaultState, validateDeviceState } from './device-state';
import type { DeviceCallOptions, DeviceDriver, DeviceState } from './driver';

/** How many idempotency keys a simulated device remembers (a real one keeps them for a while, too). */
const REMEMBERED_KEYS = 256;

/** Faults to inject, for tests of how agents notice a device that lies or fails. */
export interface SimulatedFaults {
  /** The device acknowledges every action but its state does not change. */
  ignoreCommands?: boolean;
  /** These functions throw E_DEVICE_FAULT instead of running. */
  failingFunctions?: readonly string[];
}

export interface SimulatedDriverOptions {
  /** Partial state laid over the type's defaults; validated against the description. */
  initialState?: DeviceState;
  clock?: SimulationClock;
  faults?: SimulatedFaults;
  /** Full travel time of covers and garage doors; 0 (the default) moves them instantly. */
  travelTimeMs?: number;
}

/** A simulated device: the DeviceDriver interface plus hooks a test or a fleet simulation uses from outside. */
export interface SimulatedDriver extends DeviceDriver {
  /** Changes the world around the device (a reading, motion, a jammed bolt) and notifies listeners. */
  setEnvironment(patch: DeviceState): void;
  setFaults(faults: SimulatedFaults): void;
}

type Listener = (state: DeviceState) => void;

class SimulatedDeviceDriver implements SimulatedDriver {
  readonly description: DeviceDescription;
  readonly honoursIdempotencyKey = true;
  readonly #behaviour: DeviceBehaviour;
  readonly #clock: SimulationClock;
  readonly #travelTimeMs: number;
  readonly #listeners = new Set<Listener>();
  readonly #timers = new Map<string, unknown>();
  readonly #memory: Record<string, unknown> = {};
  /** Results of keyed calls already applied: a repeat is answered, not applied again. */
  readonly #appliedKeys = new Map<string, JsonValue | undefined>();
  #faults: SimulatedFaults;
  #state: DeviceState;
  #stopped = false;

  constructor(description: DeviceDescription, options: SimulatedDriverOptions) {
    this.description = description;
    this.#behaviour = behaviourFor(description.type);
    this.#clock = options.clock ?? systemClock;
    this.#travelTimeMs = options.travelTimeMs ?? 0;
    this.#faults = { ...options.faults };
    const initial = validateDeviceState(description, options.initialState ?? {});
    if (!initial.ok) {
      throw new MeshmindError('E_CONFIG_INVALID', `initial state of a ${description.type}: ${initial.error.message}`, { cause: initial.error });
    }
    this.#state = { ...defaultState(description), ...initial.value };
    this.#behaviour.derive?.(this.#state);
  }

  getState(): DeviceState {
    return structuredClone(this.#state);
  }

  async call(functionName: string, args: Record<string, unknown>, options: DeviceCallOptions = {}): Promise<JsonValue | undefined> {
    const key = options.idempotencyKey;
    if (key !== undefined && this.#appliedKeys.has(key)) return structuredClone(this.#appliedKeys.get(key));
    const result = await this.#apply(functionName, args);
    if (key !== undefined) {
      this.#appliedKeys.set(key, result);
      if (this.#appliedKeys.size > REMEMBERED_KEYS) this.#appliedKeys.delete(this.#appliedKeys.keys().next().value as string);
    }
    return result;
  }

  async #apply(functionName: string, args: Record<string, unknown>): Promise<JsonValue | undefined> {
    const fn = this.description.functions.find((candidate) => candidate.name === functionName);
    if (!fn) {
      const known = this.description.functions.map((candidate) => candidate.name).join(', ');
      throw new MeshmindError('E_UNKNOWN_FUNCTION', `a ${this.description.type} has no function ${JSON.stringify(functionName)}; it has ${known}`);
    }
    // Arguments arrive validated, but a driver is the last line before hardware: check again.
    const validated = validateCallArguments(fn, args);
    if (!validated.ok) throw validated.error;
    if (this.#faults.failingFunctions?.includes(fn.name)) {
      throw new MeshmindError('E_DEVICE_FAULT', `${this.description.type} ${fn.name}: simulated device fault`);
    }
    if (fn.kind === 'query') return this.#read(fn);
    if (this.#faults.ignoreCommands) return undefined;
    return this.#change(validated.value, (context) => {
      const handler = this.#behaviour.actions?.[fn.name];
      return handler ? handler(context) : context.applyEffects();
    }, fn);
  }

  onStateChange(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  async start(): Promise<void> {
    this.#stopped = false;
    this.#change({}, () => undefined);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const handle of this.#timers.values()) this.#clock.clearTimeout(handle);
    this.#timers.clear();
  }

  setEnvironment(patch: DeviceState): void {
    const validated = validateDeviceState(this.description, patch);
    if (!validated.ok) throw validated.error;
    this.#change({}, ({ state }) => {
      Object.assign(state, validated.value);
    });
  }

  setFaults(faults: SimulatedFaults): void {
    this.#faults = { ...faults };
  }

  #read(fn: ApiFunctionSpec): JsonValue {
    const key = this.#behaviour.queryKeys?.[fn.name] ?? fn.name.replace(/^(get|is)_/, '');
    if (!Object.hasOwn(this.#state, key)) {
      throw new MeshmindError('E_INTERNAL', `${this.description.type} ${fn.name} reads state field ${JSON.stringify(key)}, which does not exist`);
    }
    return structuredClone(this.#state[key] as JsonValue);
  }

  /**
   * Every change (call, timer, environment) runs on a draft: a handler that fails leaves the state
   * untouched, and listeners hear about the result once, only when something changed.
   */
  #change(
    args: Record<string, unknown>,
    work: (context: BehaviourContext) => JsonValue | undefined | void,
    fn?: ApiFunctionSpec,
  ): JsonValue | undefined {
    const draft = structuredClone(this.#state);
    const context = this.#context(draft, args, fn);
    const result = work(context);
    this.#behaviour.derive?.(draft);
    this.#behaviour.afterChange?.(context);
    const changed = canonicalJson(draft) !== canonicalJson(this.#state);
    this.#state = draft;
    if (changed) this.#notify();
    return result ?? undefined;
  }

  #context(state: DeviceState, args: Record<string, unknown>, fn: ApiFunctionSpec | undefined): BehaviourContext {
    const type = this.description.type;
    return {
      state,
      args,
      memory: this.#memory,
      clock: this.#clock,
      travelTimeMs: this.#travelTimeMs,
      applyEffects: () => {
        for (const effect of fn?.effects ?? []) {
          const amount = relativeAmount(fn!, effect, args);
          if (amount !== undefined) {
            const current = state[effect.key];
            if (typeof current === 'number') state[effect.key] = withinRange(current + amount, this.description.state[effect.key]);
            continue;
          }
          const value = effect.parameter === undefined ? effect.value : args[effect.parameter];
          if (value !== undefined) state[effect.key] = structuredClone(value) as JsonValue;
        }
      },
      schedule: (name, delayMs, task) => this.#schedule(name, delayMs, task),
      cancel: (name) => this.#cancel(name),
      isScheduled: (name) => this.#timers.has(name),
      fail: (message) => {
        throw new MeshmindError('E_DEVICE_FAULT', `${type}${fn ? ` ${fn.name}` : ''}: ${message}`);
      },
    };
  }

  #schedule(name: string, delayMs: number, task: (context: BehaviourContext) => void): void {
    this.#cancel(name);
    // A stopped device keeps no timers: stop() must leave nothing running behind it.
    if (this.#stopped) return;
    const handle = this.#clock.setTimeout(() => {
      this.#timers.delete(name);
      this.#change({}, task);
    }, delayMs);
    this.#timers.set(name, handle);
  }

  #cancel(name: string): void {
    if (!this.#timers.has(name)) return;
    this.#clock.clearTimeout(this.#timers.get(name));
    this.#timers.delete(name);
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener(this.getState());
  }
}

/** The signed change of an `increaseBy`/`decreaseBy` effect, from its argument or the parameter's default. */
function relativeAmount(fn: ApiFunctionSpec, effect: EffectSpec, args: Record<string, unknown>): number | undefined {
  const name = effect.increaseBy ?? effect.decreaseBy;
  if (name === undefined) return undefined;
  const amount = args[name] ?? fn.parameters.find((parameter) => parameter.name === name)?.default;
  if (typeof amount !== 'number') return undefined;
  return effect.increaseBy !== undefined ? amount : -amount;
}

function withinRange(value: number, spec: StateFieldSpec | undefined): number {
  return Math.min(spec?.maximum ?? Infinity, Math.max(spec?.minimum ?? -Infinity, value));
}

/**
 * A simulated device of a catalog type (or of any description: types without special behaviour
 * simply apply their declared effects). Deterministic; time only moves through `clock`.
 */
export function createSimulatedDriver(typeOrDescription: string | DeviceDescription, options: SimulatedDriverOptions = {}): SimulatedDriver {
  const description = typeof typeOrDescription === 'string' ? getDeviceDescription(typeOrDescription) : typeOrDescription;
  return new SimulatedDeviceDriver(description, options);
}
