import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import type { NormalisedFunction } from '@meshmind/rag';
import { settingAnswerFit } from '../src/mapper/setting-question';

// A boiler controller of our own: a flow temperature it is set to and one it measures.
const functions: NormalisedFunction[] = [
  { name: 'set_flow', description: 'Sets the flow temperature.', kind: 'action', parameters: [{ name: 'degrees', type: 'number', description: 'Flow temperature in degrees.' }], effects: [{ key: 'flow_setpoint', parameter: 'degrees' }] },
  { name: 'get_flow_setpoint', description: 'Reads the flow temperature the boiler aims for.', kind: 'query', parameters: [] },
  { name: 'get_flow_measured', description: 'Reads the flow temperature measured at the outlet.', kind: 'query', parameters: [] },
];
const [, setpoint, measured] = functions as [NormalisedFunction, NormalisedFunction, NormalisedFunction];
const read = createRequestReader();

describe('a "what" question that leaves its preposition at the end asks a setting (mapper/setting-question.ts)', () => {
  it('favours the query of a field an action sets', () => {
    for (const request of ['what flow temperature have you got the boiler on?', 'what have we put the boiler up', 'which temperature is the boiler on']) {
      expect(settingAnswerFit(setpoint, read(request), functions)).toBe(0.5);
      expect(settingAnswerFit(measured, read(request), functions)).toBe(-0.5);
    }
  });

  it('says nothing of other questions, of commands, or where no query reads a set field', () => {
    expect(settingAnswerFit(setpoint, read('what is the flow temperature'), functions)).toBe(0);
    expect(settingAnswerFit(measured, read('how hot is the boiler running'), functions)).toBe(0);
    expect(settingAnswerFit(setpoint, read('turn the boiler on'), functions)).toBe(0);
    expect(settingAnswerFit(measured, read('what flow temperature have you got the boiler on?'), [functions[0]!, measured])).toBe(0);
  });
});
