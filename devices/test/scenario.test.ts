import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMeshmindError } from '@meshmind/protocol';
import { createSimulatedDriver, loadScenarioFile, parseScenario } from '../src/index';

const EXAMPLE_HOME = fileURLToPath(new URL('../../examples/home.yaml', import.meta.url));

const VALID = `
name: Test flat
floors:
  - { id: ground, name: Ground floor, aliases: [downstairs] }
areas:
  - { id: kitchen, name: Kitchen, aliases: [], floor: ground }
  - { id: balcony, name: Balcony }
devices:
  - { id: kitchen_light, type: light, name: Kitchen light, aliases: [ceiling light], area: kitchen, state: { on: false, brightness: 80 } }
  - { id: balcony_plug, type: switch, name: Balcony plug, area: balcony }
  - { id: shopping_list, type: todo_list, name: Shopping list }
`;

/** The valid scenario with one device line replaced, so each invalid case differs in one place. */
function withDevice(line: string): string {
  return VALID.replace('  - { id: balcony_plug, type: switch, name: Balcony plug, area: balcony }', line);
}

function scenarioError(text: string): { code: string; message: string } {
  try {
    parseScenario(text, 'examples/broken.yaml');
  } catch (error) {
    expect(isMeshmindError(error), String(error)).toBe(true);
    return error as { code: string; message: string };
  }
  throw new Error('expected the scenario to be refused');
}

describe('parseScenario', () => {
  it('resolves every device to its area and floor and fills in default state', () => {
    const scenario = parseScenario(VALID, 'test.yaml');
    expect(scenario.name).toBe('Test flat');
    expect(scenario.source).toBe('test.yaml');
    expect(scenario.floors).toEqual([{ id: 'ground', name: 'Ground floor', aliases: ['downstairs'] }]);
    const [light, plug, list] = scenario.devices;
    expect(light).toEqual({
      id: 'kitchen_light',
      type: 'light',
      name: 'Kitchen light',
      aliases: ['ceiling light'],
      area: { id: 'kitchen', name: 'Kitchen', aliases: [], floor: { id: 'ground', name: 'Ground floor', aliases: ['downstairs'] } },
      state: { on: false, brightness: 80, color: 'white', color_temperature: 2700 },
    });
    expect(plug?.area).toEqual({ id: 'balcony', name: 'Balcony', aliases: [], floor: null });
    expect(list?.area).toBeNull();
  });

  it('gives a state a simulated driver accepts as its initial state', () => {
    const scenario = parseScenario(VALID, 'test.yaml');
    for (const device of scenario.devices) {
      expect(createSimulatedDriver(device.type, { initialState: device.state }).getState()).toEqual(device.state);
    }
  });

  it.each([
    ['malformed YAML', 'name: [unclosed\ndevices: 3', /examples\/broken\.yaml: malformed YAML \(line \d+, column \d+\)/],
    ['an empty file', '', /examples\/broken\.yaml: file is empty/],
    ['a list at the top level', '- a\n- b', /examples\/broken\.yaml: the top level/],
    ['a missing name', VALID.replace('name: Test flat\n', ''), /examples\/broken\.yaml: the top level .*name/],
    ['an unknown field', withDevice('  - { id: plug, type: switch, name: Plug, room: kitchen }'), /devices\[1\] has unknown field room/],
    ['an unknown area', withDevice('  - { id: plug, type: switch, name: Plug, area: kitchn }'), /examples\/broken\.yaml: devices\[1\]\.area "kitchn" is not a defined area \(areas: kitchen, balcony\)/],
    ['an unknown type', withDevice('  - { id: toaster, type: toaster, name: Toaster }'), /devices\[1\]\.type "toaster" is not a known device type/],
    ['a duplicate device id', withDevice('  - { id: kitchen_light, type: switch, name: Plug }'), /devices\[1\]\.id "kitchen_light" is used twice/],
    ['a device id with a slash', withDevice('  - { id: a/b, type: switch, name: Plug }'), /devices\[1\]\.id "a\/b" is not a valid id/],
    ['a device id with a wildcard', withDevice('  - { id: "plug+", type: switch, name: Plug }'), /devices\[1\]\.id "plug\+" is not a valid id/],
    ['an unknown floor', VALID.replace('floor: ground', 'floor: attic'), /areas\[0\]\.floor "attic" is not a defined floor/],
    ['a duplicate area id', VALID.replace('id: balcony, name: Balcony', 'id: kitchen, name: Balcony'), /areas\[1\]\.id "kitchen" is used twice/],
    ['a state field the type lacks', withDevice('  - { id: plug, type: switch, name: Plug, state: { brightness: 50 } }'), /devices\[1\]\.state \(plug, a switch\): brightness is not a state field of switch/],
    ['a state value of the wrong type', withDevice('  - { id: plug, type: switch, name: Plug, state: { on: "yes" } }'), /devices\[1\]\.state .*on must be true or false/],
    ['a state value out of range', withDevice('  - { id: lamp, type: light, name: Lamp, state: { brightness: 250 } }'), /brightness must be at most 100 %/],
    ['a state enum value that does not exist', withDevice('  - { id: door, type: lock, name: Door, state: { lock_state: open } }'), /lock_state must be one of locked, unlocked, jammed/],
    ['a duplicate YAML key', 'name: a\nname: b\nareas: []\ndevices: []', /malformed YAML/],
  ])('refuses %s with E_SCENARIO_INVALID naming the file and the path', (_label, text, message) => {
    const error = scenarioError(text);
    expect(error.code).toBe('E_SCENARIO_INVALID');
    expect(error.message).toMatch(message);
  });

  it.each([
    ['an escape sequence in a device name', withDevice('  - { id: plug, type: switch, name: "Plug\\e]0;owned\\a" }'), 'devices[1].name'],
    ['an 8-bit CSI in a device alias', withDevice('  - { id: plug, type: switch, name: Plug, aliases: [ok, "socket\\x9b2J"] }'), 'devices[1].aliases[1]'],
    ['a bidi override in an area name', VALID.replace('name: Balcony', 'name: "Balcony\\u202E"'), 'areas[1].name'],
    ['a backspace in an area alias', VALID.replace('aliases: [], floor: ground', 'aliases: ["cook\\bing"], floor: ground'), 'areas[0].aliases[0]'],
    ['a line break in a floor name', VALID.replace('name: Ground floor', 'name: "Ground\\nfloor"'), 'floors[0].name'],
    ['a bell in a floor alias', VALID.replace('aliases: [downstairs]', 'aliases: ["down\\astairs"]'), 'floors[0].aliases[0]'],
  ])('refuses %s with E_SCENARIO_INVALID naming the path', (_label, text, path) => {
    const error = scenarioError(text);
    expect(error.code).toBe('E_SCENARIO_INVALID');
    expect(error.message).toBe(`examples/broken.yaml: ${path} contains control characters (escape sequences, line breaks, bidi overrides), which names may not`);
  });

  it('does not expand a billion-laughs alias bomb', () => {
    const bomb = ['name: x', 'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]', ...Array.from({ length: 9 }, (_, index) => {
      const previous = index === 0 ? 'a' : `l${index - 1}`;
      return `l${index}: &l${index} [*${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}]`;
    })].join('\n');
    expect(scenarioError(bomb)).toMatchObject({ code: 'E_SCENARIO_INVALID', message: expect.stringMatching(/cannot read YAML: Excessive alias count/) });
  });
});

describe('loadScenarioFile', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'meshmind-scenario-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('reads a file and names it as the source', async () => {
    const path = join(directory, 'flat.yaml');
    await writeFile(path, VALID);
    const scenario = await loadScenarioFile(path);
    expect(scenario.source).toBe(path);
    expect(scenario.devices).toHaveLength(3);
  });

  it('refuses a missing file with E_SCENARIO_INVALID', async () => {
    const path = join(directory, 'missing.yaml');
    await expect(loadScenarioFile(path)).rejects.toMatchObject({ code: 'E_SCENARIO_INVALID', message: `${path}: cannot read the file (ENOENT)` });
  });

  it('names the file in errors from its content', async () => {
    const path = join(directory, 'broken.yaml');
    await writeFile(path, withDevice('  - { id: plug, type: switch, name: Plug, area: kitchn }'));
    await expect(loadScenarioFile(path)).rejects.toMatchObject({ code: 'E_SCENARIO_INVALID', message: expect.stringContaining(`${path}: devices[1].area "kitchn"`) });
  });
});

describe('examples/home.yaml', () => {
  it('loads a two-floor home with at least 25 devices in at least 6 areas', async () => {
    const home = await loadScenarioFile(EXAMPLE_HOME);
    expect(home.floors.map((floor) => floor.id)).toEqual(['ground', 'upstairs']);
    expect(home.areas.length).toBeGreaterThanOrEqual(6);
    expect(home.devices.length).toBeGreaterThanOrEqual(25);
    expect(home.devices.every((device) => device.area?.floor)).toBe(true);
  });

  it('has several living room lights and the devices the demo goals talk about', async () => {
    const home = await loadScenarioFile(EXAMPLE_HOME);
    const livingRoomLights = home.devices.filter((device) => device.type === 'light' && device.area?.id === 'living_room');
    expect(livingRoomLights.length).toBeGreaterThan(1);
    const types = new Set(home.devices.map((device) => device.type));
    for (const type of ['cover', 'garage_door', 'lock', 'climate', 'media_player', 'vacuum', 'valve', 'fan', 'switch', 'todo_list', 'temperature_sensor', 'humidity_sensor', 'motion_sensor', 'contact_sensor']) {
      expect(types, type).toContain(type);
    }
  });
});
