import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorResponseSchema, MeshmindError } from '@meshmind/protocol';
import { InvalidRequestResponse, described } from './response-schemas';

const CONSOLE_DIRECTORY = fileURLToPath(new URL('./console/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/*
 * Device names and agent messages reach the page from MQTT, that is from any agent on the network.
 * The scripts only ever set textContent; this policy is the second line: no inline script, no
 * foreign origin, no framing.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

interface ConsoleFile {
  body: string;
  contentType: string;
  etag: string;
}

/** Reads every console file once, at start: requests are served from memory. */
async function loadConsoleFiles(directory: string): Promise<Map<string, ConsoleFile>> {
  const files = new Map<string, ConsoleFile>();
  for (const name of await readdir(directory)) {
    const contentType = CONTENT_TYPES[extname(name)];
    if (!contentType) continue;
    const body = await readFile(join(directory, name), 'utf8');
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    files.set(name, { body, contentType, etag });
  }
  if (!files.has('index.html')) throw new Error(`the web console is missing its index.html in ${directory}`);
  return files;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const trimmed = candidate.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

const FileParams = Type.Object({ file: Type.String({ pattern: '^[a-z0-9-]+\\.(js|css|svg)$', maxLength: 64 }) });
function fileResponses(description: string, ...contentTypes: string[]) {
  return {
    200: { description, content: Object.fromEntries(contentTypes.map((type) => [type, { schema: Type.String() }])) },
    304: Type.Null({ description: 'Not modified since the ETag the client sent' }),
  };
}

/**
 * The web console: plain HTML, CSS and JS modules. File names carry no content hash, so every
 * response says `no-cache` with an ETag: browsers revalidate and get a 304 until a file changes.
 */
export const consolePlugin: FastifyPluginAsyncTypebox = async (app) => {
  const files = await loadConsoleFiles(CONSOLE_DIRECTORY);

  function serve(file: ConsoleFile, request: FastifyRequest, reply: FastifyReply) {
    void reply.header('cache-control', 'no-cache').header('etag', file.etag).header('x-content-type-options', 'nosniff');
    if (file.contentType.startsWith('text/html')) void reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    if (matchesEtag(request.headers['if-none-match'], file.etag)) return reply.status(304).send();
    return reply.status(200).type(file.contentType).send(file.body);
  }

  app.get(
    '/',
    {
      schema: {
        summary: 'The web console: chat, live devices, goal timelines',
        tags: ['console'],
        response: fileResponses('The console page', 'text/html'),
      },
    },
    async (request, reply) => serve(files.get('index.html')!, request, reply),
  );

  app.get(
    '/console/:file',
    {
      schema: {
        summary: "One of the web console's scripts or style sheets",
        tags: ['console'],
        params: FileParams,
        response: {
          ...fileResponses('The script or style sheet', 'text/javascript', 'text/css'),
          400: InvalidRequestResponse,
          404: described(ErrorResponseSchema, 'The console has no such file (E_ROUTE_NOT_FOUND)'),
        },
      },
    },
    async (request, reply) => {
      const file = files.get(request.params.file);
      if (!file) throw new MeshmindError('E_ROUTE_NOT_FOUND', `the console has no file ${request.params.file}`);
      return serve(file, request, reply);
    },
  );
};
