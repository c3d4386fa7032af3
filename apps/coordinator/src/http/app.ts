import Fastify, { type FastifyInstance } from 'fastify';
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Logger } from 'pino';
import fastifyRateLimit, { normalizeIP } from '@fastify/rate-limit';
import Type from 'typebox';
import { GOAL_TEXT_MAX, MeshmindError } from '@meshmind/protocol';
import { servicesPlugin, type CoordinatorServices } from './services-plugin';
import { errorHandler, frameworkErrorHandler } from './error-handler';
import { goalRoutes } from './goal-routes';
import { deviceRoutes } from './device-routes';
import { docsPlugin } from './docs-plugin';
import { consolePlugin } from './console-plugin';
import { eventRoutes, type EventRoutesOptions } from './event-routes';
import { HEALTH_ROUTE, accessPlugin, type HttpAccessOptions } from './access-plugin';
import { StreamTickets } from './stream-tickets';
import { UnauthorizedResponse } from './response-schemas';
import type { HttpTokenVerifier } from '../security/http-tokens';

/** Generous enough that a person at the console or a test suite never meets it. */
export const DEFAULT_GOALS_PER_MINUTE = 120;
import { worldRoutes } from './world-routes';
import { aliasRoutes } from './alias-routes';

export interface BuildAppOptions extends CoordinatorServices {
  logger: Logger;
  /** Heartbeat and buffering limits of the server-sent-event streams. */
  events?: EventRoutesOptions;
  /** Serve HTTPS with this PEM certificate and key. */
  https?: { cert: string; key: string };
  /** The token table: every /api request needs a token from it. */
  tokens: HttpTokenVerifier;
  /** Where the server listens and which Host names it answers for. */
  access?: HttpAccessOptions;
  /** Goals one client (its token) may submit a minute; 0 turns the limit off. Default 120. */
  goalsPerMinute?: number;
}

/** The coordinator's HTTP API, built apart from `listen()` so tests drive it with `inject`. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.https ? { https: { cert: options.https.cert, key: options.https.key, minVersion: 'TLSv1.2' as const } } : {}),
    // Request lines would drown the log of a console that polls; errors still reach the logger.
    loggerInstance: options.logger.child({}, { level: 'warn' }),
    // A goal is at most GOAL_TEXT_MAX characters; anything far bigger is refused before parsing.
    bodyLimit: GOAL_TEXT_MAX * 8 + 1024,
    // Ids are at most 128 characters; longer path segments get our own error below, not fastify's.
    routerOptions: { maxParamLength: 256 },
    // Errors raised before routing (a malformed %-escape, an overlong path segment) in the same shape as every other.
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: { code: 'E_ROUTE_NOT_FOUND', message: `no route ${request.method} ${request.url}` } });
  });
  await app.register(servicesPlugin, { goals: options.goals, registry: options.registry, history: options.history, world: options.world ?? null });
  // Before every route: its hooks must run for each of them, the 404 answer included.
  // In memory, for this server's life: what the access check redeems and the events routes hand out.
  const tickets = new StreamTickets();
  await app.register(accessPlugin, { ...options.access, tokens: options.tokens, tickets });
  await app.register(fastifyRateLimit, {
    global: false,
    // Runs after the access check: a client is counted as its token wherever it connects from.
    keyGenerator: (request) => (request.httpToken ? `token:${request.httpToken.id}` : `address:${normalizeIP(request.ip)}`),
    errorResponseBuilder: (_request, context) => new MeshmindError('E_RATE_LIMITED', `too many goals from this client: at most ${context.max} a minute; retry in ${context.after}`),
  });
  // Before every route: the OpenAPI spec is collected as routes are added.
  await app.register(docsPlugin);
  app.get(
    HEALTH_ROUTE,
    {
      schema: {
        summary: 'Liveness without a token, for monitors and service managers: says nothing of the house',
        tags: ['health'],
        response: { 200: Type.Object({ status: Type.Literal('ok') }, { description: 'The coordinator is up' }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Liveness and how many devices are online (a token with read)',
        tags: ['health'],
        response: {
          200: Type.Object(
            { status: Type.Literal('ok'), devices: Type.Integer(), online: Type.Integer() },
            { description: 'The coordinator is up' },
          ),
          401: UnauthorizedResponse,
        },
      },
    },
    async () => {
      const devices = app.services.registry.list();
      return { status: 'ok' as const, devices: devices.length, online: devices.filter((device) => device.availability === 'online').length };
    },
  );
  await app.register(goalRoutes, { prefix: '/api', goalsPerMinute: options.goalsPerMinute ?? DEFAULT_GOALS_PER_MINUTE });
  await app.register(deviceRoutes, { prefix: '/api' });
  await app.register(eventRoutes, { prefix: '/api', ...options.events, tickets });
  await app.register(worldRoutes, { prefix: '/api' });
  await app.register(aliasRoutes, { prefix: '/api' });
  await app.register(consolePlugin);
  return app as unknown as FastifyInstance;
}
