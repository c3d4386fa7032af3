import { readFile } from 'node:fs/promises';
import Type, { type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { NO_CONTROL_CHARACTERS_PATTERN, type Area, type DeviceDescription, type Floor } from '@meshmind/protocol';
import { getDeviceDescription, hasDeviceType } from './device-catalog';
import { defaultState, validateDeviceState } from './device-state';
import type { DeviceState } from './driver';
import { checkIds, checkShape, invalid, readYaml } from './scenario-file';
import { buildNetworkScenario, buildWarehouseScenario, type NetworkScenario, type WarehouseScenario } from './site-scenario';

/** A name or alias people read and say: shown on terminals and pages, so no control characters. */
const Label = Type.String({ minLength: 1, pattern: NO_CONTROL_CHARACTERS_PATTERN });
const Aliases = Type.Array(Label);

const ScenarioFileSchema = Type.Object(
  {
    kind: Type.Optional(Type.Literal('home')),
    name: Label,
    description: Type.Optional(Type.String()),
    floors: Type.Optional(
      Type.Array(Type.Object({ id: Type.String(), name: Label, aliases: Type.Optional(Aliases) }, { additionalProperties: false })),
    ),
    areas: Type.Array(
      Type.Object(
        { id: Type.String(), name: Label, aliases: Type.Optional(Aliases), floor: Type.Optional(Type.String()) },
        { additionalProperties: false },
      ),
    ),
    devices: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          type: Type.String(),
          name: Label,
          aliases: Type.Optional(Aliases),
          area: Type.Optional(Type.Union([Type.String(), Type.Null()])),
          vendor: Type.Optional(Type.String()),
          state: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
type ScenarioFile = Static<typeof ScenarioFileSchema>;
const scenarioFileChecker = Compile(ScenarioFileSchema);

export interface ScenarioDevice {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  /** The device's area with its floor resolved; null for devices that belong to no room. */
  area: Area | null;
  vendor?: string;
  /** The complete starting state: the file's values over the type's defaults. */
  state: DeviceState;
}

/** A home of catalog devices: the first kind of scenario, and the default of a file without `kind`. */
export interface Scenario {
  kind: 'home';
  name: string;
  description?: string;
  /** Where the scenario came from (a path or a label), as named in error messages. */
  source: string;
  floors: Floor[];
  areas: Area[];
  devices: ScenarioDevice[];
}

function resolveDevice(source: string, entry: ScenarioFile['devices'][number], index: number, areasById: Map<string, Area>): ScenarioDevice {
  const where = `devices[${index}]`;
  if (!hasDeviceType(entry.type)) {
    throw invalid(source, `${where}.type ${JSON.stringify(entry.type)} is not a known device type`);
  }
  const description: DeviceDescription = getDeviceDescription(entry.type);
  let area: Area | null = null;
  if (entry.area !== undefined && entry.area !== null) {
    const found = areasById.get(entry.area);
    if (!found) throw invalid(source, `${where}.area ${JSON.stringify(entry.area)} is not a defined area (areas: ${[...areasById.keys()].join(', ')})`);
    area = found;
  }
  const initial = validateDeviceState(description, entry.state ?? {});
  if (!initial.ok) throw invalid(source, `${where}.state (${entry.id}, a ${entry.type}): ${initial.error.message}`, initial.error);
  return {
    id: entry.id,
    type: entry.type,
    name: entry.name,
    aliases: entry.aliases ?? [],
    area: area === null ? null : structuredClone(area),
    ...(entry.vendor === undefined ? {} : { vendor: entry.vendor }),
    state: { ...defaultState(description), ...initial.value },
  };
}

/** Any kind of scenario: a home (`kind: home`, the default), a warehouse or a WiFi network. */
export type SiteScenario = Scenario | WarehouseScenario | NetworkScenario;

const KINDS = ['home', 'warehouse', 'network'] as const;

/**
 * Reads a scenario of any kind from YAML text: the one loader. `kind` (default home) picks the
 * format. Every problem, malformed YAML included, is one E_SCENARIO_INVALID naming `sourceName`
 * and the offending path.
 */
export function parseSiteScenario(text: string, sourceName: string): SiteScenario {
  const value = readYaml(text, sourceName);
  const kind = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { kind?: unknown }).kind ?? 'home' : 'home';
  if (kind === 'warehouse') return buildWarehouseScenario(value, sourceName);
  if (kind === 'network') return buildNetworkScenario(value, sourceName);
  if (kind !== 'home') throw invalid(sourceName, `kind ${JSON.stringify(kind)} is not a kind of scenario (${KINDS.join(', ')})`);
  return buildHome(value, sourceName);
}

/** Reads a home scenario (floors, areas, devices); a file of another kind is E_SCENARIO_INVALID. */
export function parseScenario(text: string, sourceName: string): Scenario {
  return asHome(parseSiteScenario(text, sourceName));
}

function asHome(scenario: SiteScenario): Scenario {
  if (scenario.kind !== 'home') throw invalid(scenario.source, `is a ${scenario.kind} scenario; a home scenario is needed here`);
  return scenario;
}

function buildHome(value: unknown, sourceName: string): Scenario {
  const file = checkShape(scenarioFileChecker, sourceName, value);

  const floors = file.floors ?? [];
  checkIds(sourceName, 'floors', floors);
  checkIds(sourceName, 'areas', file.areas);
  checkIds(sourceName, 'devices', file.devices);

  const floorsById = new Map<string, Floor>(floors.map((floor) => [floor.id, { id: floor.id, name: floor.name, aliases: floor.aliases ?? [] }]));
  const areas: Area[] = file.areas.map((entry, index) => {
    let floor: Floor | null = null;
    if (entry.floor !== undefined) {
      const found = floorsById.get(entry.floor);
      if (!found) throw invalid(sourceName, `areas[${index}].floor ${JSON.stringify(entry.floor)} is not a defined floor (floors: ${[...floorsById.keys()].join(', ') || 'none'})`);
      floor = structuredClone(found);
    }
    return { id: entry.id, name: entry.name, aliases: entry.aliases ?? [], floor };
  });
  const areasById = new Map(areas.map((area) => [area.id, area]));
  const devices = file.devices.map((entry, index) => resolveDevice(sourceName, entry, index, areasById));

  return {
    kind: 'home',
    name: file.name,
    ...(file.description === undefined ? {} : { description: file.description }),
    source: sourceName,
    floors: [...floorsById.values()],
    areas,
    devices,
  };
}

/** Reads and parses a scenario file of any kind; an unreadable file is E_SCENARIO_INVALID too. */
export async function loadSiteScenarioFile(path: string): Promise<SiteScenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw invalid(path, `cannot read the file (${reason})`, error);
  }
  return parseSiteScenario(text, path);
}

/** Reads and parses a home scenario file. */
export async function loadScenarioFile(path: string): Promise<Scenario> {
  return asHome(await loadSiteScenarioFile(path));
}
