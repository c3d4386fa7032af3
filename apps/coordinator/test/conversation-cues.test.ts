import { describe, expect, it } from 'vitest';
import { readAliasShape, readCorrectionShape } from '../src/conversation-cues';
import { BuiltinPlanner } from '../src/planner/builtin-planner';
import type { PlannerDevice } from '../src/planner/planner';
import { undoPlan } from '../src/undo-steps';
import { LearnedAliases } from '../src/learned-aliases';
import { Store } from '../src/store/store';
import { plannerDevice, type PlannerApi } from './support/planner-devices';

// A small studio of our own: two lamps alike in kind, a fan, a blind and a door lock.
const studio = { id: 'studio', name: 'Studio', aliases: [], floor: null };
const porch = { id: 'porch', name: 'Porch', aliases: [], floor: null };
const lampApi: PlannerApi = [
  ['turn_on', 'action', 'Switches the lamp on.', []],
  ['turn_off', 'action', 'Switches the lamp off.', []],
  ['set_brightness', 'action', 'Dims or brightens the lamp.', ['brightness']],
  ['get_brightness', 'query', 'Reads the current brightness.', []],
];
const blindApi: PlannerApi = [
  ['open_cover', 'action', 'Opens the blind.', []],
  ['close_cover', 'action', 'Closes the blind.', []],
  ['set_position', 'action', 'Moves the blind to a position.', ['position']],
];
const lockApi: PlannerApi = [['lock', 'action', 'Locks the door.', []], ['unlock', 'action', 'Unlocks the door.', []]];
const heaterApi: PlannerApi = [['set_temperature', 'action', 'Sets the target temperature the room should reach.', ['temperature']], ['get_current_temperature', 'query', 'Reads the temperature measured.', []]];


const DEVICES: PlannerDevice[] = [
  plannerDevice('reading_lamp', 'light', 'Reading lamp', studio, ['light', 'lamp'], lampApi),
  plannerDevice('arc_lamp', 'light', 'Arc lamp', studio, ['light', 'lamp'], lampApi, ['tall lamp']),
  plannerDevice('desk_fan', 'fan', 'Desk fan', studio, ['fan'], [['turn_on', 'action', 'Starts the fan.', []], ['turn_off', 'action', 'Stops the fan.', []]]),
  plannerDevice('studio_blind', 'cover', 'Studio blind', studio, ['blind', 'cover'], blindApi),
  plannerDevice('porch_lock', 'lock', 'Porch lock', porch, ['lock'], lockApi),
  plannerDevice('radiator', 'climate', 'Radiator', studio, ['heater', 'thermostat'], heaterApi),
];

const planner = new BuiltinPlanner();
const read = (phrase: string) => planner.readReference(phrase, DEVICES);
const isDevice = (phrase: string) => {
  const reading = read(phrase);
  return reading.deviceIds.length === 1 && !reading.ambiguous && reading.unread.length === 0;
};

describe('reading a correction', () => {
  it.each([
    ['no, I meant the arc lamp', 'the arc lamp', true],
    ['Not that one, the arc lamp', 'the arc lamp', true],
    ['wrong one, I meant the desk fan', 'the desk fan', true],
    ['I said the reading lamp', 'the reading lamp', true],
    ['nope, the arc lamp instead', 'the arc lamp', false],
    ['No! I was talking about the studio blind.', 'the studio blind', true],
    ['oops, i meant the tall lamp please', 'the tall lamp', true],
  ])('%s -> %s', (text, reference, explicit) => {
    expect(readCorrectionShape(text)).toEqual({ reference, explicit });
  });

  it.each(['turn on the arc lamp', 'no', 'what is the brightness of the arc lamp', 'no, turn on the fan instead', 'nothing'])('is not a correction: %s', (text) => {
    expect(readCorrectionShape(text)).toBeNull();
  });

  it('reads the reference with the planner: one device, every word used', () => {
    const reading = read('the arc lamp');
    expect(reading.deviceIds).toEqual(['arc_lamp']);
    expect(reading.unread).toEqual([]);
    expect(read('the purple gadget').deviceIds).toEqual([]);
    expect(read('the lamp').ambiguous).toBe(true);
  });

  it('finds the words a request used for its device, describing words included', () => {
    const reading = read('Turn on the big lamp.');
    expect(reading.tokens.slice(reading.span!.start, reading.span!.end).join(' ')).toBe('big lamp');
    const inPlace = read('switch off the lamp in the studio');
    expect(inPlace.tokens.slice(inPlace.span!.start, inPlace.span!.end).join(' ')).toBe('lamp in the studio');
  });
});

describe('reading an alias request', () => {
  it.each([
    ["call the arc lamp 'the big light'", 'arc lamp', 'big light'],
    ['call the arc lamp the big light', 'arc lamp', 'big light'],
    ['Please name the desk fan breeze maker', 'desk fan', 'breeze maker'],
    ['the porch lock is called the front bolt', 'porch lock', 'front bolt'],
    ['from now on refer to the studio blind as "the shade"', 'studio blind', 'shade'],
    ['we call the radiator the warmer', 'radiator', 'warmer'],
  ])('%s', (text, deviceName, alias) => {
    const shape = readAliasShape(text, isDevice);
    expect(shape).not.toBeNull();
    expect(read(shape!.device).deviceIds).toEqual([DEVICES.find((entry) => entry.name.toLowerCase() === deviceName)!.id]);
    expect(shape!.alias).toBe(alias);
  });

  it.each(['call the plumber tomorrow', 'turn on the arc lamp', 'name three colours', 'call the lamp the big light'])('is not an alias request: %s', (text) => {
    expect(readAliasShape(text, isDevice)).toBeNull();
  });
});

describe('undo sentences from the state before', () => {
  const byId = (id: string) => DEVICES.find((entry) => entry.id === id)!;
  it('switches a lamp back off by the function that leaves it off', () => {
    expect(undoPlan(byId('reading_lamp'), { on: false, brightness: 40 }, { on: true, brightness: 40 })).toEqual({ texts: ['Turn off the Reading lamp.'], unrestorable: [] });
  });
  it('sets a setting back before the state word', () => {
    expect(undoPlan(byId('reading_lamp'), { on: false, brightness: 40 }, { on: true, brightness: 90 }).texts).toEqual(['Set the brightness of the Reading lamp to 40.', 'Turn off the Reading lamp.']);
  });
  it('relocks by the verb whose past is the state', () => {
    expect(undoPlan(byId('porch_lock'), { lock_state: 'locked' }, { lock_state: 'unlocked' }).texts).toEqual(['Lock the Porch lock.']);
    expect(undoPlan(byId('studio_blind'), { cover_state: 'closed', position: 0 }, { cover_state: 'open', position: 100 }).texts).toEqual(['Set the position of the Studio blind to 0.', 'Close the Studio blind.']);
  });
  it('says what it cannot set back (a measured temperature)', () => {
    expect(undoPlan(byId('radiator'), { target_temperature: 19, current_temperature: 18 }, { target_temperature: 23, current_temperature: 18.5 })).toEqual({
      texts: ['Set the target temperature of the Radiator to 19.'],
      unrestorable: ['current_temperature'],
    });
  });
});

describe('learned aliases', () => {
  it('never takes another device its own name, and moves a phrase learned before', () => {
    const store = new Store(':memory:');
    store.open();
    const aliases = new LearnedAliases({ store, clock: () => 1 });
    const taken = aliases.learn({ phrase: 'Tall lamp', deviceId: 'reading_lamp', kind: 'alias', taughtBy: 'x', conversationId: null }, DEVICES);
    expect(taken).toMatchObject({ learned: false, code: 'E_ALIAS_TAKEN' });
    const first = aliases.learn({ phrase: 'the lamp', deviceId: 'reading_lamp', kind: 'correction', taughtBy: 'x', conversationId: null }, DEVICES);
    expect(first).toMatchObject({ learned: true, previousDeviceId: null });
    // Read against the devices as the planner sees them, the learned phrase among the reading lamp's aliases.
    const moved = aliases.learn({ phrase: 'the lamp', deviceId: 'arc_lamp', kind: 'correction', taughtBy: 'y', conversationId: null }, aliases.apply(DEVICES));
    expect(moved).toMatchObject({ learned: true, previousDeviceId: 'reading_lamp' });
    expect(aliases.list()).toHaveLength(1);
    expect(aliases.apply(DEVICES).find((entry) => entry.id === 'arc_lamp')!.aliases).toEqual(['tall lamp', 'the lamp']);
    for (const request of ['unlock the front door', 'stop', 'turn on']) {
      expect(aliases.learn({ phrase: request, deviceId: 'arc_lamp', kind: 'alias', taughtBy: 'z', conversationId: null }, DEVICES)).toMatchObject({ learned: false, code: 'E_CORRECTION_UNCLEAR' });
    }
    expect(aliases.learn({ phrase: 'warm light', deviceId: 'arc_lamp', kind: 'alias', taughtBy: 'z', conversationId: null }, DEVICES)).toMatchObject({ learned: true });
    aliases.remove(aliases.list()[0]!.id);
    expect(() => aliases.remove('nope')).toThrow(expect.objectContaining({ code: 'E_ALIAS_NOT_FOUND' }));
    store.close();
  });
});
