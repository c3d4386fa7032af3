import { parseArgs } from 'node:util';
import { startUseLiteWorker } from '@meshmind/rag';
import { BRAIN_OPTIONS, BRAIN_USAGE, SCENARIO_OPTIONS, SCENARIO_USAGE } from '../command-flags';
import type { CliCommand } from '../command';
import { DEFAULT_CODE_CACHE_DIRECTORY } from '../paths';

const RUN_OPTIONS = {
  ...SCENARIO_OPTIONS,
  say: { type: 'string', multiple: true },
  from: { type: 'string' },
  json: { type: 'boolean' },
  broker: { type: 'string' },
  timeout: { type: 'string' },
  ...BRAIN_OPTIONS,
} as const;

/** The command line of `meshmind run`, as parseArgs reads it. */
export type RunValues = ReturnType<typeof parseArgs<{ options: typeof RUN_OPTIONS }>>['values'];

/**
 * The one-shot contract used to test the whole system from outside: everything in process, the
 * messages in order as one conversation, then one JSON object on stdout. Keep its shape stable.
 */
export const runCommand: CliCommand = {
  name: 'run',
  usage: `meshmind run [--scenario FILE] [--robots N] --say "TEXT" [--say "TEXT" ...] [--from AREA|DEVICE] [--json] [--broker URL] [--timeout MS]
  --timeout    how long each device has to answer its subtask, in milliseconds (default 15000)
  prints { "replies": [...], "devices": { "<id>": { "type", "state" } }, "world": {...} | null } with --json
  (world: a warehouse's or network's ground truth after the last message; null for a home)
${SCENARIO_USAGE}
${BRAIN_USAGE}`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: RUN_OPTIONS });
    const messages = values.say ?? [];
    if (messages.length === 0) {
      io.stderr.write(`usage: ${runCommand.usage}\n`);
      return 2;
    }
    // The run's agents always use USE-lite in a worker thread (one-shot-run.ts), the longest part of
    // its start (TF.js, 27.9 MB of weights, a warm-up sentence: about a second of CPU). It starts here,
    // on the second core, before the broker's, the coordinator's and the agents' modules load on this
    // one; the stack's brain later awaits the same worker (one per process). A failure to load is
    // reported there, with its code. TF.js compiles from a code cache in the data directory.
    startUseLiteWorker({ codeCacheDirectory: DEFAULT_CODE_CACHE_DIRECTORY });
    const { runConversation } = await import('../one-shot-run');
    return runConversation(values, messages, io);
  },
};
