import Type, { type Static } from 'typebox';

/*
 * The ground truth of a simulated site, as GET /api/world serves it and the `world` server-sent
 * event carries it: what the simulator knows, not what agents reported. The web console draws it;
 * `meshmind run --json` prints it beside the replies so answers can be checked against it.
 */

const Cell = Type.Object({ x: Type.Integer({ minimum: 0 }), y: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });

export const WarehouseShelfViewSchema = Type.Object(
  {
    number: Type.Integer({ minimum: 1, description: 'The shelf number robots are sent to (move_to_shelf).' }),
    x: Type.Integer({ minimum: 0 }),
    y: Type.Integer({ minimum: 0 }),
    slots: Type.Integer({ minimum: 1, description: 'Slots on the shelf.' }),
    vacantSlots: Type.Array(Type.Integer({ minimum: 1 }), { description: 'Slot numbers with nothing in them, ascending.' }),
    items: Type.Array(Type.String(), { description: 'Labels of what lies on the shelf, in slot order.' }),
  },
  { additionalProperties: false },
);

export const WarehouseRobotViewSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    vendor: Type.String(),
    dialect: Type.String({ description: 'The API dialect the robot speaks (one of the ten vendor dialects).' }),
    x: Type.Number({ description: 'Position in metres (1 m per cell).' }),
    y: Type.Number(),
    battery: Type.Number({ minimum: 0, maximum: 100, description: 'Percent.' }),
    status: Type.String({ description: 'idle, moving, charging, emergency_stopped or battery_empty.' }),
    atShelf: Type.Integer({ minimum: 0, description: 'Shelf the robot stands at (0: none).' }),
    docked: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const WarehouseWorldViewSchema = Type.Object(
  {
    kind: Type.Literal('warehouse'),
    name: Type.String(),
    seed: Type.Number(),
    timeScale: Type.Number({ exclusiveMinimum: 0, description: 'Simulated seconds per wall-clock second.' }),
    width: Type.Integer({ minimum: 1, description: 'Grid width in 1 m cells, derived from the shelves, docks and robots.' }),
    height: Type.Integer({ minimum: 1 }),
    docks: Type.Array(Cell),
    shelves: Type.Array(WarehouseShelfViewSchema),
    robots: Type.Array(WarehouseRobotViewSchema),
  },
  { additionalProperties: false, description: 'A simulated warehouse: grid, docks, shelves with their contents, robots.' },
);
export type WarehouseWorldView = Static<typeof WarehouseWorldViewSchema>;

export const WIFI_BAND_NAMES = ['2.4GHz', '5GHz'] as const;
const Band = Type.Union([Type.Literal('2.4GHz'), Type.Literal('5GHz')]);

export const NetworkClientViewSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    associated: Type.Boolean(),
    band: Band,
    ssid: Type.String(),
    logCwMin: Type.Integer(),
    logCwMax: Type.Integer(),
    packetErrorRate: Type.Number({ minimum: 0, maximum: 100, description: 'Percent of frames lost, as measured now.' }),
    goodputMbps: Type.Number({ minimum: 0, description: 'What the client gets through now, Mbit/s.' }),
    uploading: Type.Boolean(),
    lastUploadSeconds: Type.Number({ minimum: 0 }),
  },
  { additionalProperties: false },
);

export const NetworkWorldViewSchema = Type.Object(
  {
    kind: Type.Literal('network'),
    name: Type.String(),
    timeScale: Type.Number({ exclusiveMinimum: 0 }),
    accessPoint: Type.Object(
      {
        id: Type.String(),
        name: Type.String(),
        channel24: Type.Integer({ minimum: 1, maximum: 13, description: 'The 2.4 GHz channel.' }),
        ssids: Type.Array(Type.Object({ band: Band, ssid: Type.String() }, { additionalProperties: false })),
      },
      { additionalProperties: false },
    ),
    bands: Type.Array(Band),
    clients: Type.Array(NetworkClientViewSchema),
    interferer: Type.Object(
      {
        id: Type.String(),
        name: Type.String(),
        kind: Type.Literal('microwave'),
        running: Type.Boolean({ description: 'A running oven raises the packet error rate of 2.4 GHz clients near it.' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, description: 'A simulated WiFi network: access point, bands, clients with their measured link, the interferer.' },
);
export type NetworkWorldView = Static<typeof NetworkWorldViewSchema>;

export const WorldViewSchema = Type.Union([WarehouseWorldViewSchema, NetworkWorldViewSchema], { description: "The simulator's ground truth of the site." });
export type WorldView = Static<typeof WorldViewSchema>;

export const WorldEventSchema = Type.Object(
  { event: Type.Literal('world'), data: WorldViewSchema },
  { description: 'The simulated site changed (robots moved, a client changed band); sent at most a few times a second, and once after the snapshot.' },
);
