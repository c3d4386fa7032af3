import { describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { InProcessStream } from '../src/in-process-stream';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function collect(stream: InProcessStream): Buffer[] {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return chunks;
}

describe('InProcessStream: an in-memory connection that behaves like a socket', () => {
  it('delivers what one end writes to the other in a later turn, in order, what one turn wrote as one Buffer', async () => {
    const [client, broker] = InProcessStream.pair();
    const received = collect(broker);
    const first = Buffer.from([0x10, 0x02]);
    const second = Buffer.from('hello');
    client.write(first);
    client.write(second);
    await Promise.resolve();
    // Nothing arrives inside the writer's own turn (a socket's bytes come in a later I/O phase).
    expect(received).toEqual([]);
    await nextTurn();
    await nextTurn();
    // One read, as a socket's reader gets what arrived together: one parse instead of one a piece.
    expect(received).toHaveLength(1);
    expect(received[0]).toEqual(Buffer.concat([first, second]));
    // A lone write goes as it is, not copied.
    const third = Buffer.from('again');
    client.write(third);
    await nextTurn();
    await nextTurn();
    expect(received).toHaveLength(2);
    expect(received[1]).toBe(third);
  });

  it('keeps packets that a corked writer wrote in pieces whole and in order', async () => {
    const [client, broker] = InProcessStream.pair();
    const received = collect(broker);
    client.cork();
    for (const piece of ['ab', 'cd', 'ef']) client.write(Buffer.from(piece));
    process.nextTick(() => client.uncork());
    client.write(Buffer.from('gh'));
    await nextTurn();
    await nextTurn();
    expect(Buffer.concat(received).toString()).toBe('abcdefgh');
    expect(received).toHaveLength(1);
  });

  it("hands what the broker writes to its client once the broker's step returns, not a turn later", async () => {
    const [client, broker] = InProcessStream.pair();
    const received = collect(client);
    // A QoS 1 PUBLISH of topic "t", id 1, payload "x": a message forwarded to its subscriber.
    const publish = Buffer.from([0x32, 0x06, 0x00, 0x01, 0x74, 0x00, 0x01, 0x78]);
    let duringTheWrite = -1;
    let atTheNextTurn = -1;
    setImmediate(() => {
      // Queued before the write: a delivery at setImmediate would come after it.
      setImmediate(() => (atTheNextTurn = received.length));
      broker.write(publish);
      duringTheWrite = received.length;
    });
    await nextTurn();
    await nextTurn();
    // Never inside the broker's own step (the client's work runs apart from it), but before the next turn.
    expect(duringTheWrite).toBe(0);
    expect(atTheNextTurn).toBe(1);
    expect(received[0]).toBe(publish);
  });

  it("hands the broker's PUBACKs alone to their client two turns later, behind the forward of the message they acknowledge", async () => {
    const [client, broker] = InProcessStream.pair();
    const received = collect(client);
    // As mqtt-packet writes one: type and length, then the message id, in pieces.
    const pieces = [Buffer.from([0x40]), Buffer.from([0x02]), Buffer.from([0x00, 0x07])];
    const seen: number[] = [];
    setImmediate(() => {
      // As aedes and mqtt-packet do it: the PUBACK written corked, uncorked at the next tick, and the
      // forward from a setImmediate queued at the write (its callback), then another (its delivery).
      broker.cork();
      for (const piece of pieces) broker.write(piece);
      setImmediate(() => {
        seen.push(received.length);
        setImmediate(() => seen.push(received.length));
      });
      process.nextTick(() => broker.uncork());
    });
    for (let turn = 0; turn < 5; turn += 1) await nextTurn();
    // Not yet there when the forward goes out (the second), there at the turn after.
    expect(seen).toEqual([0, 0]);
    expect(Buffer.concat(received)).toEqual(Buffer.concat(pieces));
    // Two PUBACKs and one with MQTT 5's reason code, written together: still acknowledgements alone.
    const more = Buffer.from([0x40, 0x02, 0x00, 0x08, 0x40, 0x03, 0x00, 0x09, 0x10]);
    let early = -1;
    setImmediate(() => {
      broker.write(more);
      setImmediate(() => (early = received.length));
    });
    for (let turn = 0; turn < 5; turn += 1) await nextTurn();
    expect(early).toBe(1);
    expect(received).toHaveLength(2);
    expect(received[1]).toEqual(more);
  });

  it("reads a PUBACK's remaining length of two bytes as its length, not as body (MQTT 5's reason string)", async () => {
    const [client, broker] = InProcessStream.pair();
    const received = collect(client);
    // An MQTT 5 PUBACK of 130 bytes after its length: the id, a reason code, the properties' length
    // (126) and a reason string property (0x1f) of 123 bytes. 130 is 0x82 0x01 as a variable-length integer.
    const reason = Buffer.alloc(123, 0x61);
    const body = Buffer.concat([Buffer.from([0x00, 0x0a, 0x10, 0x7e, 0x1f, 0x00, 0x7b]), reason]);
    expect(body).toHaveLength(130);
    const longAck = Buffer.concat([Buffer.from([0x40, 0x82, 0x01]), body]);
    let atTheNextTurn = -1;
    setImmediate(() => {
      broker.write(longAck);
      setImmediate(() => (atTheNextTurn = received.length));
    });
    for (let turn = 0; turn < 5; turn += 1) await nextTurn();
    // Acknowledgements alone: still held when the turn after the write runs.
    expect(atTheNextTurn).toBe(0);
    expect(received).toEqual([longAck]);
    // The same PUBACK with a PUBLISH after it goes in the same turn: its whole body was skipped, so
    // the PUBLISH's header is read as a header.
    const publish = Buffer.from([0x32, 0x06, 0x00, 0x01, 0x74, 0x00, 0x02, 0x78]);
    let withPublish = -1;
    setImmediate(() => {
      setImmediate(() => (withPublish = received.length));
      broker.write(Buffer.concat([longAck, publish]));
    });
    await nextTurn();
    await nextTurn();
    expect(withPublish).toBe(2);
  });

  it('hands a PUBACK written together with anything else in the same turn, as before', async () => {
    const [client, broker] = InProcessStream.pair();
    const received = collect(client);
    const puback = Buffer.from([0x40, 0x02, 0x00, 0x01]);
    const publish = Buffer.from([0x32, 0x06, 0x00, 0x01, 0x74, 0x00, 0x02, 0x78]);
    let atTheNextTurn = -1;
    setImmediate(() => {
      setImmediate(() => (atTheNextTurn = received.length));
      broker.write(Buffer.concat([puback, publish]));
    });
    await nextTurn();
    await nextTurn();
    expect(atTheNextTurn).toBe(1);
    // A PUBACK cut short (its id missing) is not taken for a whole one either.
    let cutShort = -1;
    setImmediate(() => {
      setImmediate(() => (cutShort = received.length));
      broker.write(Buffer.from([0x40, 0x02]));
    });
    await nextTurn();
    await nextTurn();
    expect(cutShort).toBe(2);
  });

  it('carries both directions independently', async () => {
    const [client, broker] = InProcessStream.pair();
    const atBroker = collect(broker);
    const atClient = collect(client);
    client.write(Buffer.from('connect'));
    broker.write(Buffer.from('connack'));
    await nextTurn();
    await nextTurn();
    expect(Buffer.concat(atBroker).toString()).toBe('connect');
    expect(Buffer.concat(atClient).toString()).toBe('connack');
  });

  it('holds a writer back while the reader does not read, and lets it go on once the reader drains', async () => {
    const [client, broker] = InProcessStream.pair();
    // The broker end is not read at all for now: its buffer fills past the high-water mark.
    const chunk = Buffer.alloc(4096, 1);
    let accepted = true;
    let written = 0;
    while (accepted && written < 1_000) {
      accepted = client.write(chunk);
      written += 1;
      await nextTurn();
    }
    expect(accepted).toBe(false);
    expect(written).toBeLessThan(1_000);
    const drained = once(client, 'drain');
    const received = collect(broker);
    await drained;
    const total = () => received.reduce((sum, piece) => sum + piece.length, 0);
    for (let turns = 0; turns < 1_000 && total() < written * chunk.length; turns += 1) await nextTurn();
    expect(total()).toBe(written * chunk.length);
  });

  it('ends the other side after the data written before the end, and both close', async () => {
    const [client, broker] = InProcessStream.pair();
    const received = collect(broker);
    const brokerEnded = once(broker, 'end');
    const bothClosed = Promise.all([once(client, 'close'), once(broker, 'close')]);
    client.write(Buffer.from('disconnect'));
    client.end();
    await brokerEnded;
    expect(Buffer.concat(received).toString()).toBe('disconnect');
    // Neither side stays half open: the broker end ends its writable too, and both close.
    client.resume();
    await bothClosed;
  });

  it('delivers what was written, then ends the other side, when one side is destroyed with an error', async () => {
    const [client, broker] = InProcessStream.pair();
    const received = collect(client);
    client.on('error', () => undefined);
    broker.on('error', () => undefined);
    const clientClosed = once(client, 'close');
    broker.write(Buffer.from('connack: refused'));
    await Promise.resolve();
    broker.destroy(new Error('not authorized'));
    await clientClosed;
    expect(Buffer.concat(received).toString()).toBe('connack: refused');
  });

  it('closes a writer held back by a reader that goes away', async () => {
    const [client, broker] = InProcessStream.pair();
    const chunk = Buffer.alloc(4096, 1);
    while (client.write(chunk)) await nextTurn();
    const closed = once(client, 'close');
    client.resume();
    broker.destroy();
    await closed;
    expect(client.destroyed).toBe(true);
  });

  it('closes a writer whose peer is gone instead of buffering for nobody', async () => {
    const [client, broker] = InProcessStream.pair();
    broker.destroy();
    await once(broker, 'close');
    const closed = once(client, 'close');
    client.resume();
    client.write(Buffer.from('late'));
    await closed;
    expect(client.destroyed).toBe(true);
  });
});
