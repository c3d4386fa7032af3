import fastifyPlugin from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { MeshmindError } from '@meshmind/protocol';
import { AllowedHosts, isLoopbackHost } from '../security/allowed-hosts';
import type { HttpTokenIdentity, HttpTokenVerifier } from '../security/http-tokens';
import type { HttpScope } from '../store/records';
import { DOCS_PREFIX } from './docs-plugin';

export interface HttpAccessOptions {
  /** The address the server listens on; null when it does not listen (only `inject` in this process). */
  bindHost?: string | null;
  /** Ask for a token on loopback too; beyond loopback it is always asked for. */
  requireToken?: boolean;
  /** Further names the Host header may carry: a DNS name of this machine, a reverse proxy's name. */
  allowedHosts?: readonly string[];
}

export interface AccessPluginOptions extends HttpAccessOptions {
  tokens: HttpTokenVerifier;
}

/** The query parameter that carries a token where a header cannot be set (EventSource). */
export const QUERY_TOKEN_PARAMETER = 'access_token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The token the request was authenticated with; null when it sent none (allowed on loopback). */
    httpToken: HttpTokenIdentity | null;
  }
  interface FastifyContextConfig {
    /**
     * The route also takes the token as `?access_token=`: a browser's EventSource cannot send an
     * Authorization header. Only the event streams say so, to keep tokens out of other URLs.
     */
    tokenInQuery?: boolean;
    /**
     * The scope a token must carry for this route (a token made with `--scope read` may list but
     * not remove); without one, `read` for GET and `control` for every other method. Where no token
     * is needed and none is sent (loopback), the route is open as every other one is.
     */
    scope?: HttpScope;
  }
}

/**
 * The console's files and the API docs carry no data of the house: a browser must be able to load
 * them to ask for a token at all. Matched on the route's pattern, not the raw URL, so that no
 * spelling of a path (encoded, doubled slashes) reaches an API route as if it were public.
 */
function isPublicRoute(routeUrl: string | undefined): boolean {
  if (routeUrl === undefined) return false;
  return routeUrl === '/' || routeUrl.startsWith('/console/') || routeUrl === DOCS_PREFIX || routeUrl.startsWith(`${DOCS_PREFIX}/`);
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

function bearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : undefined;
}

function queryToken(request: FastifyRequest): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[QUERY_TOKEN_PARAMETER];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Who may use the API. The Host header is checked on every request (DNS rebinding). A token is
 * needed when the server listens beyond loopback, decided by the bind address and not by the
 * peer's: behind a reverse proxy on the same machine, every request comes from 127.0.0.1. A token
 * that is sent is always checked, so a revoked one fails even where none is needed.
 *
 * The Authorization header and not a cookie: a cookie is sent by the browser on its own, which
 * makes every route a target for cross-site requests; a header is sent only by code that holds it.
 */
export const accessPlugin = fastifyPlugin<AccessPluginOptions>(
  async (app, options) => {
    const bindHost = options.bindHost ?? null;
    const hosts = new AllowedHosts(bindHost, options.allowedHosts);
    const tokenRequired = options.requireToken === true || (bindHost !== null && !isLoopbackHost(bindHost));
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
      const presented = bearerToken(request.headers.authorization) ?? (request.routeOptions.config.tokenInQuery ? queryToken(request) : undefined);
      if (presented !== undefined) {
        request.httpToken = options.tokens.verify(presented);
        if (!request.httpToken) throw unauthorized('the token is unknown or revoked');
        const scope = requiredScope(request);
        if (!request.httpToken.scopes.includes(scope)) {
          throw new MeshmindError('E_FORBIDDEN', `this token may not do that: it needs the ${JSON.stringify(scope)} scope (meshmind tokens create NAME --scope ${scope})`);
        }
        return;
      }
      if (tokenRequired) throw unauthorized('this server needs a token: send Authorization: Bearer <token> (create one with `meshmind tokens create NAME`)');
    });
  },
  { name: 'meshmind-access' },
);
