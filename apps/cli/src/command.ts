/** One `meshmind <name> ...` subcommand (listed, with its one-line summary, in command-table.ts). `run` returns the process exit code; it never calls process.exit. */
export interface CliCommand {
  name: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Output streams and environment, passed in so that tests can capture them. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Resolves when the user asks the process to stop (SIGINT/SIGTERM); long-running commands await it. */
  untilSignal: Promise<string>;
}
