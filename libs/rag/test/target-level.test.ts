import { describe, expect, it } from 'vitest';
import { normaliseApiDocument } from '@meshmind/rag';
import type { DeviceDescription } from '@meshmind/protocol';
import { levelSetterFor, saysTargetLevel } from '../src/mapper/target-level';

// Documents written for this test: an awning, an amplifier, a kettle with a fixed boil.
function functionsOf(functions: Array<{ name: string; kind?: 'action' | 'query'; parameters?: unknown[]; effects?: unknown[] }>) {
  const description = { type: 'test', title: 'Test device', state: {}, functions: functions.map((fn) => ({ kind: 'action' as const, description: fn.name, parameters: [], ...fn })) } as unknown as DeviceDescription;
  return normaliseApiDocument(description).functions;
}
const percent = (name: string) => ({ name, type: 'integer', description: 'Level.', unit: '%', minimum: 0, maximum: 100 });

const awning = functionsOf([
  { name: 'extend', effects: [{ key: 'extension', value: 100 }] },
  { name: 'retract', effects: [{ key: 'extension', value: 0 }] },
  { name: 'set_extension', parameters: [percent('extension')], effects: [{ key: 'extension', parameter: 'extension' }] },
  { name: 'get_extension', kind: 'query' },
]);
const amplifier = functionsOf([
  { name: 'louder', parameters: [{ ...percent('step'), minimum: 1, maximum: 20 }], effects: [{ key: 'gain', increaseBy: 'step' }] },
  { name: 'quieter', parameters: [{ ...percent('step'), minimum: 1, maximum: 20 }], effects: [{ key: 'gain', decreaseBy: 'step' }] },
  { name: 'set_gain', parameters: [percent('gain')], effects: [{ key: 'gain', parameter: 'gain' }] },
  { name: 'power_on', effects: [{ key: 'on', value: true }] },
]);
const kettle = functionsOf([
  { name: 'boil', effects: [{ key: 'heating', value: true }] },
  { name: 'keep_warm', effects: [{ key: 'heating', value: true }] },
]);
const named = (functions: typeof awning, name: string) => functions.find((fn) => fn.name === name)!;

describe('a level said as the end state', () => {
  it.each(['extend the awning to 60%', 'pull it out to 30 percent', 'turn the amp up to 40', 'set it at 25', 'open it halfway', 'close it a quarter of the way', 'bring it to three quarters'])(
    '"%s" names a level',
    (text) => expect(saysTargetLevel(text)).toBe(true),
  );

  it.each(['max amp', 'the amp to full', 'wind it out all the way', 'fan speed to the lowest', 'minimum gain please'])('"%s" names an end of the scale by a word, a level as a number is', (text) =>
    expect(saysTargetLevel(text)).toBe(true),
  );

  it.each(['turn the amp up by 10', 'extend the awning', 'go to the third shelf', 'cut it by half', 'turn up the amp', 'turn the amp up by the maximum'])('"%s" names none', (text) => expect(saysTargetLevel(text)).toBe(false));
});

describe('the function that sets the level a fixed or stepping function moves', () => {
  it('finds the setter of the state key a fixed end moves (extend -> set_extension)', () => {
    expect(levelSetterFor(named(awning, 'extend'), awning)?.name).toBe('set_extension');
    expect(levelSetterFor(named(awning, 'retract'), awning)?.name).toBe('set_extension');
  });

  it('finds the setter of the key a step changes (louder -> set_gain)', () => {
    expect(levelSetterFor(named(amplifier, 'louder'), amplifier)?.name).toBe('set_gain');
    expect(levelSetterFor(named(amplifier, 'quieter'), amplifier)?.name).toBe('set_gain');
  });

  it('finds none where no function sets that key from a parameter, or for the setter itself', () => {
    expect(levelSetterFor(named(amplifier, 'power_on'), amplifier)).toBeUndefined();
    expect(levelSetterFor(named(kettle, 'boil'), kettle)).toBeUndefined();
    expect(levelSetterFor(named(awning, 'set_extension'), awning)).toBeUndefined();
  });
});
