import Type from 'typebox';
import { Compile } from 'typebox/compile';
import { NO_CONTROL_CHARACTERS_PATTERN, isMeshmindError } from '@meshmind/protocol';
import { PAPER_WIFI_CLIENTS, type WifiClientConfig } from './network/wifi-network';
import { ROBOT_DIALECTS } from './warehouse/robot-dialects';
import type { WarehouseFleetOptions } from './warehouse/warehouse-fleet';
import { checkWarehouseOptions } from './warehouse/warehouse-options';
import { checkIds, checkShape, compiledOnFirstUse, invalid } from './scenario-file';

/** A name a person reads (the site's, a device's): no control characters, as in home scenarios. */
const Label = Type.String({ minLength: 1, pattern: NO_CONTROL_CHARACTERS_PATTERN });

/**
 * Scenario files of the simulated sites: a warehouse (`kind: warehouse`) and a WiFi network
 * (`kind: network`). They describe what the simulators build; the grid of a warehouse is derived
 * from its shelves, docks and robots, not drawn by hand.
 */

/** Simulated seconds per wall-clock second: 10 drives the robots ten times faster than real time. */
const TimeScale = Type.Number({ exclusiveMinimum: 0, maximum: 1000 });
const DEFAULT_WAREHOUSE_TIME_SCALE = 10;

const WarehouseFileSchema = Type.Object(
  {
    kind: Type.Literal('warehouse'),
    name: Label,
    description: Type.Optional(Type.String()),
    seed: Type.Integer(),
    timeScale: Type.Optional(TimeScale),
    shelves: Type.Object(
      {
        count: Type.Integer({ minimum: 1, maximum: 1000 }),
        slotsPerShelf: Type.Optional(Type.Integer({ minimum: 1, maximum: 64 })),
        vacancyRate: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
        contents: Type.Optional(
          Type.Array(
            Type.Object({ shelf: Type.Integer({ minimum: 1 }), slots: Type.Array(Type.Union([Type.String({ minLength: 1 }), Type.Null()])) }, { additionalProperties: false }),
          ),
        ),
      },
      { additionalProperties: false },
    ),
    docks: Type.Optional(Type.Integer({ minimum: 1 })),
    robots: Type.Object(
      {
        count: Type.Integer({ minimum: 1, maximum: 1000 }),
        dialects: Type.Optional(Type.Union([Type.Literal('round-robin'), Type.Literal('seeded'), Type.Array(Type.String(), { minItems: 1 })])),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
// Compiled when a warehouse file is read: a home's run (most runs) never checks one.
const warehouseFileChecker = compiledOnFirstUse(() => Compile(WarehouseFileSchema));

const BandValues = Type.Object({ '2.4GHz': Type.Number({ minimum: 0 }), '5GHz': Type.Number({ minimum: 0 }) }, { additionalProperties: false });
const Band = Type.Union([Type.Literal('2.4GHz'), Type.Literal('5GHz')]);
const LogCw = Type.Integer({ minimum: 1, maximum: 15 });

const NetworkFileSchema = Type.Object(
  {
    kind: Type.Literal('network'),
    name: Label,
    description: Type.Optional(Type.String()),
    timeScale: Type.Optional(TimeScale),
    accessPoint: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(Label),
          channel: Type.Optional(Type.Integer({ minimum: 1, maximum: 13 })),
          ssids: Type.Optional(Type.Object({ '2.4GHz': Type.String({ minLength: 1 }), '5GHz': Type.String({ minLength: 1 }) }, { additionalProperties: false })),
        },
        { additionalProperties: false },
      ),
    ),
    clients: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Type.String(),
            name: Type.Optional(Label),
            band: Type.Optional(Band),
            associated: Type.Optional(Type.Boolean()),
            logCwMin: Type.Optional(LogCw),
            logCwMax: Type.Optional(LogCw),
            phyRateMbps: BandValues,
            basePer: BandValues,
            microwaveExposure: Type.Number({ minimum: 0, maximum: 1 }),
          },
          { additionalProperties: false },
        ),
        { minItems: 1 },
      ),
    ),
    interferer: Type.Optional(
      Type.Object({ kind: Type.Literal('microwave'), name: Type.Optional(Label), running: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);
const networkFileChecker = compiledOnFirstUse(() => Compile(NetworkFileSchema));

export interface WarehouseScenario {
  kind: 'warehouse';
  name: string;
  description?: string;
  source: string;
  timeScale: number;
  /** Everything createWarehouseFleet needs but the clock, which the host that runs it chooses. */
  warehouse: Omit<WarehouseFleetOptions, 'clock'>;
}

export interface NetworkScenario {
  kind: 'network';
  name: string;
  description?: string;
  source: string;
  timeScale: number;
  network: {
    clients: WifiClientConfig[];
    channel24: number;
    ssids?: { '2.4GHz': string; '5GHz': string };
    microwaveOn: boolean;
    accessPointName?: string;
    interfererName?: string;
  };
}

export function buildWarehouseScenario(value: unknown, source: string): WarehouseScenario {
  const file = checkShape(warehouseFileChecker, source, value);
  const { shelves, robots } = file;
  const slotsPerShelf = shelves.slotsPerShelf ?? 8;
  (shelves.contents ?? []).forEach((entry, index) => {
    if (entry.shelf > shelves.count) throw invalid(source, `shelves.contents[${index}].shelf ${entry.shelf} is not one of the ${shelves.count} shelves (shelves.count)`);
    if (entry.slots.length > slotsPerShelf) throw invalid(source, `shelves.contents[${index}].slots lists ${entry.slots.length} slots; a shelf has ${slotsPerShelf} (shelves.slotsPerShelf)`);
  });
  if (Array.isArray(robots.dialects)) {
    const known = ROBOT_DIALECTS.map((dialect) => dialect.id);
    robots.dialects.forEach((id, index) => {
      if (!known.includes(id)) throw invalid(source, `robots.dialects[${index}] ${JSON.stringify(id)} is not a robot dialect (known: ${known.join(', ')})`);
    });
  }
  const warehouse: WarehouseScenario['warehouse'] = {
    seed: file.seed,
    robots: robots.count,
    shelves: shelves.count,
    slotsPerShelf,
    ...(shelves.vacancyRate === undefined ? {} : { vacancyRate: shelves.vacancyRate }),
    ...(file.docks === undefined ? {} : { docks: file.docks }),
    ...(robots.dialects === undefined ? {} : { dialects: robots.dialects }),
    ...(shelves.contents ? { shelfContents: shelves.contents } : {}),
  };
  try {
    checkWarehouseOptions(warehouse);
  } catch (error) {
    throw invalid(source, isMeshmindError(error) ? error.message : String(error), error);
  }
  return {
    kind: 'warehouse',
    name: file.name,
    ...(file.description === undefined ? {} : { description: file.description }),
    source,
    timeScale: file.timeScale ?? DEFAULT_WAREHOUSE_TIME_SCALE,
    warehouse,
  };
}

export function buildNetworkScenario(value: unknown, source: string): NetworkScenario {
  const file = checkShape(networkFileChecker, source, value);
  const clients: WifiClientConfig[] = file.clients ? file.clients.map((client) => ({ ...client })) : PAPER_WIFI_CLIENTS.map((client) => structuredClone(client));
  if (file.clients) checkIds(source, 'clients', file.clients);
  (file.clients ?? []).forEach((client, index) => {
    if ((client.logCwMax ?? 10) < (client.logCwMin ?? 4)) throw invalid(source, `clients[${index}].logCwMax must not be below its logCwMin`);
  });
  const reserved = new Set(['access-point', 'microwave']);
  const clash = clients.findIndex((client) => reserved.has(client.id));
  if (clash >= 0) throw invalid(source, `clients[${clash}].id ${JSON.stringify(clients[clash]!.id)} is the id of the access point or the interferer`);
  const accessPoint = file.accessPoint ?? {};
  return {
    kind: 'network',
    name: file.name,
    ...(file.description === undefined ? {} : { description: file.description }),
    source,
    timeScale: file.timeScale ?? 1,
    network: {
      clients,
      channel24: accessPoint.channel ?? 6,
      ...(accessPoint.ssids ? { ssids: { ...accessPoint.ssids } } : {}),
      microwaveOn: file.interferer?.running ?? false,
      ...(accessPoint.name ? { accessPointName: accessPoint.name } : {}),
      ...(file.interferer?.name ? { interfererName: file.interferer.name } : {}),
    },
  };
}

/** The warehouse with another fleet size (`--robots N`): the grid and the default docks follow. */
export function withRobotCount(scenario: WarehouseScenario, robots: number): WarehouseScenario {
  const warehouse = { ...scenario.warehouse, robots };
  try {
    checkWarehouseOptions(warehouse);
  } catch (error) {
    throw invalid(scenario.source, `with ${robots} robots: ${isMeshmindError(error) ? error.message : String(error)}`, error);
  }
  return { ...scenario, warehouse };
}
