import { readFile } from 'node:fs/promises';
import Type, { type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { parseDocument } from 'yaml';
import { MeshmindError, NO_CONTROL_CHARACTERS_PATTERN, isValidTopicSegment, type Area, type DeviceDescription, type Floor } from '@meshmind/protocol';
import { getDeviceDescription, hasDeviceType } from './device-catalog';
import { defaultState, validateDeviceState } from './device-state';
import type { DeviceState } from './driver';

const MAX_SCENARIO_BYTES = 1024 * 1024;

/** A name or alias people read and say: shown on terminals and pages, so no control characters. */
const Label = Type.String({ minLength: 1, pattern: NO_CONTROL_CHARACTERS_PATTERN });
const Aliases = Type.Array(Label);

const ScenarioFileSchema = Type.Object(
  {
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

export interface Scenario {
  name: string;
  description?: string;
  /** Where the scenario came from (a path or a label), as named in error messages. */
  source: string;
  floors: Floor[];
  areas: Area[];
  devices: ScenarioDevice[];
}

function invalid(source: string, message: string, cause?: unknown): MeshmindError {
  return new MeshmindError('E_SCENARIO_INVALID', `${source}: ${message}`, cause === undefined ? {} : { cause });
}

/** `/devices/3/area` -> `devices[3].area`: the path as a person reading the YAML would write it. */
function readablePath(instancePath: string): string {
  return instancePath
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

function checkShape(source: string, value: unknown): ScenarioFile {
  if (scenarioFileChecker.Check(value)) return value;
  const problems = scenarioFileChecker
    .Errors(value)
    .filter((error) => error.keyword !== 'boolean' && error.keyword !== 'anyOf')
    .slice(0, 3)
    .map((error) => {
      const where = readablePath(error.instancePath) || 'the top level';
      const extra = (error.params as { additionalProperties?: unknown }).additionalProperties;
      // Name the stray field: "devices[0] has unknown field room" says what to fix.
      if (error.keyword === 'additionalProperties' && Array.isArray(extra)) return `${where} has unknown field ${extra.join(', ')}`;
      // The pattern itself says nothing to a person editing YAML.
      if (error.keyword === 'pattern' && (error.params as { pattern?: unknown }).pattern === NO_CONTROL_CHARACTERS_PATTERN) {
        return `${where} contains control characters (escape sequences, line breaks, bidi overrides), which names may not`;
      }
      return `${where} ${error.message}`;
    });
  throw invalid(source, problems.join('; ') || 'does not match the scenario format');
}

function checkIds(source: string, kind: string, entries: readonly { id: string }[]): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (!isValidTopicSegment(entry.id)) {
      throw invalid(source, `${kind}[${index}].id ${JSON.stringify(entry.id)} is not a valid id (letters, digits, '_', '-', '.'; at most 64; no '/', '+' or '#')`);
    }
    if (seen.has(entry.id)) throw invalid(source, `${kind}[${index}].id ${JSON.stringify(entry.id)} is used twice`);
    seen.add(entry.id);
  });
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

/**
 * Reads a scenario (floors, areas, devices) from YAML text. Every problem, malformed YAML
 * included, is one E_SCENARIO_INVALID naming `sourceName` and the offending path.
 */
export function parseScenario(text: string, sourceName: string): Scenario {
  if (Buffer.byteLength(text) > MAX_SCENARIO_BYTES) throw invalid(sourceName, `file is larger than ${MAX_SCENARIO_BYTES} bytes`);
  const document = parseDocument(text, { prettyErrors: true });
  const [yamlError] = document.errors;
  if (yamlError) {
    const line = yamlError.linePos?.[0];
    const position = line ? ` (line ${line.line}, column ${line.col})` : '';
    const summary = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw invalid(sourceName, `malformed YAML${position}: ${summary}`, yamlError);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw invalid(sourceName, `cannot read YAML: ${(error as Error).message}`, error);
  }
  if (value === null || value === undefined) throw invalid(sourceName, 'file is empty');
  const file = checkShape(sourceName, value);

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
    name: file.name,
    ...(file.description === undefined ? {} : { description: file.description }),
    source: sourceName,
    floors: [...floorsById.values()],
    areas,
    devices,
  };
}

/** Reads and parses a scenario file; an unreadable file is E_SCENARIO_INVALID too. */
export async function loadScenarioFile(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw invalid(path, `cannot read the file (${reason})`, error);
  }
  return parseScenario(text, path);
}
