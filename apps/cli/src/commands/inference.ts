import { parseArgs } from 'node:util';
import { buildInferenceServer, createInferenceEngine, listenInferenceServer, loadEngineConfig, resolveBackend, type EngineConfig } from '@meshmind/inference';
import { MeshmindError } from '@meshmind/protocol';
import type { CliCommand } from '../command';
import { wholeNumber } from '../whole-number';

const USAGE = `meshmind inference serve [options]
  Loads one model once and serves it to every agent on this board (OpenAI-compatible HTTP).
  --backend llama|openai|builtin   engine to serve (default: llama with --model, openai with --endpoint)
  --model FILE                     GGUF model file (llama)
  --endpoint URL                   upstream OpenAI-compatible server to relay to (openai)
  --socket PATH                    listen on this Unix socket (agents: endpoint unix:PATH)
  --port N  [--host H]             or listen on a loopback port (default 127.0.0.1)
  --threads N                      CPU threads (default: cores - 1, and 1 on two cores)
  --context-size N                 tokens per sequence (default 2048)
  --batch-size N                   prompt tokens evaluated per batch (default 512)
  --parallel N                     requests served at once, as sequences of one context (default 1)
  --max-queued N                   waiting requests before answering E_BUSY (default 64)
  --config FILE                    engine config (JSON); flags and MESHMIND_INFERENCE_* override it`;

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

export const inferenceCommand: CliCommand = {
  name: 'inference',
  usage: USAGE,
  async run(argv, io) {
    const [subcommand, ...rest] = argv;
    if (subcommand !== 'serve') {
      io.stderr.write(`usage: ${USAGE}\n`);
      return 2;
    }
    const { values } = parseArgs({ args: rest, options: ENGINE_FLAGS, strict: true });
    const config = await loadEngineConfig({ ...(values.config ? { file: values.config } : {}), env: io.env, overrides: engineOverridesFrom(values) });
    if (!config.socket && config.port === undefined) {
      throw new MeshmindError('E_CONFIG_INVALID', 'say where to listen: --socket PATH or --port N');
    }
    const engine = createInferenceEngine(config);
    await engine.start();
    const app = buildInferenceServer({ engine });
    let address: string;
    try {
      address = await listenInferenceServer(app, config.socket ? { socketPath: config.socket } : { port: config.port ?? 0, ...(config.host ? { host: config.host } : {}) });
    } catch (error) {
      await engine.stop();
      throw error;
    }
    const info = engine.info();
    io.stdout.write(
      `inference server (${resolveBackend(config)}: ${info.model}, context ${info.contextSize ?? '?'}, parallel ${info.parallel}) at ${address}\n` +
        `agents: set MESHMIND_INFERENCE_ENDPOINT=${address}\n`,
    );
    await io.untilSignal;
    await app.close();
    await engine.stop();
    return 0;
  },
};
