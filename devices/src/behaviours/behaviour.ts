import type { JsonValue } from '@meshmind/protocol';
import type { SimulationClock } from '../clock';
import type { DeviceState } from '../driver';

/** What a per-type handler may touch while the simulated device executes a call or a timer fires. */
export interface BehaviourContext {
  /** A draft of the state: changes become visible (and notify listeners) once the handler returns. */
  readonly state: DeviceState;
  /** Validated arguments with defaults filled in; empty inside timers. */
  readonly args: Record<string, unknown>;
  /** Private memory of this one device (last mode, track index, travel in progress). */
  readonly memory: Record<string, unknown>;
  readonly clock: SimulationClock;
  /** How long a cover or door takes to travel its full range; 0 moves instantly. */
  readonly travelTimeMs: number;
  /** Applies the called function's declared effects to the draft, as the generic driver does. */
  applyEffects(): void;
  /**
   * Runs `task` after `delayMs`; a second schedule under the same name replaces the first. Takes
   * effect at once, unlike state changes, so a handler calls `fail` before it schedules anything.
   */
  schedule(name: string, delayMs: number, task: (context: BehaviourContext) => void): void;
  cancel(name: string): void;
  isScheduled(name: string): boolean;
  /** Throws E_DEVICE_FAULT: the device refuses or fails. */
  fail(message: string): never;
}

export type ActionHandler = (context: BehaviourContext) => JsonValue | undefined | void;

/**
 * The few things a device type does beyond "apply the declared effects". Types without an entry
 * behave purely declaratively, which is what makes a new catalog entry simulate for free.
 */
export interface DeviceBehaviour {
  /** Realistic starting values; fields not named get a generic default. */
  defaults?: DeviceState;
  /** Replaces the generic effect application for these actions. */
  actions?: Record<string, ActionHandler>;
  /** State key a query reads, where it is not the function name without its get_/is_ prefix. */
  queryKeys?: Record<string, string>;
  /** Recomputes derived fields after every change (e.g. the thermostat's hvac_action). */
  derive?(state: DeviceState): void;
  /** Runs after start() and after every change, to (re)arm the timers a state needs. */
  afterChange?(context: BehaviourContext): void;
}
