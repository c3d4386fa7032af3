import { MeshmindError } from '@meshmind/protocol';
import { withRobotCount, type SiteScenario } from '@meshmind/devices';

/** Flags of the commands that run a scenario: which file, and the fleet size of a warehouse. */
export const SCENARIO_OPTIONS = {
  scenario: { type: 'string' },
  robots: { type: 'string' },
} as const;

export const SCENARIO_USAGE = `  --scenario   scenario YAML: a home, a warehouse or a network (default: examples/home.yaml)
  --robots     a warehouse's fleet size instead of the file's (the grid and default docks follow)`;

/** The scenario with the command line's overrides applied. */
export function scenarioWithOptions(scenario: SiteScenario, values: { robots?: string }): SiteScenario {
  if (values.robots === undefined) return scenario;
  const robots = Number(values.robots);
  if (!Number.isInteger(robots) || robots < 1) throw new MeshmindError('E_CONFIG_INVALID', `--robots must be a positive integer, got ${JSON.stringify(values.robots)}`);
  if (scenario.kind !== 'warehouse') throw new MeshmindError('E_CONFIG_INVALID', `--robots is for a warehouse scenario; ${scenario.source} is a ${scenario.kind}`);
  return withRobotCount(scenario, robots);
}
