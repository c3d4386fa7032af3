import Fastify, { type FastifyInstance } from 'fastify';
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Logger } from 'pino';
import Type from 'typebox';
import { GOAL_TEXT_MAX } from '@meshmind/protocol';
import { servicesPlugin, type CoordinatorServices } from './services-plugin';
import { errorHandler } from './error-handler';
import { goalRoutes } from './goal-routes';
import { deviceRoutes } from './device-routes';
import { docsPlugin } from './docs-plugin';
import { consolePlugin } from './console-plugin';
import { eventRoutes, type EventRoutesOptions } from './event-routes';
import { worldRoutes } from './world-routes';

export interface BuildAppOptions extends CoordinatorServices {
  logger: Logger;
  /** Heartbeat and buffering limits of the server-sent-event streams. */
  events?: EventRoutesOptions;
  /** Serve HTTPS with this PEM certificate and key. */
  https?: { cert: string; key: string };
}

/** The coordinator's HTTP API, built apart from `listen()` so tests drive it with `inject`. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.https ? { https: { cert: options.https.cert, key: options.https.key, minVersion: 'TLSv1.2' as const } } : {}),
    // Request lines would drown the log of a console that polls; errors still reach the logger.
    loggerInstance: options.logger.child({}, { level: 'warn' }),
    // A goal is at most GOAL_TEXT_MAX characters; anything far bigger is refused before parsing.
    bodyLimit: GOAL_TEXT_MAX * 8 + 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: { code: 'E_ROUTE_NOT_FOUND', message: `no route ${request.method} ${request.url}` } });
  });
  await app.register(servicesPlugin, { goals: options.goals, registry: options.registry, history: options.history, world: options.world ?? null });
  // Before every route: the OpenAPI spec is collected as routes are added.
  await app.register(docsPlugin);
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Liveness and how many devices are online',
        tags: ['health'],
        response: {
          200: Type.Object(
            { status: Type.Literal('ok'), devices: Type.Integer(), online: Type.Integer() },
            { description: 'The coordinator is up' },
          ),
        },
      },
    },
    async () => {
      const devices = app.services.registry.list();
      return { status: 'ok' as const, devices: devices.length, online: devices.filter((device) => device.availability === 'online').length };
    },
  );
  await app.register(goalRoutes, { prefix: '/api' });
  await app.register(deviceRoutes, { prefix: '/api' });
  await app.register(eventRoutes, { prefix: '/api', ...options.events });
  await app.register(worldRoutes, { prefix: '/api' });
  await app.register(consolePlugin);
  return app as unknown as FastifyInstance;
}
