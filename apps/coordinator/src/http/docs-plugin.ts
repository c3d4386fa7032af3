import fastifyPlugin from 'fastify-plugin';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';

export const DOCS_PREFIX = '/docs';

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
            'When the server listens beyond loopback (or was started with --require-token), every /api route needs `Authorization: Bearer <token>` (`meshmind tokens create NAME`); the event streams also take `?access_token=`. ' +
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
    await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX, uiConfig: { docExpansion: 'list', deepLinking: true } });
  },
  { name: 'meshmind-docs' },
);
