import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureClientToken, readClientToken } from '@meshmind/inference';
import { MeshmindError } from '@meshmind/protocol';
import { stateDirectory } from './paths';

/**
 * The board's shared inference server (`meshmind inference serve`) as its agents find it: a
 * well-known Unix socket under the state directory, and one directory of client identities.
 */
export interface BoardServerPaths {
  socketPath: string;
  clientsDirectory: string;
}

export function boardServerPaths(env: NodeJS.ProcessEnv): BoardServerPaths {
  const base = join(stateDirectory(env), 'inference');
  return { socketPath: join(base, 'server.sock'), clientsDirectory: join(base, 'clients') };
}

/** What an agent's config file may say about the board's server: `false` keeps the model in the agent. */
export type EmbeddingServerSetting = false | { endpoint?: string | undefined; tokenFile?: string | undefined } | undefined;

export interface BoardEmbedding {
  kind: 'board';
  endpoint: string;
  token: string;
  /** How it was chosen, for the start-up line. */
  source: 'config' | 'environment' | 'generation endpoint' | 'well-known socket';
}

function checkEndpoint(endpoint: string, where: string): string {
  if (/^unix:.+/.test(endpoint) || /^https?:\/\//.test(endpoint)) return endpoint;
  throw new MeshmindError('E_CONFIG_INVALID', `${where}: the embedding server must be unix:/path/to.sock or http://HOST:PORT, got ${JSON.stringify(endpoint)}`);
}

/**
 * The board server an agent uses for its sentence model, or undefined for a model of its own. In
 * order: the config file's `embeddingServer` (false: none), then $MESHMIND_EMBEDDING_ENDPOINT
 * ("off": none), then the Unix socket the agent's programs are written at (`--endpoint unix:...`),
 * then the well-known socket when it exists. The token is the file named
 * (`tokenFile`, $MESHMIND_EMBEDDING_TOKEN_FILE), else this client's own, made on its first run.
 * A server named but absent is not an error here: the agent falls back with one log line.
 */
export function resolveBoardEmbedding(setting: EmbeddingServerSetting, env: NodeJS.ProcessEnv, clientName: string, generationEndpoint?: string): BoardEmbedding | undefined {
  if (setting === false) return undefined;
  const paths = boardServerPaths(env);
  const fromEnvironment = env.MESHMIND_EMBEDDING_ENDPOINT;
  if (setting === undefined && fromEnvironment === 'off') return undefined;
  let endpoint: string | undefined;
  let source: BoardEmbedding['source'];
  if (setting?.endpoint) {
    endpoint = checkEndpoint(setting.endpoint, 'key embeddingServer.endpoint');
    source = 'config';
  } else if (fromEnvironment) {
    endpoint = checkEndpoint(fromEnvironment, 'MESHMIND_EMBEDDING_ENDPOINT');
    source = 'environment';
  } else if (generationEndpoint?.startsWith('unix:')) {
    // Programs written by a server on this board's socket: that is the board's server, for both.
    endpoint = generationEndpoint;
    source = 'generation endpoint';
  } else if (existsSync(paths.socketPath)) {
    endpoint = `unix:${paths.socketPath}`;
    source = 'well-known socket';
  } else return undefined;
  const tokenFile = setting?.tokenFile ?? env.MESHMIND_EMBEDDING_TOKEN_FILE;
  const token = tokenFile ? readClientToken(tokenFile) : ensureClientToken(paths.clientsDirectory, clientName);
  return { kind: 'board', endpoint, token, source };
}
