import type { PlannerDevice } from '../../src/planner/planner';

/** A device's functions as the planner sees them: name, kind, description and parameter names (none if left out). */
export type PlannerApi = Array<[name: string, kind: 'action' | 'query', description: string, parameters?: string[]]>;

/** A device for planner tests, built the way the coordinator hands one to the planner (online, nothing sensitive). */
export function plannerDevice(id: string, type: string, name: string, area: PlannerDevice['area'], nouns: string[], api: PlannerApi, aliases: string[] = []): PlannerDevice {
  return {
    id,
    type,
    name,
    aliases,
    nouns,
    area,
    online: true,
    capabilities: api.map(([fn, kind, description, parameters = []]) => ({ function: fn, description, kind, parameters, sensitive: false })),
  };
}
