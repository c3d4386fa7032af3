import type { FastifyReply } from 'fastify';

export interface EventStreamOptions {
  /** A comment line this often keeps proxies and idle timeouts from cutting a quiet stream. */
  heartbeatMs?: number;
  /** How long a browser's EventSource waits before it reconnects after the stream drops. */
  retryMs?: number;
  /**
   * A client that stops reading is cut off once this much output waits for it, rather than
   * growing the coordinator's memory; it reconnects and starts again from a fresh snapshot.
   */
  maxBufferedBytes?: number;
}

/** One open server-sent-events response. */
export interface EventStream {
  readonly closed: boolean;
  send(event: string, data: unknown): void;
  /** Ends the response; the close callbacks run once, whether the server or the client ends it. */
  end(): void;
  onClose(callback: () => void): void;
}

const DEFAULTS = { heartbeatMs: 15_000, retryMs: 2_000, maxBufferedBytes: 1024 * 1024 } satisfies Required<EventStreamOptions>;

/**
 * Takes the response over from fastify (no serializer, no content-length) and turns it into an
 * SSE stream. Event names are single words and data is one JSON line, so no field needs escaping.
 */
export function openEventStream(reply: FastifyReply, options: EventStreamOptions = {}): EventStream {
  const { heartbeatMs, retryMs, maxBufferedBytes } = { ...DEFAULTS, ...options };
  const response = reply.raw;
  const closeCallbacks: Array<() => void> = [];
  let closed = false;

  reply.hijack();
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // Reverse proxies such as nginx buffer responses unless told not to, which would stall the stream.
    'x-accel-buffering': 'no',
  });
  response.write(`retry: ${retryMs}\n\n`);

  const heartbeat = setInterval(() => write(': keep-alive\n\n'), heartbeatMs);
  heartbeat.unref();

  function close(): void {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const callback of closeCallbacks.splice(0)) callback();
  }

  function write(chunk: string): void {
    if (closed) return;
    if (response.writableLength > maxBufferedBytes) {
      end();
      return;
    }
    response.write(chunk);
  }

  function end(): void {
    if (!response.writableEnded) response.end();
    close();
  }

  // 'close' fires when the client goes away and after our own end(): one place to clean up.
  response.on('close', close);

  return {
    get closed() {
      return closed;
    },
    send(event, data) {
      write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end,
    onClose(callback) {
      if (closed) callback();
      else closeCallbacks.push(callback);
    },
  };
}
