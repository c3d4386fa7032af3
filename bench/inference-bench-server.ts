/**
 * The server half of the inference bench, in its own process as in deployment: loads one model,
 * serves it on a Unix socket, prints "ready" and runs until stdin closes or SIGTERM.
 * Usage: tsx bench/inference-bench-server.ts MODEL SOCKET THREADS PARALLEL CONTEXT
 */
import { LlamaEngine, ScheduledEngine, buildInferenceServer, listenInferenceServer } from '@meshmind/inference';

const [modelPath, socketPath, threads, parallel, contextSize] = process.argv.slice(2);
if (!modelPath || !socketPath) {
  process.stderr.write('usage: inference-bench-server.ts MODEL SOCKET THREADS PARALLEL CONTEXT\n');
  process.exit(2);
}
const engine = new ScheduledEngine(
  new LlamaEngine({ modelPath, threads: Number(threads ?? 1), parallel: Number(parallel ?? 4), contextSize: Number(contextSize ?? 512) }),
);
await engine.start();
const app = buildInferenceServer({ engine });
const address = await listenInferenceServer(app, { socketPath });
process.stdout.write(`ready ${address}\n`);
const shutdown = async (): Promise<void> => {
  await app.close();
  await engine.stop();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.stdin.on('end', () => void shutdown());
process.stdin.resume();
