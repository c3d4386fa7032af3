import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMeshmindError } from '@meshmind/protocol';
import {
  PAPER_WIFI_CLIENTS,
  ROBOT_DIALECTS,
  createManualClock,
  createScaledClock,
  createSimulatedSite,
  createWifiNetwork,
  loadScenarioFile,
  loadSiteScenarioFile,
  parseSiteScenario,
  withRobotCount,
  type WarehouseScenario,
} from '../src/index';

const EXAMPLE_WAREHOUSE = fileURLToPath(new URL('../../examples/warehouse.yaml', import.meta.url));
const EXAMPLE_WIFI = fileURLToPath(new URL('../../examples/wifi.yaml', import.meta.url));

const WAREHOUSE = `
kind: warehouse
name: Test warehouse
seed: 3
shelves: { count: 6, slotsPerShelf: 4, vacancyRate: 0.5, contents: [ { shelf: 2, slots: [bolts, ~, tape] } ] }
docks: 1
robots: { count: 3, dialects: [python-en, c-zh] }
`;

function refusal(text: string): string {
  try {
    parseSiteScenario(text, 'examples/broken.yaml');
  } catch (error) {
    expect(isMeshmindError(error), String(error)).toBe(true);
    expect((error as { code: string }).code).toBe('E_SCENARIO_INVALID');
    return (error as Error).message;
  }
  throw new Error('expected the scenario to be refused');
}

function warehouse(text = WAREHOUSE): WarehouseScenario {
  const scenario = parseSiteScenario(text, 'test.yaml');
  if (scenario.kind !== 'warehouse') throw new Error(`expected a warehouse, got ${scenario.kind}`);
  return scenario;
}

describe('warehouse scenarios (kind: warehouse)', () => {
  it('reads the seed, shelves, docks and the vendor mix into the fleet options', () => {
    const scenario = warehouse();
    expect(scenario).toMatchObject({ kind: 'warehouse', name: 'Test warehouse', source: 'test.yaml', timeScale: 10 });
    expect(scenario.warehouse).toEqual({
      seed: 3,
      robots: 3,
      shelves: 6,
      slotsPerShelf: 4,
      vacancyRate: 0.5,
      docks: 1,
      dialects: ['python-en', 'c-zh'],
      shelfContents: [{ shelf: 2, slots: ['bolts', null, 'tape'] }],
    });
  });

  it('builds a world whose shelves hold the listed items, the rest of the slot list vacant', () => {
    const site = createSimulatedSite(warehouse(), { clock: createManualClock() });
    const shelf = site.view().shelves.find((entry) => entry.number === 2)!;
    expect(shelf).toMatchObject({ slots: 4, items: ['bolts', 'tape'], vacantSlots: [2, 4] });
    expect(site.devices.map((device) => [device.id, device.name, device.vendor])).toEqual([
      ['robot-1', 'Robot 1', ROBOT_DIALECTS.find((dialect) => dialect.id === 'python-en')!.vendor],
      ['robot-2', 'Robot 2', ROBOT_DIALECTS.find((dialect) => dialect.id === 'c-zh')!.vendor],
      ['robot-3', 'Robot 3', ROBOT_DIALECTS.find((dialect) => dialect.id === 'python-en')!.vendor],
    ]);
    site.stop();
  });

  it('derives the grid from the shelves, docks and robots, and reports it in the view', () => {
    const site = createSimulatedSite(warehouse(), { clock: createManualClock() });
    const view = site.view();
    expect([view.width, view.height]).toEqual([site.fleet.world.width, site.fleet.world.height]);
    expect(view.docks).toHaveLength(1);
    for (const robot of view.robots) expect(site.fleet.world.robotAt(robot.x, robot.y)).toBe(robot.id);
    const larger = createSimulatedSite(withRobotCount(warehouse(), 40), { clock: createManualClock() });
    expect(larger.view().robots).toHaveLength(40);
    expect(larger.view().height).toBeGreaterThan(view.height);
    site.stop();
    larger.stop();
  });

  it('shows a robot where the world has it after it drove, and signals the change', async () => {
    const clock = createManualClock();
    const site = createSimulatedSite(warehouse(), { clock });
    let changes = 0;
    site.onChange(() => (changes += 1));
    const arrived = site.fleet.world.moveToShelf('robot-1', 6);
    while (site.fleet.world.activeRobots() > 0) clock.advance(100);
    await arrived;
    const robot = site.view().robots[0]!;
    const snapshot = site.fleet.world.robot('robot-1');
    expect(robot).toMatchObject({ x: snapshot.x, y: snapshot.y, atShelf: 6, status: 'idle' });
    expect(changes).toBeGreaterThan(1);
    site.stop();
  });

  it.each([
    ['a missing shelf count', WAREHOUSE.replace('count: 6, ', ''), /shelves .*count/],
    ['no robots', WAREHOUSE.replace('count: 3,', 'count: 0,'), /robots\.count must be >= 1/],
    ['contents for a shelf that does not exist', WAREHOUSE.replace('shelf: 2,', 'shelf: 9,'), /shelves\.contents\[0\]\.shelf 9 is not one of the 6 shelves/],
    ['more contents than slots', WAREHOUSE.replace('[bolts, ~, tape]', '[a, b, c, d, e]'), /shelves\.contents\[0\]\.slots lists 5 slots; a shelf has 4/],
    ['an unknown dialect', WAREHOUSE.replace('c-zh', 'cobol-en'), /robots\.dialects\[1\] "cobol-en" is not a robot dialect/],
    ['more docks than robots', WAREHOUSE.replace('docks: 1', 'docks: 5'), /docks must be an integer from 1 to 3/],
    ['an unknown field', `${WAREHOUSE}aisles: 3\n`, /the top level has unknown field aisles/],
    ['an unknown kind', 'kind: garden\nname: x\n', /kind "garden" is not a kind of scenario \(home, warehouse, network\)/],
  ])('refuses %s with E_SCENARIO_INVALID naming the file and the path', (_label, text, message) => {
    const error = refusal(text);
    expect(error).toMatch(/^examples\/broken\.yaml: /);
    expect(error).toMatch(message);
  });

  it('is refused where a home is needed, and a file without kind is a home', async () => {
    await expect(loadScenarioFile(EXAMPLE_WAREHOUSE)).rejects.toMatchObject({ code: 'E_SCENARIO_INVALID', message: `${EXAMPLE_WAREHOUSE}: is a warehouse scenario; a home scenario is needed here` });
    expect(parseSiteScenario('name: Flat\nareas: []\ndevices: []\n', 'flat.yaml')).toMatchObject({ kind: 'home', name: 'Flat' });
  });
});

describe('examples/warehouse.yaml', () => {
  it('is small: ten robots, one of each vendor dialect, twelve shelves, two docks', async () => {
    const scenario = await loadSiteScenarioFile(EXAMPLE_WAREHOUSE);
    if (scenario.kind !== 'warehouse') throw new Error('not a warehouse');
    const site = createSimulatedSite(scenario, { clock: createManualClock() });
    expect(new Set(site.fleet.robots.map((robot) => robot.dialect))).toEqual(new Set(ROBOT_DIALECTS.map((dialect) => dialect.id)));
    expect(site.view().shelves).toHaveLength(12);
    expect(site.view().docks).toHaveLength(2);
    expect(site.view().shelves[2]!.items).toEqual(['SKU-20301 cardboard boxes', 'SKU-20303 packing tape', 'SKU-20304 nitrile gloves', 'SKU-20306 led bulbs']);
    site.stop();
  });
});

describe('network scenarios (kind: network)', () => {
  it('examples/wifi.yaml is the calibrated testbed of today: the same readings as createWifiNetwork()', async () => {
    const scenario = await loadSiteScenarioFile(EXAMPLE_WIFI);
    if (scenario.kind !== 'network') throw new Error('not a network');
    expect(scenario.network.clients).toEqual(PAPER_WIFI_CLIENTS);
    const site = createSimulatedSite(scenario, { clock: createManualClock() });
    const testbed = createWifiNetwork();
    expect(site.devices.map((device) => device.id)).toEqual(testbed.devices.map((device) => device.id));
    for (const client of site.view().clients) {
      const { id, name, ...reading } = testbed.network.reading(client.id);
      expect(client).toEqual({ id, name, ...reading });
    }
    expect(site.view()).toMatchObject({ accessPoint: { channel24: 6 }, bands: ['2.4GHz', '5GHz'], interferer: { kind: 'microwave', running: false } });
  });

  it('takes the access point, the clients, their bands and the interferer from the file', () => {
    const scenario = parseSiteScenario(
      `kind: network
name: Two rooms
accessPoint: { name: Hall router, channel: 11, ssids: { 2.4GHz: Home, 5GHz: Home-5 } }
clients:
  - { id: tv, name: Television, band: 5GHz, phyRateMbps: { 2.4GHz: 10, 5GHz: 40 }, basePer: { 2.4GHz: 0.01, 5GHz: 0.02 }, microwaveExposure: 0.1 }
interferer: { kind: microwave, running: true }
`,
      'rooms.yaml',
    );
    if (scenario.kind !== 'network') throw new Error('not a network');
    const view = createSimulatedSite(scenario, { clock: createManualClock() }).view();
    expect(view.accessPoint).toMatchObject({ name: 'Hall router', channel24: 11, ssids: [{ band: '2.4GHz', ssid: 'Home' }, { band: '5GHz', ssid: 'Home-5' }] });
    expect(view.clients).toEqual([expect.objectContaining({ id: 'tv', name: 'Television', band: '5GHz', ssid: 'Home-5' })]);
    expect(view.interferer.running).toBe(true);
  });

  it.each([
    ['a client id that is not a topic segment', 'clients:\n  - { id: "a/b", phyRateMbps: { 2.4GHz: 1, 5GHz: 1 }, basePer: { 2.4GHz: 0, 5GHz: 0 }, microwaveExposure: 0 }\n', /clients\[0\]\.id "a\/b" is not a valid id/],
    ['a client on a band that does not exist', 'clients:\n  - { id: c, band: 6GHz, phyRateMbps: { 2.4GHz: 1, 5GHz: 1 }, basePer: { 2.4GHz: 0, 5GHz: 0 }, microwaveExposure: 0 }\n', /clients\/0\/band|clients\[0\]\.band/],
    ['a channel outside 1..13', 'accessPoint: { channel: 14 }\n', /accessPoint\.channel must be <= 13/],
  ])('refuses %s', (_label, body, message) => {
    expect(refusal(`kind: network\nname: Net\n${body}`)).toMatch(message);
  });
});

describe('createScaledClock', () => {
  it('runs simulated time at the scale of wall time', () => {
    const wall = createManualClock(1_000);
    const clock = createScaledClock(10, wall);
    let fired = false;
    clock.setTimeout(() => (fired = true), 1_000);
    wall.advance(99);
    expect(fired).toBe(false);
    wall.advance(1);
    expect(fired).toBe(true);
    expect(clock.now()).toBe(1_000 + 100 * 10);
  });
});
