#!/usr/bin/env node
// Entry point of the meshmind CLI. It runs the compiled CLI in dist/cli when `npm run build` made one
// from exactly the sources in this checkout (bin/compiled-cli.mjs checks), else the TypeScript sources
// through tsx: no build step is needed, and an edited source never runs as its older build.
import { setFlagsFromString } from 'node:v8';
import { compiledEntry } from './compiled-cli.mjs';

// `meshmind run` is one-shot: it ends a few seconds after TF.js's and QuickJS's WebAssembly first
// ran, while V8's optimising compiler is still compiling their hot functions in the background, and
// the process exit waits for that compilation (a one-sentence run stopped everything, then took
// 1.5-2 s more to exit on a loaded machine; 0.2 s with the baseline compiler only). Set before any
// WebAssembly is compiled; long-running commands keep the optimising compiler.
if (process.argv[2] === 'run') setFlagsFromString('--liftoff-only');

// Everything this process creates is its owner's only unless the code says otherwise (the
// Mosquitto files, the config a user hands to a board, set their modes explicitly): SQLite,
// LevelDB, the caches and the inference socket take their files' modes from the umask, and a
// database's -wal and -shm from the database. The data directory is 0700 as well (data-directory.ts).
process.umask(0o077);

// `meshmind devices list | head`: a reader that went away is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
let entry;
try {
  entry = compiledEntry(process.env);
} catch (error) {
  process.stderr.write(`meshmind: ${error.code}: ${error.message}\n`);
  process.exit(1);
}
let main;
if (entry) {
  ({ main } = await import(entry));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../apps/cli/src/main.ts'));
}
const untilSignal = new Promise((resolve) => {
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => resolve(signal));
});
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, untilSignal });
process.exitCode = code;
// Long-running commands have closed their servers; one-shot commands must not hang on stray handles.
setTimeout(() => process.exit(code), 500).unref();
