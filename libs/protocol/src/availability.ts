import Type, { type Static } from 'typebox';
import { MeshmindError } from './errors';
import type { ParseResult } from './json';
import { createValidator } from './validate';
import { AVAILABILITY, type Availability } from './schemas/messages';

/**
 * Retained on <root>/devices/<id>/availability: online or offline, with the order in which the agent
 * said it.
 *
 * A coordinator with a persistent session can be handed an agent's availability messages out of the
 * order they were written: the broker replays what it queued for the coordinator while it was away
 * (a previous run's goodbye "offline") next to what agents publish live, and a slow store (LevelDB,
 * Redis) hands over a retained snapshot after newer messages. A bare "online"/"offline" cannot say
 * which is newer, and MQTT flags neither a replay nor a live message as such. So each message names
 * its place, as Sparkplug's birth and death certificates carry `bdSeq` and its STATE a timestamp:
 *
 * - `epoch`: when the agent's connection began (epoch milliseconds), strictly rising for one agent;
 *   its last will, registered with that CONNECT, carries the same epoch. A reconnection starts a new
 *   epoch, so the will of a dropped connection is older than the "online" that follows it.
 * - `sequence`: counts the messages of one epoch (the announcement, then each change of a bridged
 *   device's own availability, then the goodbye).
 * - `lastWill`: the broker's message for a connection that died. Written at CONNECT, it comes last
 *   in its epoch whatever its sequence.
 *
 * The epoch is wall-clock time, and never below the last epoch the agent recorded plus one where it
 * has a store (`EpochSource`): a board without a real-time clock that boots with an earlier time
 * still rises. An agent with neither a store nor a clock that keeps time is taken for an older one
 * until its clock passes its previous start again.
 *
 * Agents before this ordering publish the bare words; a coordinator still reads them (unordered).
 */
export const AvailabilityMessageSchema = Type.Object(
  {
    availability: Type.Union([Type.Literal(AVAILABILITY.online), Type.Literal(AVAILABILITY.offline)]),
    epoch: Type.Integer({ minimum: 0 }),
    sequence: Type.Integer({ minimum: 0 }),
    lastWill: Type.Optional(Type.Literal(true)),
  },
  { additionalProperties: false },
);
export type AvailabilityMessage = Static<typeof AvailabilityMessageSchema>;

const validator = createValidator(AvailabilityMessageSchema);

/** Where an availability message stands in its agent's order; null for the bare words of an older agent. */
export type AvailabilityOrder = Pick<AvailabilityMessage, 'epoch' | 'sequence' | 'lastWill'>;

export interface ReadAvailability {
  availability: Availability;
  order: AvailabilityOrder | null;
}

/** Reads an availability payload: the ordered JSON message, or an older agent's bare "online"/"offline". */
export function readAvailability(payload: Uint8Array | string): ParseResult<ReadAvailability> {
  const text = typeof payload === 'string' ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('utf8');
  if (text === AVAILABILITY.online || text === AVAILABILITY.offline) return { ok: true, value: { availability: text, order: null } };
  if (!text.startsWith('{')) {
    return { ok: false, error: new MeshmindError('E_INVALID_PAYLOAD', `invalid availability: ${JSON.stringify(text.slice(0, 40))} (expected an availability message, "online" or "offline")`) };
  }
  const parsed = validator.parse(text);
  if (!parsed.ok) return parsed;
  const { availability, ...order } = parsed.value;
  return { ok: true, value: { availability, order } };
}

/** True when `candidate` was said after `current` by the same agent: a later epoch, or later in the same one. */
export function isLaterAvailability(candidate: AvailabilityOrder, current: AvailabilityOrder): boolean {
  if (candidate.epoch !== current.epoch) return candidate.epoch > current.epoch;
  if (current.lastWill) return false;
  if (candidate.lastWill) return true;
  return candidate.sequence > current.sequence;
}

/**
 * One agent's side of the order: a new epoch for every connection, a rising sequence within it.
 * Epochs come from the wall clock (see above) and never repeat or fall within one agent.
 */
/** Where an agent keeps its last epoch across restarts (the host's task database). */
export interface EpochSource {
  last(): number;
  remember(epoch: number): void;
}

export class AvailabilityClock {
  private epoch = 0;
  private sequence = 0;

  constructor(
    private readonly wallClock: () => number = Date.now,
    private readonly source: EpochSource | null = null,
  ) {}

  /** Starts the epoch of a new connection and returns the last will to register with its CONNECT. */
  beginEpoch(): string {
    const recorded = this.epoch === 0 && this.source ? this.source.last() : 0;
    this.epoch = Math.max(Math.floor(this.wallClock()), this.epoch + 1, recorded + 1);
    this.source?.remember(this.epoch);
    this.sequence = 0;
    return JSON.stringify({ availability: AVAILABILITY.offline, epoch: this.epoch, sequence: 0, lastWill: true } satisfies AvailabilityMessage);
  }

  /** The next message of the current epoch. */
  next(availability: Availability): string {
    if (this.epoch === 0) throw new MeshmindError('E_INTERNAL', 'an availability message was asked for before any connection began');
    this.sequence += 1;
    return JSON.stringify({ availability, epoch: this.epoch, sequence: this.sequence } satisfies AvailabilityMessage);
  }
}
