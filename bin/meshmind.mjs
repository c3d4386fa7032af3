#!/usr/bin/env node
// Entry point of the meshmind CLI: TypeScript sources run through tsx, no build step needed.
import { register } from 'tsx/esm/api';

register();
// `meshmind devices list | head`: a reader that went away is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../apps/cli/src/main.ts');
const untilSignal = new Promise((resolve) => {
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => resolve(signal));
});
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, untilSignal });
process.exitCode = code;
// Long-running commands have closed their servers; one-shot commands must not hang on stray handles.
setTimeout(() => process.exit(code), 500).unref();
