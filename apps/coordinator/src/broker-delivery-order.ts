import type { Aedes } from 'aedes';
import type { Logger } from 'pino';

/**
 * How long deliveries wait behind a publish whose store writes have not come back before they give
 * up on its place in line. Only a store that hangs gets there (a write takes well under a
 * millisecond); then the order is lost for that one message, as it was without this module.
 */
export const DELIVERY_STALL_MS = 5_000;

type PublishCallback = (error?: Error | null) => void;
type EmitCallback = (error?: Error | null) => void;

interface NumberedPacket {
  brokerId?: string;
  brokerCounter?: number;
}

/** One PUBLISH on its way through aedes: numbered as it came in, delivered in that order. */
interface Slot {
  key: string;
  /** Its delivery, held back until every earlier publish has gone out (or ended without going out). */
  deliver: (() => void) | null;
  /** aedes finished with it (after its delivery, or without one: a failed store write). */
  settled: boolean;
}

export interface DeliveryOrder {
  /** How many deliveries wait now (for tests). */
  waiting(): number;
  stop(): void;
}

interface AedesInternals {
  counter: number;
  id: string;
  mq: { emit(packet: NumberedPacket, callback?: EmitCallback): unknown };
  publish(packet: NumberedPacket, client?: unknown, done?: PublishCallback): void;
}

function slotKey(brokerId: string | undefined, counter: number | undefined): string {
  return `${brokerId ?? ''}\u0000${counter ?? 0}`;
}

/**
 * Makes aedes deliver messages in the order they arrived, whatever its persistence.
 *
 * aedes numbers every PUBLISH as it arrives (`brokerCounter`), writes it to its persistence (the
 * retained copy, the queues of subscribers that are away), then hands it to the subscribers. Each
 * connected client drops a message whose number is not above the last one it got from the same
 * broker: its guard against receiving a message twice through overlapping subscriptions. The
 * in-memory persistence finishes its writes in the order they were asked for, so numbers reach the
 * clients in order. LevelDB (writes on libuv's thread pool) and Redis do not: a later message
 * overtakes an earlier one, and every client that got the later one silently drops the earlier.
 * That is how 4 of the example home's 32 devices never registered with the LevelDB store: their
 * retained profiles reached the coordinator after a neighbour's state and were taken for
 * duplicates (moscajs/aedes#955 is this bug; its maintainers point at the persistence's order).
 *
 * The writes stay concurrent; only the hand-over to subscribers is put back in arrival order.
 */
export function keepDeliveryOrder(broker: Aedes, logger?: Logger): DeliveryOrder {
  const internals = broker as unknown as AedesInternals;
  const line: Slot[] = [];
  const byKey = new Map<string, Slot>();
  let head = 0;
  let stallTimer: NodeJS.Timeout | null = null;
  let stopped = false;

  /** Deliveries held back behind the head of the line. */
  let ready = 0;

  const flush = () => {
    while (head < line.length) {
      const slot = line[head]!;
      if (!slot.deliver && !slot.settled) break;
      // Out of the line before its delivery runs: a delivery can publish (a client's will) and flush again.
      head += 1;
      byKey.delete(slot.key);
      const deliver = slot.deliver;
      slot.deliver = null;
      if (deliver) {
        ready -= 1;
        deliver();
      }
    }
    if (head > 1024 && head * 2 > line.length) {
      line.splice(0, head);
      head = 0;
    }
    watchForStall();
  };

  const watchForStall = () => {
    if (ready === 0 || head >= line.length) {
      if (stallTimer) clearTimeout(stallTimer);
      stallTimer = null;
      return;
    }
    if (stallTimer) return;
    const stuck = line[head]!;
    stallTimer = setTimeout(() => {
      stallTimer = null;
      if (line[head] === stuck) {
        logger?.warn({ waiting: line.length - head }, "a publish is stuck in the broker's store; delivering the ones behind it");
        // Out of the line: if it ever comes back, it goes out at once.
        byKey.delete(stuck.key);
        head += 1;
      }
      flush();
    }, DELIVERY_STALL_MS);
    stallTimer.unref();
  };

  const publish = internals.publish.bind(broker);
  internals.publish = (packet, client, done) => {
    if (typeof client === 'function') {
      done = client as PublishCallback;
      client = null;
    }
    if (stopped) return publish(packet, client, done);
    // The number aedes gives it (a will from the store keeps the one it had); aedes takes a 0 or
    // missing number, or a missing broker id, as none (a packet made without a broker has both).
    const key = slotKey(packet.brokerId || internals.id, packet.brokerCounter || internals.counter + 1);
    const slot: Slot = { key, deliver: null, settled: false };
    line.push(slot);
    byKey.set(key, slot);
    publish(packet, client, (error) => {
      slot.settled = true;
      flush();
      done?.(error);
    });
  };

  const emit = internals.mq.emit.bind(internals.mq);
  internals.mq.emit = (packet, callback) => {
    const slot = stopped ? undefined : byKey.get(slotKey(packet.brokerId, packet.brokerCounter));
    // A message that did not come through publish (or waited too long) goes out as it is.
    if (!slot) return emit(packet, callback);
    slot.deliver = () => emit(packet, callback);
    ready += 1;
    flush();
    return undefined;
  };

  return {
    waiting: () => line.length - head,
    stop() {
      stopped = true;
      if (stallTimer) clearTimeout(stallTimer);
      stallTimer = null;
      // Whatever still waits goes out now, in order.
      const left = line.slice(head);
      line.length = 0;
      for (const slot of left) slot.deliver?.();
      head = 0;
      ready = 0;
      byKey.clear();
    },
  };
}
