import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import type { MapResult } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { timeAsked } from '../src/mapper/time-asked';

// A kiln of my own: it reads its temperature, tells the minutes left of a firing, and starts one.
const read = createRequestReader();
const functions: NormalisedFunction[] = [
  { name: 'kiln_temperature', description: 'Reads the kiln temperature in degrees.', parameters: [] },
  { name: 'firing_minutes_left', description: 'Tells how many minutes of the firing are left.', parameters: [] },
  { name: 'start_firing', description: 'Starts a firing.', parameters: [] },
  { name: 'element_wear', description: 'Reads the remaining life of the heating element as a percentage.', parameters: [], returns: 'Remaining life in percent.' },
  { name: 'is_door_open', description: 'Reports whether the kiln door is open.', parameters: [], returns: 'True when open, false when closed.', returnType: 'boolean' },
  { name: 'glaze_seconds_remaining', description: 'Reads the seconds remaining of the glaze hold.', parameters: [] },
  { name: 'last_fault', description: 'Reads the cause of the last shutdown.', parameters: [] },
  { name: 'OpenVent', description: 'OpenVent opens the kiln vent.', parameters: [], returns: 'error' },
];
const byName = new Map(functions.map((fn) => [fn.name, fn]));
const calling = (name: string) => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const asked = (text: string, name: string) => timeAsked(calling(name), read(text), byName, 'kiln');

describe('a question for a time', () => {
  it('is declined where the call tells no time', () => {
    expect(asked('how long until the kiln is hot?', 'kiln_temperature')).toContain('asks for a time');
    expect(asked('When will it be at 900 degrees?', 'kiln_temperature')).toBeDefined();
    expect(asked('how soon can I open it?', 'kiln_temperature')).toBeDefined();
  });

  it('lets a call that tells a time, a question of another kind and a command stand', () => {
    expect(asked('how long until the firing ends?', 'firing_minutes_left')).toBeUndefined();
    expect(asked('how hot is the kiln?', 'kiln_temperature')).toBeUndefined();
    expect(asked('start a firing', 'start_firing')).toBeUndefined();
  });

  it('opens with "since when" too, and a remaining share is no time', () => {
    expect(asked('since when has the kiln been this hot?', 'kiln_temperature')).toBeDefined();
    expect(asked('how long has the element been worn?', 'element_wear')).toBeDefined();
    expect(asked('how long is the glaze hold still on?', 'glaze_seconds_remaining')).toBeUndefined();
    // A yes or no tells no time, though its note says "when".
    expect(asked('since when has the kiln door been open', 'is_door_open')).toBeDefined();
  });
});

describe('a question for a reason', () => {
  it('is declined where the call tells no cause, an action as well as a reading', () => {
    expect(asked('why is the kiln so hot?', 'kiln_temperature')).toContain('asks for a reason');
    expect(asked('how come the door is open?', 'is_door_open')).toBeDefined();
    // A Go return of "error" says the call may fail, not why anything is so.
    expect(asked('why do you keep opening the vent?', 'OpenVent')).toBeDefined();
  });

  it('lets a call that tells a cause, a suggestion and a guess asked after stand', () => {
    expect(asked('why did the kiln shut down?', 'last_fault')).toBeUndefined();
    expect(asked("why don't you open the vent?", 'OpenVent')).toBeUndefined();
    expect(asked('why not open the vent?', 'OpenVent')).toBeUndefined();
    expect(asked('why is it so hot, is the door open?', 'is_door_open')).toBeUndefined();
    expect(asked('why is it so stuffy, open the vent', 'OpenVent')).toBeUndefined();
    expect(asked('why is it hot? open the vent', 'OpenVent')).toBeUndefined();
  });
});
