import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
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

/**
 * startTestStack for the evals, tried again when its agents missed the broker's connect window (30 s
 * for the embedded broker since the run's start moved the sentence model into a worker; 5 s before):
 * a home of 50 agents connecting at once on a loaded 2-core machine can, and the eval should then
 * measure understanding rather than stop. Only E_BROKER_UNREACHABLE is retried; any other failure
 * of the start, and every goal's outcome, counts as it is.
 */
export async function startEvalStack(scenario: SiteScenario, options: Partial<StackOptions> = {}, attempts = 3): Promise<Stack> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startTestStack(scenario, options);
    } catch (error) {
      if ((error as { code?: string }).code !== 'E_BROKER_UNREACHABLE' || attempt >= attempts) throw error;
    }
  }
}

/**
 * The header a client on the coordinator's machine sends: the owner's token, which `meshmind start`
 * writes to owner.token and `meshmind chat` reads. Every /api route needs a token, on loopback too.
 */
export function ownerAuthorization(stack: Pick<Stack, 'coordinator'>): { authorization: string } {
  return { authorization: `Bearer ${stack.coordinator.ownerToken}` };
}

/**
 * The same header for a `meshmind start` run by the test: read from the owner.token file it wrote
 * beside its database, as `meshmind chat` reads it.
 */
export function ownerAuthorizationIn(stateDirectory: string): { authorization: string } {
  return { authorization: `Bearer ${readFileSync(join(stateDirectory, 'owner.token'), 'utf8').trim()}` };
}

/** `coordinator.http.inject` as the owner (headers the test gives are kept, an Authorization of its own included). */
export function injectAsOwner(stack: Pick<Stack, 'coordinator'>, options: InjectOptions): Promise<LightMyRequestResponse> {
  return stack.coordinator.http.inject({ ...options, headers: { ...ownerAuthorization(stack), ...(options.headers ?? {}) } });
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
