import fastifyPlugin from 'fastify-plugin';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';

export const DOCS_PREFIX = '/docs';

/** What swagger-ui hands its interceptor; typed loosely there, so its `headers` are read with care here. */
interface SwaggerRequest {
  [property: string]: unknown;
}

/**
 * Runs in the browser, not here: swagger-ui serializes it into its page. The spec and "Try it out"
 * need a token like every /api route; this sends the one the console stored in the same origin
 * (its login URL, or its token prompt). Self-contained on purpose: nothing outside the function
 * exists in the page.
 */
function withConsoleToken(request: SwaggerRequest): SwaggerRequest {
  const storage = (globalThis as unknown as { localStorage?: { getItem(key: string): string | null } }).localStorage;
  const token = storage?.getItem('meshmind.token');
  const headers = (request.headers ?? {}) as Record<string, string>;
  if (token && !headers.Authorization && !headers.authorization) headers.Authorization = `Bearer ${token}`;
  request.headers = headers;
  return request;
}

/**
 * The OpenAPI spec (`/docs/json`, `/docs/yaml`) and its browsable UI (`/docs`), built from the
 * routes' own schemas. Not encapsulated: the swagger plugin collects routes through an `onRoute`
 * hook, so it must sit at the root and be registered before the route plugins.
 */
export const docsPlugin = fastifyPlugin(
  async (app) => {
    await app.register(fastifySwagger, {
      openapi: {
        // 3.1, because the schemas use `type: 'null'` for absent values.
        openapi: '3.1.0',
        info: {
          title: 'meshmind coordinator',
          description:
            'Chat in, goals out: give the assistant a goal in plain language, follow its subtasks on each device, read the answer. Every error is `{ "error": { "code": "E_...", "message": "..." } }`. ' +
            'Every /api route needs `Authorization: Bearer <token>`, on loopback too: the owner\'s token is made on first start in `owner.token` beside the database (`.meshmind/` by default), and `meshmind tokens create NAME` makes others; the event streams also take a stream ticket from `POST /api/events/tickets` as `?ticket=` (or the token as `?access_token=`). Only `GET /health` and the console\'s files are open. ' +
            'A Host header the server does not answer for gets 421 E_HOST_NOT_ALLOWED.',
          version: '0.1.0',
        },
        tags: [
          { name: 'goals', description: 'Goals in plain language and their subtasks' },
          { name: 'devices', description: 'Every known device with its availability and state' },
          { name: 'events', description: 'Live progress as server-sent events' },
          { name: 'console', description: 'The web console' },
          { name: 'health', description: 'Liveness' },
        ],
      },
    });
    await app.register(fastifySwaggerUi, {
      routePrefix: DOCS_PREFIX,
      uiConfig: { docExpansion: 'list', deepLinking: true, requestInterceptor: withConsoleToken },
    });
  },
  { name: 'meshmind-docs' },
);
