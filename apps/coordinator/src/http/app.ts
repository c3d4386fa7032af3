import Fastify, { type FastifyInstance } from 'fastify';
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Logger } from 'pino';
import Type from 'typebox';
import { GOAL_TEXT_MAX } from '@meshmind/protocol';
import { servicesPlugin, type CoordinatorServices } from './services-plugin';
import { errorHandler } from './error-handler';
import { goalRoutes } from './goal-routes';
import { deviceRoutes } from './device-routes';

export interface BuildAppOptions extends CoordinatorServices {
  logger: Logger;
}

/** The coordinator's HTTP API, built apart from `listen()` so tests drive it with `inject`. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
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
  await app.register(servicesPlugin, { goals: options.goals, registry: options.registry });
  app.get(
    '/api/health',
    { schema: { response: { 200: Type.Object({ status: Type.Literal('ok'), devices: Type.Integer(), online: Type.Integer() }) } } },
    async () => {
      const devices = app.services.registry.list();
      return { status: 'ok' as const, devices: devices.length, online: devices.filter((device) => device.availability === 'online').length };
    },
  );
  await app.register(goalRoutes, { prefix: '/api' });
  await app.register(deviceRoutes, { prefix: '/api' });
  return app as unknown as FastifyInstance;
}
