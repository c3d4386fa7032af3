import type { DeviceDescription, DeviceStateValues, JsonValue, MappingResult, SubtaskMapper, SubtaskRequest } from '@meshmind/protocol';
import type { TaskCallOptions, TaskDeviceDriver } from '@meshmind/fsm';

/** A small warehouse robot API: enough functions for every path of the task machine. */
export const robotDescription: DeviceDescription = {
  type: 'test_robot',
  title: 'Test robot',
  description: 'A warehouse robot used by the task machine tests.',
  domain: 'warehouse',
  version: '1.0.0',
  nouns: ['robot'],
  state: {
    shelf: { type: 'integer', description: 'Shelf the robot stands at', minimum: 0, maximum: 10 },
    moving: { type: 'boolean', description: 'Whether the robot is driving' },
    lamp: { type: 'boolean', description: 'Whether the work lamp is on' },
    emergency_stop: { type: 'boolean', description: 'Whether the emergency stop is engaged' },
  },
  functions: [
    {
      name: 'move_to_shelf',
      description: 'Drive to a shelf.',
      kind: 'action',
      parameters: [{ name: 'shelf', type: 'integer', description: 'Shelf number', minimum: 1, maximum: 10, required: true }],
      effects: [{ key: 'shelf', parameter: 'shelf' }],
    },
    {
      name: 'check_free_space',
      description: 'Count free slots on the current shelf.',
      kind: 'query',
      parameters: [],
      returns: { type: 'integer', description: 'Free slots', unit: 'slots' },
    },
    {
      name: 'read_temperature',
      description: 'Read the temperature at the robot.',
      kind: 'query',
      parameters: [],
      returns: { type: 'number', description: 'Temperature', unit: '°C' },
    },
    {
      name: 'set_lamp',
      description: 'Switch the work lamp.',
      kind: 'action',
      parameters: [{ name: 'on', type: 'boolean', description: 'On or off', required: true }],
      effects: [{ key: 'lamp', parameter: 'on' }],
    },
    { name: 'stop', description: 'Stop driving at once.', kind: 'action', parameters: [], effects: [{ key: 'moving', value: false }] },
    {
      name: 'release_emergency_stop',
      description: 'Release the emergency stop.',
      kind: 'action',
      parameters: [],
      sensitive: true,
      effects: [{ key: 'emergency_stop', value: false }],
    },
  ],
};

export interface HeldCall {
  /** Resolves when the device starts the held call. */
  reached: Promise<void>;
  release(): void;
}

/** A speaker with an absolute and a relative way to change its volume. */
export const speakerDescription: DeviceDescription = {
  type: 'test_speaker',
  title: 'Test speaker',
  description: 'A speaker used by the task runner tests.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['speaker'],
  state: { volume: { type: 'integer', description: 'Volume', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    {
      name: 'set_volume',
      description: 'Set the volume.',
      kind: 'action',
      parameters: [{ name: 'volume', type: 'integer', description: 'Volume', unit: '%', minimum: 0, maximum: 100 }],
      effects: [{ key: 'volume', parameter: 'volume' }],
    },
    {
      name: 'volume_up',
      description: 'Raise the volume by a step.',
      kind: 'action',
      parameters: [{ name: 'step', type: 'integer', description: 'Step', unit: '%', minimum: 1, maximum: 50, required: false, default: 5 }],
      effects: [{ key: 'volume', increaseBy: 'step' }],
    },
    { name: 'beep', description: 'Beep once.', kind: 'action', parameters: [] },
  ],
};

/** A fake device that implements the driver interface: effects apply unless told to ignore them. */
export class FakeDevice implements TaskDeviceDriver {
  readonly log: Array<{ function: string; arguments: Record<string, unknown> }> = [];
  /** The idempotency key of every call, in order. */
  readonly keys: Array<string | undefined> = [];
  readonly ignoring = new Set<string>();
  honoursIdempotencyKey = false;
  readings: Record<string, JsonValue> = { check_free_space: 4, read_temperature: 21.5 };
  /** Runs at the start of every call, before anything is applied: lets a test look at the agent's records. */
  onCall: ((functionName: string) => void) | undefined;
  private readonly holds = new Map<string, { release: () => void; reached: () => void; promise: Promise<void>; afterApplying: boolean }>();
  private state: DeviceStateValues;

  constructor(
    readonly description: DeviceDescription = robotDescription,
    state: DeviceStateValues = { shelf: 0, moving: false, lamp: false, emergency_stop: true },
  ) {
    this.state = { ...state };
  }

  getState(): DeviceStateValues {
    return structuredClone(this.state);
  }

  /**
   * The next call of `functionName` waits until released: before the device acts, or with
   * `afterApplying` once it has acted and before it answers (the agent dies waiting for the reply).
   */
  hold(functionName: string, options: { afterApplying?: boolean } = {}): HeldCall {
    let release!: () => void;
    let reached!: () => void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    this.holds.set(functionName, { release, reached, promise, afterApplying: options.afterApplying === true });
    return { reached: reachedPromise, release };
  }

  async call(functionName: string, args: Record<string, unknown>, options: TaskCallOptions = {}): Promise<JsonValue | undefined> {
    this.onCall?.(functionName);
    this.log.push({ function: functionName, arguments: args });
    this.keys.push(options.idempotencyKey);
    const hold = this.holds.get(functionName);
    if (hold) this.holds.delete(functionName);
    if (hold && !hold.afterApplying) {
      hold.reached();
      await hold.promise;
    }
    const fn = this.description.functions.find((candidate) => candidate.name === functionName);
    if (!this.ignoring.has(functionName)) {
      for (const effect of fn?.effects ?? []) {
        const by = effect.increaseBy ?? effect.decreaseBy;
        if (by !== undefined) {
          const amount = (args[by] ?? fn?.parameters.find((parameter) => parameter.name === by)?.default) as number;
          this.state[effect.key] = (this.state[effect.key] as number) + (effect.increaseBy ? amount : -amount);
        } else {
          this.state[effect.key] = (effect.parameter !== undefined ? args[effect.parameter] : effect.value) as JsonValue;
        }
      }
    }
    if (hold?.afterApplying) {
      hold.reached();
      await hold.promise;
    }
    return this.readings[functionName];
  }

  called(functionName: string): number {
    return this.log.filter((entry) => entry.function === functionName).length;
  }
}

/** Retrieval stand-in: a table from subtask text to mapping. */
export function fakeMapper(table: Record<string, MappingResult>): SubtaskMapper {
  return { map: async (subtask) => table[subtask.text] ?? { kind: 'not_executable', reason: `nothing matches "${subtask.text}"`, candidates: [] } };
}

let counter = 0;
export function subtaskFor(text: string, overrides: Partial<SubtaskRequest> = {}, now = 1_700_000_000_000): SubtaskRequest {
  counter += 1;
  return { id: `subtask-${counter}`, goalId: 'goal-1', text, deadline: now + 60 * 60 * 1000, issuedAt: now, ...overrides };
}

export const MAPPINGS: Record<string, MappingResult> = {
  'move to shelf 3 and check it for free space': {
    kind: 'call',
    calls: [
      { function: 'move_to_shelf', arguments: { shelf: 3 }, confidence: 0.9 },
      { function: 'check_free_space', arguments: {}, confidence: 0.8 },
    ],
    candidates: ['move_to_shelf', 'check_free_space'],
  },
  'what is the temperature': { kind: 'call', calls: [{ function: 'read_temperature', arguments: {}, confidence: 0.95 }], candidates: ['read_temperature'] },
  'switch the lamp on': { kind: 'call', calls: [{ function: 'set_lamp', arguments: { on: true }, confidence: 0.9 }], candidates: ['set_lamp'] },
  'go to shelf 5': { kind: 'call', calls: [{ function: 'move_to_shelf', arguments: { shelf: 5 }, confidence: 0.9 }], candidates: ['move_to_shelf'] },
  'go to shelf 7': { kind: 'call', calls: [{ function: 'move_to_shelf', arguments: { shelf: 7 }, confidence: 0.9 }], candidates: ['move_to_shelf'] },
  'release the emergency stop': {
    kind: 'call',
    calls: [{ function: 'release_emergency_stop', arguments: {}, confidence: 0.9 }],
    candidates: ['release_emergency_stop'],
  },
  'make coffee': { kind: 'not_executable', reason: 'the robot has no function that makes coffee', candidates: ['set_lamp'] },
};
