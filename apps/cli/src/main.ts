import { isMeshmindError } from '@meshmind/protocol';
import type { CliCommand, CliIo } from './command';
import { COMMANDS, type CommandEntry } from './command-table';

function usage(commands: readonly CommandEntry[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `meshmind: run a home, a warehouse or a network by talking to it.

usage: meshmind <command> [options]   (meshmind <command> --help for its options)

${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}
`;
}

/** Runs one CLI invocation and returns its exit code; coded errors print as "CODE: message". */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const commands = COMMANDS;
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage(commands));
    return name ? 0 : 2;
  }
  const entry = commands.find((candidate) => candidate.name === name);
  if (!entry) {
    io.stderr.write(`meshmind: unknown command "${name}"\n\n${usage(commands)}`);
    return 2;
  }
  let command: CliCommand;
  try {
    command = await entry.load();
  } catch (error) {
    // A partial install (node-llama-cpp left out, say) breaks only the commands that need what is missing.
    io.stderr.write(`meshmind ${name}: E_COMMAND_UNAVAILABLE: this command cannot load: ${(error as Error).message}\n`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isMeshmindError(error)) io.stderr.write(`meshmind ${name}: ${error.code}: ${error.message}\n`);
    else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) io.stderr.write(`meshmind ${name}: ${(error as Error).message}\n\n${command.usage}\n`);
    else io.stderr.write(`meshmind ${name}: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
