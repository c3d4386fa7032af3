import { describe, expect, it } from 'vitest';
import { normaliseApiDocument } from '../src/api-document';
import { extractArguments } from '../src/arguments/argument-extractor';
import { equativeFactor, equativeStep } from '../src/arguments/scaling-verbs';

// A device written for this test: a desk fan with a speed in percent, set outright or stepped.
const fan = normaliseApiDocument({
  type: 'desk_fan', title: 'Desk fan', description: 'A desk fan.', domain: 'home', version: '1.0.0', nouns: ['fan'],
  state: { speed: { type: 'integer', description: 'Fan speed.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'set_speed', description: 'Sets the speed.', kind: 'action', parameters: [{ name: 'speed', type: 'integer', unit: '%', minimum: 0, maximum: 100 }], effects: [{ key: 'speed', parameter: 'speed' }] },
    { name: 'speed_up', description: 'Raises the speed by a step.', kind: 'action', parameters: [{ name: 'by', type: 'integer', unit: '%', minimum: 1, maximum: 60, required: false, default: 10 }], effects: [{ key: 'speed', increaseBy: 'by' }] },
    { name: 'slow_down', description: 'Lowers the speed by a step.', kind: 'action', parameters: [{ name: 'by', type: 'integer', unit: '%', minimum: 1, maximum: 60, required: false, default: 10 }], effects: [{ key: 'speed', decreaseBy: 'by' }] },
  ],
});
const fn = (name: string) => fan.functions.find((item) => item.name === name)!;
const argumentsOf = (text: string, name: string, speed: number) => {
  const extraction = extractArguments(text, fn(name), { speed });
  return extraction.ok ? extraction.arguments : extraction.reason;
};

describe('equativeFactor: a multiple before "as" and a quality', () => {
  it('reads fractions, multiplicative adverbs and counted times', () => {
    expect(equativeFactor('run it half as fast')).toBe(0.5);
    expect(equativeFactor('a third as strong please')).toBeCloseTo(1 / 3);
    expect(equativeFactor('blow twice as hard')).toBe(2);
    expect(equativeFactor('make it 3 times as quick')).toBe(3);
    expect(equativeFactor('four times as fast')).toBe(4);
  });
  it('reads nothing where no multiple is said', () => {
    expect(equativeFactor('as fast as you can')).toBeUndefined();
    expect(equativeFactor('set it to half')).toBeUndefined();
    expect(equativeFactor('speed it up')).toBeUndefined();
  });
});

describe('a multiple of the level the device is at', () => {
  it('sets the level to the multiple', () => {
    expect(argumentsOf('run it half as fast', 'set_speed', 60)).toEqual({ speed: 30 });
  });
  it('gives a step function the step to the multiple, the way it steps', () => {
    expect(argumentsOf('blow twice as hard', 'speed_up', 25)).toEqual({ by: 25 });
    expect(equativeStep(fn('slow_down'), 'by', 'half as fast', { speed: 40 })).toBe(20);
    expect(equativeStep(fn('speed_up'), 'by', 'half as fast', { speed: 40 })).toBeUndefined();
  });
  it('reads "all the way down" as the bottom of the range', () => {
    expect(argumentsOf('turn the fan all the way down', 'set_speed', 60)).toEqual({ speed: 0 });
    expect(argumentsOf('turn the fan all the way up', 'set_speed', 60)).toEqual({ speed: 100 });
  });
});
