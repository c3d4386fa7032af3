import { MeshmindError } from '@meshmind/protocol';
import { withRobotCount, type SiteScenario } from '@meshmind/devices';

export { SCENARIO_OPTIONS, SCENARIO_USAGE } from './command-flags';

/** The scenario with the command line's overrides applied. */
export function scenarioWithOptions(scenario: SiteScenario, values: { robots?: string }): SiteScenario {
  if (values.robots === undefined) return scenario;
  const robots = Number(values.robots);
  if (!Number.isInteger(robots) || robots < 1) throw new MeshmindError('E_CONFIG_INVALID', `--robots must be a positive integer, got ${JSON.stringify(values.robots)}`);
  if (scenario.kind !== 'warehouse') throw new MeshmindError('E_CONFIG_INVALID', `--robots is for a warehouse scenario; ${scenario.source} is a ${scenario.kind}`);
  return withRobotCount(scenario, robots);
}
