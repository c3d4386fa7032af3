import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_ID_HEADER, OpenAiEngine } from '@meshmind/inference';
import { codeOf } from './coded';

type Handler = (request: IncomingMessage, body: Record<string, unknown>, response: ServerResponse) => void;

/** A loopback server that speaks the OpenAI protocol; each test installs its own handler. */
let handler: Handler;
let received: Array<{ url: string; headers: IncomingMessage['headers']; body: Record<string, unknown> }>;
let server: Server;
let endpoint: string;

function sse(response: ServerResponse, payloads: unknown[]): void {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const payload of payloads) response.write(`data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`);
  response.end();
}

const chatChunk = (content: string | null, finish: string | null = null) => ({ choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }] });


beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text.length > 0 ? (JSON.parse(text) as Record<string, unknown>) : {};
      received.push({ url: request.url ?? '', headers: request.headers, body });
      handler(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
});

const engine = (options: Partial<ConstructorParameters<typeof OpenAiEngine>[0]> = {}) =>
  new OpenAiEngine({ endpoint, retries: 2, retryDelayMs: 1, clientId: 'agent-7', apiKey: 'secret', model: 'tiny', ...options });

describe('OpenAiEngine against a loopback OpenAI-compatible server', () => {
  it('streams a chat completion chunk by chunk and reads the usage', async () => {
    handler = (_request, _body, response) =>
      sse(response, [chatChunk('Hel'), chatChunk('lo'), chatChunk(null, 'stop'), { choices: [], usage: { prompt_tokens: 5, completion_tokens: 2 } }, '[DONE]']);
    const chunks: string[] = [];
    const result = await engine().generate({ messages: [{ role: 'user', content: 'hi' }], maxTokens: 5, onText: (text) => chunks.push(text) });
    expect(chunks).toEqual(['Hel', 'lo']);
    expect(result).toMatchObject({ text: 'Hello', finishReason: 'stop', usage: { promptTokens: 5, completionTokens: 2 } });
    expect(received[0]).toMatchObject({
      url: '/v1/chat/completions',
      headers: { authorization: 'Bearer secret', [CLIENT_ID_HEADER]: 'agent-7' },
      body: { model: 'tiny', stream: true, max_tokens: 5, temperature: 0, messages: [{ role: 'user', content: 'hi' }] },
    });
  });

  it('sends a JSON schema as response_format and a grammar as the grammar field', async () => {
    handler = (_request, _body, response) => sse(response, [{ choices: [{ index: 0, text: '{}', finish_reason: 'length' }] }, '[DONE]']);
    const schema = { type: 'object' };
    const result = await engine().generate({ prompt: 'x', jsonSchema: schema });
    await engine().generate({ prompt: 'x', grammar: 'root ::= "a"' });
    expect(result).toMatchObject({ text: '{}', finishReason: 'length' });
    expect(received[0]).toMatchObject({ url: '/v1/completions', body: { prompt: 'x', response_format: { type: 'json_schema', json_schema: { schema } } } });
    expect(received[1]!.body.grammar).toBe('root ::= "a"');
  });

  it('reads a server that answers one JSON body despite stream: true', async () => {
    handler = (_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: 'whole' }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1 } }));
    };
    expect((await engine().generate({ messages: [{ role: 'user', content: 'hi' }] })).text).toBe('whole');
  });

  it('retries a 503 with backoff and then succeeds', async () => {
    let calls = 0;
    handler = (_request, _body, response) => {
      calls += 1;
      if (calls < 3) {
        response.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'busy', type: 'server_error', code: 'E_BUSY' } }));
        return;
      }
      sse(response, [chatChunk('ok'), '[DONE]']);
    };
    expect((await engine().generate({ prompt: 'x' })).text).toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up after its retries with the server own code', async () => {
    handler = (_request, _body, response) =>
      response.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'busy', type: 'server_error', code: 'E_BUSY' } }));
    expect(await codeOf(engine({ retries: 1 }).generate({ prompt: 'x' }))).toBe('E_BUSY');
    expect(received).toHaveLength(2);
  });

  it('does not retry a client error and maps its status to a code', async () => {
    handler = (_request, _body, response) => response.writeHead(400).end('{"error":"bad request"}');
    expect(await codeOf(engine().generate({ prompt: 'x' }))).toBe('E_INVALID_PAYLOAD');
    expect(received).toHaveLength(1);
  });

  it('answers E_TIMEOUT when the server does not answer in time', async () => {
    handler = () => undefined;
    expect(await codeOf(engine({ timeoutMs: 50 }).generate({ prompt: 'x' }))).toBe('E_TIMEOUT');
  });

  it('answers E_CANCELLED when the caller aborts', async () => {
    handler = () => undefined;
    const controller = new AbortController();
    const pending = engine().generate({ prompt: 'x', signal: controller.signal });
    controller.abort();
    expect(await codeOf(pending)).toBe('E_CANCELLED');
  });

  it('answers E_BACKEND_UNREACHABLE when nothing listens', async () => {
    const unreachable = new OpenAiEngine({ endpoint: 'unix:/nonexistent/meshmind.sock', retries: 1, retryDelayMs: 1 });
    expect(await codeOf(unreachable.generate({ prompt: 'x' }))).toBe('E_BACKEND_UNREACHABLE');
  });

  it('passes on an error the server sends mid-stream', async () => {
    handler = (_request, _body, response) => sse(response, [chatChunk('a'), { error: { message: 'context full', code: 'E_CONTEXT_OVERFLOW' } }]);
    expect(await codeOf(engine().generate({ prompt: 'x' }))).toBe('E_CONTEXT_OVERFLOW');
  });

  it('answers E_INVALID_MODEL_OUTPUT for a stream chunk that is not JSON', async () => {
    handler = (_request, _body, response) => sse(response, ['{not json']);
    expect(await codeOf(engine().generate({ prompt: 'x' }))).toBe('E_INVALID_MODEL_OUTPUT');
  });

  it('embeds texts and orders the vectors by index', async () => {
    handler = (_request, _body, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          object: 'list',
          model: 'tiny',
          data: [
            { object: 'embedding', index: 1, embedding: [0, 1] },
            { object: 'embedding', index: 0, embedding: [1, 0] },
          ],
          usage: { prompt_tokens: 2, total_tokens: 2 },
        }),
      );
    expect(await engine().embed({ texts: ['a', 'b'] })).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(received[0]).toMatchObject({ url: '/v1/embeddings', body: { input: ['a', 'b'] } });
  });

  it('refuses an endpoint that is neither http(s) nor unix', () => {
    expect(() => new OpenAiEngine({ endpoint: 'ftp://host' })).toThrow(expect.objectContaining({ code: 'E_CONFIG_INVALID' }));
  });
});
