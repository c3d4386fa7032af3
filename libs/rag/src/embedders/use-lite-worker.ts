import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MeshmindError, type Embedder } from '@meshmind/protocol';
import { embedUseLiteBatches, USE_LITE_DIMENSIONS, USE_LITE_ID } from './use-lite-embedder';
import { USE_LITE_WORKER_PROGRAM } from './use-lite-worker-program';

/** A sentence to warm the model with: any short request does. */
const WARM_UP_TEXT = 'turn on the light';

interface WorkerModel {
  embed(texts: string[]): Promise<number[][]>;
}

interface WorkerReply {
  id?: number;
  ready?: boolean;
  vectors?: number[][];
  error?: { message: string; code: string };
}

/**
 * USE-lite in a worker thread of this process: the same packages, WebAssembly backend and weights as
 * the in-process model, so the same vectors under the same id (indexes on disk still match). Its
 * load (TF.js, 27.9 MB of weights, the first sentence's kernels: about a second of CPU) then runs on
 * a second core while the main thread starts the broker, the coordinator and the agents, which is
 * what a one-shot `meshmind run` does in that second. The thread is referenced only while a request
 * is waiting, so it never holds a finished process open. One per process, like the in-process model.
 */
let shared: Promise<WorkerModel> | null = null;

/** How a host starts the worker. */
export interface UseLiteWorkerOptions {
  /**
   * A directory only this process's owner can write (the data directory's cache): the worker keeps
   * TF.js's V8 code cache there and compiles it from that on the next start. Without it, no cache.
   */
  codeCacheDirectory?: string;
}

function startWorker(options: UseLiteWorkerOptions): Promise<WorkerModel> {
  const workerData = { from: fileURLToPath(import.meta.url), warmUp: WARM_UP_TEXT, codeCacheDirectory: options.codeCacheDirectory };
  const worker = new Worker(USE_LITE_WORKER_PROGRAM, { eval: true, workerData });
  const waiting = new Map<number, { resolve: (vectors: number[][]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let broken: Error | null = null;
  return new Promise<WorkerModel>((resolve, reject) => {
    const fail = (error: Error) => {
      broken = error;
      reject(error);
      for (const request of waiting.values()) request.reject(error);
      waiting.clear();
    };
    worker.on('error', (error) => fail(new MeshmindError('E_INTERNAL', `the sentence model's worker thread failed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => fail(new MeshmindError('E_INTERNAL', `the sentence model's worker thread exited (${code})`)));
    worker.on('message', (reply: WorkerReply) => {
      if (reply.ready === false) {
        const code = reply.error?.code === 'E_MODEL_MISSING' ? 'E_MODEL_MISSING' : 'E_INTERNAL';
        fail(new MeshmindError(code, `the Universal Sentence Encoder lite failed to load in its worker thread: ${reply.error?.message}`));
        void worker.terminate();
        return;
      }
      if (reply.ready) {
        worker.unref();
        resolve({
          embed(texts) {
            if (broken) return Promise.reject(broken);
            const id = nextId++;
            if (waiting.size === 0) worker.ref();
            return new Promise<number[][]>((resolveEmbed, rejectEmbed) => {
              waiting.set(id, { resolve: resolveEmbed, reject: rejectEmbed });
              worker.postMessage({ id, texts });
            });
          },
        });
        return;
      }
      const request = reply.id === undefined ? undefined : waiting.get(reply.id);
      if (!request) return;
      waiting.delete(reply.id!);
      if (waiting.size === 0) worker.unref();
      if (reply.vectors) request.resolve(reply.vectors);
      else request.reject(new MeshmindError('E_INTERNAL', `the sentence model failed: ${reply.error?.message}`));
    });
  });
}

function sharedWorkerModel(options: UseLiteWorkerOptions = {}): Promise<WorkerModel> {
  if (!shared) {
    const starting = startWorker(options);
    shared = starting;
    starting.catch(() => {
      if (shared === starting) shared = null;
    });
  }
  return shared;
}

/** Starts the worker (if not started) and resolves once its model is loaded and warm. */
export async function preloadUseLiteWorker(): Promise<void> {
  await sharedWorkerModel();
}

/**
 * Starts the worker now, without waiting for it: a host that knows it will need the model (a one-shot
 * `meshmind run`) lets it load while the host's other modules load. A failure is not reported here:
 * the embedder or `preloadUseLiteWorker` starts the worker again and reports it.
 */
export function startUseLiteWorker(options: UseLiteWorkerOptions = {}): void {
  sharedWorkerModel(options).catch(() => undefined);
}

/** USE-lite computed in the worker thread; known id and size, so it answers before the model is ready. */
export function createUseLiteWorkerEmbedder(): Embedder {
  return {
    id: USE_LITE_ID,
    dimensions: USE_LITE_DIMENSIONS,
    async embed(texts) {
      if (texts.length === 0) return [];
      const model = await sharedWorkerModel();
      return embedUseLiteBatches(texts, (batch) => model.embed(batch));
    },
  };
}
