#!/usr/bin/env node
// Entry point of the meshmind CLI: TypeScript sources run through tsx, no build step needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../apps/cli/src/main.ts');
const untilSignal = new Promise((resolve) => {
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => resolve(signal));
});
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, untilSignal });
process.exitCode = code;
// Long-running commands have closed their servers; one-shot commands must not hang on stray handles.
setTimeout(() => process.exit(code), 500).unref();
