import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { MeshmindError } from '@meshmind/protocol';

/**
 * Where an OpenAI-compatible API lives: `http(s)://host:port/v1` or `unix:/path/to.sock` (the path
 * prefix is then `/v1`). Node's fetch cannot reach a Unix socket without undici, so node:http it is.
 */
export interface Endpoint {
  protocol: 'http:' | 'https:';
  host?: string;
  port?: number;
  socketPath?: string;
  /** Path prefix, e.g. `/v1`, without a trailing slash. */
  basePath: string;
}

export function parseEndpoint(endpoint: string): Endpoint {
  if (endpoint.startsWith('unix:')) {
    const socketPath = endpoint.slice('unix:'.length);
    if (socketPath.length === 0) throw new MeshmindError('E_CONFIG_INVALID', 'a unix: endpoint needs a socket path');
    return { protocol: 'http:', socketPath, basePath: '/v1' };
  }
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `endpoint ${JSON.stringify(endpoint)} is not a URL or unix:PATH`, { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new MeshmindError('E_CONFIG_INVALID', `endpoint ${endpoint} must use http, https or unix`);
  }
  return {
    protocol: url.protocol,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port),
    basePath: url.pathname.replace(/\/+$/, '') || '/v1',
  };
}

export interface HttpCall {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
}

/** Sends one request; resolves with the response as soon as its headers arrive (the body may stream). */
export function sendHttp(endpoint: Endpoint, call: HttpCall): Promise<IncomingMessage> {
  const payload = call.body === undefined ? undefined : Buffer.from(JSON.stringify(call.body));
  const send = endpoint.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      {
        method: call.method,
        path: `${endpoint.basePath}${call.path}`,
        ...(endpoint.socketPath ? { socketPath: endpoint.socketPath } : { host: endpoint.host, port: endpoint.port }),
        headers: {
          accept: 'application/json, text/event-stream',
          ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}),
          ...call.headers,
        },
        ...(call.signal ? { signal: call.signal } : {}),
      },
      resolve,
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

export async function readBody(response: IncomingMessage, maxBytes = 16 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw new MeshmindError('E_INVALID_PAYLOAD', `response body exceeds ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Yields the `data:` payloads of a server-sent-events body, one per event. */
export async function* readServerSentEvents(response: IncomingMessage): AsyncGenerator<string> {
  let buffer = '';
  for await (const chunk of response) {
    buffer += (chunk as Buffer).toString('utf8');
    let boundary = buffer.search(/\r?\n\r?\n/);
    while (boundary >= 0) {
      const event = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary).replace(/^\r?\n\r?\n/, '');
      const data = event
        .split(/\r?\n/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      if (data.length > 0) yield data;
      boundary = buffer.search(/\r?\n\r?\n/);
    }
  }
}
