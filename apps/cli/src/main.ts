import { isMeshmindError } from '@meshmind/protocol';
import type { CliCommand, CliIo } from './command';
import { startCommand } from './commands/start';
import { chatCommand } from './commands/chat';
import { runCommand } from './commands/run';
import { agentCommand } from './commands/agent';
import { devicesCommand } from './commands/devices';
import { brokerCommand } from './commands/broker';
import { tokensCommand } from './commands/tokens';
import { optionalCommands } from './optional-commands';

function usage(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `meshmind: run a home, a warehouse or a network by talking to it.

usage: meshmind <command> [options]   (meshmind <command> --help for its options)

${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}
`;
}

/** Runs one CLI invocation and returns its exit code; coded errors print as "CODE: message". */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const commands = [startCommand, chatCommand, runCommand, agentCommand, devicesCommand, brokerCommand, tokensCommand, ...(await optionalCommands())];
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage(commands));
    return name ? 0 : 2;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`meshmind: unknown command "${name}"\n\n${usage(commands)}`);
    return 2;
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
