import fastifyPlugin from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { MeshmindError } from '@meshmind/protocol';
import { AllowedHosts } from '../security/allowed-hosts';
import type { HttpTokenIdentity, HttpTokenVerifier } from '../security/http-tokens';
import type { HttpScope } from '../store/records';
import { DOCS_PREFIX } from './docs-plugin';
import { STREAM_TICKET_PARAMETER, type StreamTickets } from './stream-tickets';

export interface HttpAccessOptions {
  /** The address the server listens on; null when it does not listen (only `inject` in this process). */
  bindHost?: string | null;
  /** Further names the Host header may carry: a DNS name of this machine, a reverse proxy's name. */
  allowedHosts?: readonly string[];
}

export interface AccessPluginOptions extends HttpAccessOptions {
  tokens: HttpTokenVerifier;
  /** Stream tickets the event streams take in their query instead of a token (stream-tickets.ts). */
  tickets: StreamTickets;
}

/** The query parameter that carries a token where a header cannot be set (EventSource). */
export const QUERY_TOKEN_PARAMETER = 'access_token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The token the request was authenticated with; null only on the public routes (console files, /health). */
    httpToken: HttpTokenIdentity | null;
  }
  interface FastifyContextConfig {
    /**
     * The route also takes a stream ticket as `?ticket=` (or the token as `?access_token=`, for
     * older clients): a browser's EventSource cannot send an Authorization header. Only the event
     * streams say so, to keep credentials out of other URLs.
     */
    tokenInQuery?: boolean;
    /**
     * The scope a token must carry for this route (a token made with `--scope read` may list but
     * not remove); without one, `read` for GET and `control` for every other method.
     */
    scope?: HttpScope;
  }
}

/** Liveness for monitors and service managers: it says "up" and nothing of the house. */
export const HEALTH_ROUTE = '/health';

/**
 * The console's files, the API docs' page and scripts, and `/health` carry no data of the house: a
 * browser must be able to load them to be given a token at all. The OpenAPI spec itself
 * (`/docs/json`, `/docs/yaml`) needs one like every /api route. Matched on the route's pattern, not
 * the raw URL, so that no spelling of a path (encoded, doubled slashes) reaches a protected route as
 * if it were public.
 */
function isPublicRoute(routeUrl: string | undefined): boolean {
  if (routeUrl === undefined) return false;
  if (routeUrl === '/' || routeUrl === HEALTH_ROUTE || routeUrl.startsWith('/console/')) return true;
  if (routeUrl === `${DOCS_PREFIX}/json` || routeUrl === `${DOCS_PREFIX}/yaml`) return false;
  return routeUrl === DOCS_PREFIX || routeUrl.startsWith(`${DOCS_PREFIX}/`);
}

/**
 * What a token must carry for a route: the scope the route names, else `read` to look and
 * `control` to change anything. Deciding by method means a route added later is never open to a
 * read-only token because its author forgot to name a scope.
 */
function requiredScope(request: FastifyRequest): HttpScope {
  const named = request.routeOptions.config.scope;
  if (named !== undefined) return named;
  return request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'control';
}

/** The token of an `Authorization: Bearer` header, if it has one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : undefined;
}

function queryValue(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}



/**
 * Who may use the API. The Host header is checked on every request (DNS rebinding). Every other
 * route needs a token, wherever the server listens and wherever the request comes from: nothing is
 * trusted for the port or the address it arrived on (any process of any user on a machine can reach
 * its loopback). The owner's token is made on first start and handed to this machine's clients
 * through a file only the owner can read (security/owner-token.ts).
 *
 * The Authorization header and not a cookie: a cookie is sent by the browser on its own, which
 * makes every route a target for cross-site requests; a header is sent only by code that holds it.
 */
export const accessPlugin = fastifyPlugin<AccessPluginOptions>(
  async (app, options) => {
    const bindHost = options.bindHost ?? null;
    const hosts = new AllowedHosts(bindHost, options.allowedHosts);
    app.decorateRequest('httpToken', null);

    app.addHook('onRequest', async (request, reply) => {
      if (!hosts.allows(request.headers.host)) {
        throw new MeshmindError('E_HOST_NOT_ALLOWED', `this server does not answer for the host ${JSON.stringify(request.headers.host ?? '')}; allow a name with --allowed-host NAME`);
      }
      if (isPublicRoute(request.routeOptions.url)) return;
      const unauthorized = (message: string) => {
        // RFC 6750: a 401 names the scheme it wants.
        void reply.header('www-authenticate', 'Bearer realm="meshmind"');
        return new MeshmindError('E_UNAUTHORIZED', message);
      };
      let presented = bearerToken(request.headers.authorization) ?? (request.routeOptions.config.tokenInQuery ? queryValue(request, QUERY_TOKEN_PARAMETER) : undefined);
      const ticket = request.routeOptions.config.tokenInQuery && presented === undefined ? queryValue(request, STREAM_TICKET_PARAMETER) : undefined;
      if (ticket !== undefined) {
        // The token it stands for is checked below like any: revoked meanwhile, it opens nothing.
        const standsFor = options.tickets.redeem(ticket);
        if (standsFor === undefined) throw unauthorized('the stream ticket is unknown or expired: ask for another (POST /api/events/tickets)');
        presented = standsFor;
      }
      if (presented === undefined) {
        throw unauthorized(
          "this server needs a token: send Authorization: Bearer <token>. The owner's is in owner.token beside the coordinator's database (.meshmind/ by default; `meshmind chat` reads it there); make others with `meshmind tokens create NAME`",
        );
      }
      request.httpToken = options.tokens.verify(presented);
      if (!request.httpToken) throw unauthorized('the token is unknown or revoked');
      const scope = requiredScope(request);
      if (!request.httpToken.scopes.includes(scope)) {
        throw new MeshmindError('E_FORBIDDEN', `this token may not do that: it needs the ${JSON.stringify(scope)} scope (meshmind tokens create NAME --scope ${scope})`);
      }
    });
  },
  { name: 'meshmind-access' },
);
