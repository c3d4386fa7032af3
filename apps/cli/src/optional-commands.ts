import type { CliCommand } from './command';

/**
 * Commands whose modules load heavy libraries (node-llama-cpp) are registered here; each is
 * imported only if present, so the CLI starts fast and a partial install still runs.
 */
export async function optionalCommands(): Promise<CliCommand[]> {
  const commands: CliCommand[] = [];
  const inference = await import('./commands/inference').catch(() => null);
  if (inference?.inferenceCommand) commands.push(inference.inferenceCommand);
  const models = await import('./commands/models').catch(() => null);
  if (models?.modelsCommand) commands.push(models.modelsCommand);
  return commands;
}
