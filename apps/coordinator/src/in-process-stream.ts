import { Duplex } from 'node:stream';

/**
 * One end of an in-memory connection between an MQTT client and the broker of the same process.
 *
 * Over loopback TCP every packet is a `writev` into the kernel and a read back out of it, on both
 * sides; a profile of `bench:latency` put about 5 ms per goal there under load. Here the Buffers a
 * side writes are handed to the other side's readable (no re-encoding; what one turn wrote goes as
 * one Buffer, see #deliver), with what a socket guarantees kept:
 * - Delivery is never synchronous with the write. What a client writes in one turn of the event
 *   loop reaches the broker together at `setImmediate`, as a socket's bytes arrive in a later I/O
 *   phase: the broker's work on an agent's publish thus never runs inside the agent's own stages
 *   (an agent publishes its state between two awaits of a task), nor inside the coordinator's.
 * - What the broker writes reaches its client at `process.nextTick`: once the broker's current
 *   step has returned, in the same turn. aedes writes in turns of its own (a packet read from a
 *   client, its own `setImmediate` before a QoS 1 forward), not inside a client's code (only a
 *   revocation or a shutdown closes a connection from the caller's turn, and that only ends it), so
 *   the client's work still runs apart from the writer's; what it saves is one turn of the event
 *   loop per message a client receives (the subtask to its agent, the report to the coordinator), and
 *   a turn is what grows most when the machine is busy. PUBACKs alone are the exception: they go two
 *   turns later, behind the forward of the message they acknowledge (see onlyAcknowledgements).
 * - Backpressure: while the reader's buffer is over its high-water mark, the writer's callback is
 *   held until the reader asks for more, so a slow reader fills the writer's own buffer and the
 *   writer sees `write()` return false and waits for 'drain', as with a socket.
 * - Ending or destroying one side ends the other after everything written before it (a FIN), and
 *   the other side then closes: the MQTT client reconnects and the broker runs the client's last
 *   will, as over TCP.
 */
export class InProcessStream extends Duplex {
  #peer: InProcessStream | null = null;
  /** The broker's end hands its writes to the client in the same turn (see the class's doc). */
  #deliverInSameTurn = false;
  #outbound: Buffer[] = [];
  #deliveryScheduled = false;
  #endAfterDelivery = false;
  #endSent = false;
  /** The write waiting for the peer's reader to want more. */
  #heldCallback: (() => void) | null = null;

  constructor() {
    super({ allowHalfOpen: false });
  }

  /** Two ends joined to each other: one for the client, one for the broker. */
  static pair(): [InProcessStream, InProcessStream] {
    const clientEnd = new InProcessStream();
    const brokerEnd = new InProcessStream();
    clientEnd.#peer = brokerEnd;
    brokerEnd.#peer = clientEnd;
    brokerEnd.#deliverInSameTurn = true;
    return [clientEnd, brokerEnd];
  }

  /** Sockets have it; mqtt.js and the broker call it. There is no Nagle here to turn off. */
  setNoDelay(): this {
    return this;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.#queue([chunk], callback);
  }

  override _writev(chunks: Array<{ chunk: Buffer }>, callback: (error?: Error | null) => void): void {
    this.#queue(
      chunks.map((entry) => entry.chunk),
      callback,
    );
  }

  override _read(): void {
    // Our reader wants more: the peer's held write may complete.
    const peer = this.#peer;
    if (peer) peer.#release();
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.#endAfterDelivery = true;
    this.#scheduleDelivery();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    // What was written before the close still reaches the peer, then its end: a socket's kernel
    // sends what it had accepted, then a FIN, even when the socket is destroyed with an error.
    this.#endAfterDelivery = true;
    this.#scheduleDelivery();
    this.#release();
    // A write of the peer's held until this side read more: nothing will read it now. Let it go, so
    // the peer's stream can finish and close instead of waiting for a reader that is gone.
    const peer = this.#peer;
    if (peer) peer.#release();
    callback(error);
  }

  #queue(chunks: Buffer[], callback: () => void): void {
    const peer = this.#peer;
    if (!peer || peer.destroyed) {
      // Writing to a closed connection: the data goes nowhere, and this end closes too.
      callback();
      this.destroy();
      return;
    }
    for (const chunk of chunks) if (chunk.length > 0) this.#outbound.push(chunk);
    this.#scheduleDelivery();
    // Accepted at once, as a socket's kernel buffer accepts a write, unless the peer is backed up.
    if (peer.readableLength < peer.readableHighWaterMark) callback();
    else this.#heldCallback = callback;
  }

  #scheduleDelivery(): void {
    if (this.#deliveryScheduled) return;
    this.#deliveryScheduled = true;
    if (!this.#deliverInSameTurn) setImmediate(() => this.#deliver());
    else if (onlyAcknowledgements(this.#outbound)) setImmediate(() => setImmediate(() => this.#deliver()));
    else process.nextTick(() => this.#deliver());
  }

  #deliver(): void {
    this.#deliveryScheduled = false;
    const peer = this.#peer;
    if (!peer || peer.destroyed || this.#endSent) {
      this.#outbound = [];
      return;
    }
    // One push for everything written since the last delivery, as a socket hands its reader what
    // arrived in one read: mqtt-packet writes a packet as five or more small Buffers (header, length,
    // topic, id, payload), and each push is a 'data' event, a pass through the reader's stream and a
    // parse attempt of its own (the parser's buffer list then copies across the pieces to read a
    // topic). About 40 pushes a goal: side by side, 46.8 against 49.3 us of CPU per message
    // (bench/local-stream-measure.ts, BENCHMARKS.md), too little to show in a whole goal's latency.
    const chunks = this.#outbound;
    this.#outbound = [];
    if (chunks.length === 1) peer.push(chunks[0]);
    else if (chunks.length > 1) peer.push(Buffer.concat(chunks));
    if (this.#endAfterDelivery) {
      this.#endSent = true;
      peer.push(null);
    }
  }

  #release(): void {
    const callback = this.#heldCallback;
    this.#heldCallback = null;
    callback?.();
  }
}

const PUBACK = 4;

/**
 * Whether what the broker wrote is PUBACKs alone: the acknowledgements of a client's own QoS 1
 * publishes. aedes answers a QoS 1 PUBLISH with its PUBACK first (mqtt-packet writes it corked and
 * uncorks at the next tick, so it reaches this stream after aedes queued its write's callback with
 * `setImmediate`); that callback hands the message to its subscribers, whose delivery (`deliverQoS`)
 * queues another `setImmediate` before it writes the forward. Handed over in the same turn, the
 * PUBACK was handled by its sender first (mqtt.js clears its copy and resolves the publish, and the
 * sender's code after the publish runs: the coordinator's outbox after a subtask, the agent's end
 * of a task after its report), in front of the forward the goal waits for: 0.2-0.3 ms a hop at
 * load 15 (bench/mqtt-hops.ts). A PUBACK tells its sender only that it may let go of its copy;
 * nothing on the goal's path waits for it (the subtask's sent mark is written with its settling,
 * subtask-ledger.ts). So it goes out two turns later, after the forward, as a socket's reader would
 * read it in a later I/O phase than it was written. The sender holds its copy until the ack
 * arrives and sends it again after a reconnect if it never does: QoS 1, the outbox and the ACLs are
 * as before. The bytes of one connection keep their order: whatever the broker writes to this
 * client before the delivery goes with it. With a persistence that writes on a thread (LevelDB,
 * Redis) the forward may come later still, and the PUBACK first, as before.
 */
function onlyAcknowledgements(chunks: readonly Buffer[]): boolean {
  // mqtt-packet writes a PUBACK as its type byte, its length and its id: 2 + 2 bytes or more (MQTT 5's reason code).
  let header = true;
  let remaining = 0;
  let lengthBytes = 0;
  for (const chunk of chunks) {
    for (let index = 0; index < chunk.length; ) {
      // Between a packet's length and its next header: its body, skipped (while the length is still being read, `header` is false).
      if (header && remaining > 0) {
        const skip = Math.min(remaining, chunk.length - index);
        remaining -= skip;
        index += skip;
        continue;
      }
      const byte = chunk[index]!;
      index += 1;
      if (header) {
        if (byte >> 4 !== PUBACK) return false;
        header = false;
        lengthBytes = 0;
        continue;
      }
      // The remaining length: 7 bits a byte, the high bit says another follows.
      remaining += (byte & 0x7f) * 128 ** lengthBytes;
      lengthBytes += 1;
      if (byte & 0x80) {
        if (lengthBytes === 4) return false;
        continue;
      }
      header = true;
    }
  }
  return header && remaining === 0 && chunks.length > 0;
}
