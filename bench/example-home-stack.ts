import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { loadScenarioFile } from '@meshmind/devices';
import { startStack, type Stack } from '@meshmind/cli';

/**
 * The example home as `npm start` runs it, in this process: embedded broker, coordinator and its
 * 32 agents, databases on disk in a temporary folder (what grows there is the disk's, not the
 * process's), HTTP on an ephemeral loopback port, no rate limit. `stop()` also removes the folder.
 * `token` is the owner's, read from the owner.token file the start wrote, as `meshmind chat` reads it.
 */
export async function startExampleHomeStack(name: string): Promise<{ stack: Stack; goalsUrl: string; token: string; stop(): Promise<void> }> {
  const scenario = await loadScenarioFile(fileURLToPath(new URL('../examples/home.yaml', import.meta.url)));
  const directory = mkdtempSync(join(tmpdir(), `meshmind-${name}-`));
  const stack = await startStack({
    scenario,
    logger: pino({ level: 'silent' }),
    databasePath: join(directory, 'meshmind.db'),
    agentDatabasePath: join(directory, 'agents.db'),
    stateDirectory: directory,
    http: { host: '127.0.0.1', port: 0 },
    access: { goalsPerMinute: 0 },
  });
  return {
    stack,
    goalsUrl: `${stack.coordinator.url}/api/goals`,
    token: readFileSync(join(directory, 'owner.token'), 'utf8').trim(),
    stop: async () => {
      await stack.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
