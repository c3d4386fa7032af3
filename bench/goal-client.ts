import { Agent, request } from 'node:http';

/**
 * The benches' HTTP client for `POST /api/goals`: node's own `http.request` over a keep-alive agent,
 * as a lean client (curl, a home-automation hub, a script) talks to the coordinator. `fetch`
 * (undici behind WHATWG streams, Request/Response/Headers objects) spent about 1 ms of its own per
 * goal on the loaded 2-core machine, building the request and reading the body: time of the client
 * in the process under test, not of the path a goal takes.
 */
export class GoalClient {
  private readonly agent: Agent;
  private readonly target: URL;

  /** `token`: a bearer token with the control scope; every /api route needs one, on loopback too. */
  constructor(
    goalsUrl: string,
    private readonly token: string,
    concurrency = 1,
  ) {
    this.target = new URL(goalsUrl);
    this.agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  }

  /** Sends a goal with `wait: true`; resolves with the HTTP status and the parsed body. */
  post(text: string): Promise<{ status: number; body: unknown }> {
    const payload = JSON.stringify({ text, wait: true });
    return new Promise((resolve, reject) => {
      const outgoing = request(
        {
          agent: this.agent,
          host: this.target.hostname,
          port: this.target.port,
          path: this.target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${this.token}` },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            try {
              resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
            } catch (error) {
              reject(error as Error);
            }
          });
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
