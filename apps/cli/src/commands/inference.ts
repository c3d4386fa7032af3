import { chmodSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildInferenceServer,
  createClientTokenVerifier,
  createInferenceEngine,
  ensureClientToken,
  listClients,
  listenInferenceServer,
  loadEngineConfig,
  resolveBackend,
  revokeClientToken,
  type EngineConfig,
} from '@meshmind/inference';
import { MeshmindError } from '@meshmind/protocol';
import { USE_LITE_ID, createEmbedderPool } from '@meshmind/rag';
import { boardServerPaths } from '../board-server';
import type { CliCommand, CliIo } from '../command';
import { wholeNumber } from '../whole-number';
import { preparePrivateDirectory } from '../data-directory';

const USAGE = `meshmind inference serve [options]
  Loads one model once and serves it to every agent on this board (OpenAI-compatible HTTP), and
  the sentence model (USE-lite) that agents on the board use for retrieval instead of their own.
  Every request but GET /health needs a client's bearer token (see meshmind inference token).
  --backend llama|openai|builtin   engine to serve (default: llama with --model, openai with --endpoint, else builtin)
  --model FILE                     GGUF model file (llama)
  --endpoint URL                   upstream OpenAI-compatible server to relay to (openai)
  --socket PATH                    listen on this Unix socket (default: $MESHMIND_STATE_DIR/inference/server.sock,
                                   .meshmind/inference/server.sock, where agents look for it)
  --port N  [--host H]             or listen on a loopback port (default 127.0.0.1)
  --clients DIR                    client identities (default: beside the default socket, inference/clients)
  --shared-socket                  let every local user connect to the socket (agents as other users, e.g.
                                   systemd's DynamicUser); each still needs its own token
  --threads N                      CPU threads (default: cores - 1, and 1 on two cores)
  --context-size N                 tokens per sequence (default 2048)
  --batch-size N                   prompt tokens evaluated per batch (default 512)
  --parallel N                     requests served at once, as sequences of one context (default 1)
  --max-queued N                   waiting requests before answering E_BUSY (default 64)
  --config FILE                    engine config (JSON); flags and MESHMIND_INFERENCE_* override it
meshmind inference token NAME [--clients DIR]    make (first time) and print the path of client NAME's token file
meshmind inference revoke NAME [--clients DIR]   refuse client NAME from its next request on
meshmind inference clients [--clients DIR]       list the enrolled clients`;

/** Flags shared by `inference serve` and `models check`, turned into engine-config overrides. */
export function engineOverridesFrom(values: Record<string, string | boolean | undefined>): Partial<EngineConfig> {
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const backend = text('backend');
  if (backend !== undefined && !['llama', 'openai', 'builtin'].includes(backend)) {
    throw new MeshmindError('E_CONFIG_INVALID', `--backend must be llama, openai or builtin, got ${JSON.stringify(backend)}`);
  }
  return {
    ...(backend === undefined ? {} : { backend: backend as EngineConfig['backend'] }),
    model: text('model'),
    endpoint: text('endpoint'),
    socket: text('socket'),
    host: text('host'),
    port: wholeNumber('port', text('port')),
    threads: wholeNumber('threads', text('threads')),
    contextSize: wholeNumber('context-size', text('context-size')),
    batchSize: wholeNumber('batch-size', text('batch-size')),
    parallel: wholeNumber('parallel', text('parallel')),
    maxQueued: wholeNumber('max-queued', text('max-queued')),
  };
}

export const ENGINE_FLAGS = {
  backend: { type: 'string' },
  model: { type: 'string' },
  endpoint: { type: 'string' },
  socket: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  threads: { type: 'string' },
  'context-size': { type: 'string' },
  'batch-size': { type: 'string' },
  parallel: { type: 'string' },
  'max-queued': { type: 'string' },
  config: { type: 'string' },
} as const;

/** `token`, `revoke`, `clients`: the board server's client identities, kept in files (no server needed). */
function manageClients(subcommand: string, rest: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({ args: rest, options: { clients: { type: 'string' } }, allowPositionals: true, strict: true });
  const directory = values.clients ?? boardServerPaths(io.env).clientsDirectory;
  if (subcommand === 'clients') {
    io.stdout.write(listClients(directory).map((name) => `${name}\n`).join(''));
    return 0;
  }
  const name = positionals[0];
  if (!name) {
    io.stderr.write(`usage: ${USAGE}\n`);
    return 2;
  }
  if (subcommand === 'token') {
    ensureClientToken(directory, name);
    io.stdout.write(`${join(directory, `${name}.token`)}\n`);
    return 0;
  }
  if (!revokeClientToken(directory, name)) {
    io.stderr.write(`meshmind inference revoke: no client ${name} in ${directory}\n`);
    return 1;
  }
  io.stdout.write(`client ${name} revoked\n`);
  return 0;
}

export const inferenceCommand: CliCommand = {
  name: 'inference',
  usage: USAGE,
  async run(argv, io) {
    const [subcommand, ...rest] = argv;
    if (subcommand === 'token' || subcommand === 'revoke' || subcommand === 'clients') return manageClients(subcommand, rest, io);
    if (subcommand !== 'serve') {
      io.stderr.write(`usage: ${USAGE}\n`);
      return 2;
    }
    const { values } = parseArgs({ args: rest, options: { ...ENGINE_FLAGS, clients: { type: 'string' }, 'shared-socket': { type: 'boolean' } }, strict: true });
    const config = await loadEngineConfig({ ...(values.config ? { file: values.config } : {}), env: io.env, overrides: engineOverridesFrom(values) });
    const paths = boardServerPaths(io.env);
    if (!config.socket && config.port === undefined) {
      mkdirSync(dirname(paths.socketPath), { recursive: true, mode: 0o700 });
      config.socket = paths.socketPath;
    }
    // The board's sentence model: loaded once here, so that no agent on the board loads its own.
    const sentenceEmbedder = await createEmbedderPool().get({ kind: 'use-lite' });
    // Without weights, the engine's own embeddings are the sentence model's too.
    const engine = createInferenceEngine(config, resolveBackend(config) === 'builtin' ? { embedder: sentenceEmbedder } : {});
    await engine.start();
    const clientsDirectory = values.clients ?? paths.clientsDirectory;
    // The clients' token hashes (and the copies of agents running as this user): its owner's only,
    // also where an older version or the user left the directory open.
    preparePrivateDirectory(clientsDirectory, (message) => io.stderr.write(`meshmind inference: ${message}\n`));
    const app = buildInferenceServer({ engine, authenticate: createClientTokenVerifier(clientsDirectory), sentenceEmbedders: new Map([[USE_LITE_ID, sentenceEmbedder]]) });
    let address: string;
    try {
      address = await listenInferenceServer(app, config.socket ? { socketPath: config.socket } : { port: config.port ?? 0, ...(config.host ? { host: config.host } : {}) });
    } catch (error) {
      await engine.stop();
      throw error;
    }
    // Tokens decide who is served; the socket's mode only decides who may knock.
    if (values['shared-socket'] && config.socket) chmodSync(config.socket, 0o666);
    const info = engine.info();
    io.stdout.write(
      `inference server (${resolveBackend(config)}: ${info.model}, context ${info.contextSize ?? '?'}, parallel ${info.parallel}) at ${address}\n` +
        `sentence model ${USE_LITE_ID}; clients authenticate with their token from ${clientsDirectory}\n` +
        `agents: set MESHMIND_EMBEDDING_ENDPOINT=${address} (found without it at the default socket), and MESHMIND_INFERENCE_ENDPOINT=${address} for generation\n`,
    );
    await io.untilSignal;
    await app.close();
    await engine.stop();
    return 0;
  },
};
