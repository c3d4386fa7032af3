import { describe, expect, it } from 'vitest';
import { sayResult } from '@meshmind/device-agent';
import { getDeviceDescription } from '@meshmind/devices';
import type { SubtaskResult } from '@meshmind/protocol';

/** A done reading of `fn` that returned `value`, with the device's state as the agent reports it. */
function reading(fn: string, value: unknown, state: Record<string, unknown>): SubtaskResult {
  return { deviceId: 'd1', goalId: 'g1', outcome: 'done', message: '', state, calls: [{ function: fn, arguments: {}, result: value }], value } as unknown as SubtaskResult;
}

describe("a two-state sensor's reading is said in its own words", () => {
  const sensor = getDeviceDescription('binary_sensor')!;

  it.each([
    [{ on: false, device_class: 'moisture', on_word: 'flooded', off_word: 'dry' }, false, 'Cellar Floor: dry.'],
    [{ on: true, device_class: 'moisture', on_word: 'flooded', off_word: 'dry' }, true, 'Cellar Floor: flooded.'],
    [{ on: false, device_class: 'gas', on_word: 'gas detected', off_word: 'clear' }, false, 'Cellar Floor: clear.'],
    [{ on: true, device_class: 'problem', on_word: 'fault', off_word: 'ok' }, true, 'Cellar Floor: fault.'],
  ])('%j reading %s says "%s"', (state, value, said) => {
    expect(sayResult('Cellar Floor', sensor, reading('is_on', value, state), [], [])).toBe(said);
  });

  it('keeps the plain reading where the state names no words, or the reading is not true-or-false', () => {
    expect(sayResult('Cellar Floor', sensor, reading('is_on', true, { on: true, device_class: 'problem' }), [], [])).toBe('Cellar Floor: on is yes.');
    expect(sayResult('Cellar Floor', sensor, reading('get_device_class', 'gas', { on: true, device_class: 'gas', on_word: 'gas', off_word: 'clear' }), [], [])).toBe('Cellar Floor: device class is gas.');
    const contact = getDeviceDescription('contact_sensor')!;
    expect(sayResult('Loft Hatch', contact, reading('is_open', false, { open: false, battery: 80 }), [], [])).toBe('Loft Hatch: open is no.');
  });
});
