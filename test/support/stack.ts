import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { loadScenarioFile, parseScenario, type Scenario, type SiteScenario } from '@meshmind/devices';
import { startStack, type Stack, type StackOptions } from '@meshmind/cli';

export const HOME_SCENARIO_PATH = fileURLToPath(new URL('../../examples/home.yaml', import.meta.url));

export const silentLogger = pino({ level: process.env.MESHMIND_TEST_LOG_LEVEL ?? 'silent' });

export async function loadHome(): Promise<Scenario> {
  return loadScenarioFile(HOME_SCENARIO_PATH);
}

export function scenarioFrom(yaml: string): Scenario {
  return parseScenario(yaml, 'test scenario');
}

/** The whole system in this process: embedded aedes, real agents, coordinator on :memory: SQLite. */
/** A one-room home for the HTTP and event tests: a lamp, and blinds unless `lampOnly`. */
export function studioScenario(options: { lampOnly?: boolean } = {}): Scenario {
  return scenarioFrom(`
name: Studio
floors: [ { id: ground, name: Ground floor } ]
areas: [ { id: studio, name: Studio, floor: ground } ]
devices:
  - { id: studio_lamp, type: light, name: Studio lamp, area: studio, state: { on: false } }
${options.lampOnly ? '' : '  - { id: studio_blinds, type: cover, name: Studio blinds, area: studio, state: { position: 100, cover_state: open } }'}
`);
}

export async function startTestStack(scenario: SiteScenario, options: Partial<StackOptions> = {}): Promise<Stack> {
  return startStack({ scenario, logger: silentLogger, databasePath: ':memory:', http: null, subtaskTimeoutMs: 5_000, ...options });
}

export function statesOf(stack: Stack): Record<string, Record<string, unknown>> {
  return Object.fromEntries([...stack.simulation.drivers].map(([id, driver]) => [id, driver.getState()]));
}

/** Ids of devices whose state differs between two snapshots. */
export function changedDevices(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after)
    .filter((id) => JSON.stringify(before[id]) !== JSON.stringify(after[id]))
    .sort();
}

export async function waitFor(condition: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
