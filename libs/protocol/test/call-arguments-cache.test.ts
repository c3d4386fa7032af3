import { describe, expect, it } from 'vitest';
import { validateCallArguments, type ApiFunctionSpec, type ParameterSpec } from '../src/index';

// The compiled check is kept by the parameter list: specs made afresh around one list (as the
// mapper makes them at every call) answer as the first did, and another list is checked by its own.
const fanSpeed: ParameterSpec[] = [{ name: 'speed', type: 'integer', description: 'Fan speed', minimum: 1, maximum: 5 }] as ParameterSpec[];
const mode: ParameterSpec[] = [{ name: 'mode', type: 'enum', description: 'Mode', values: ['heat', 'cool'] }] as ParameterSpec[];
const around = (name: string, parameters: ParameterSpec[]): ApiFunctionSpec => ({ name, description: name, kind: 'action', parameters }) as ApiFunctionSpec;

describe('validateCallArguments with specs made afresh', () => {
  it('answers each fresh spec of one parameter list alike, in range and out of it', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(validateCallArguments(around('set_speed', fanSpeed), { speed: 3 })).toEqual({ ok: true, value: { speed: 3 } });
      const tooFast = validateCallArguments(around('set_speed', fanSpeed), { speed: 9 });
      expect(tooFast.ok).toBe(false);
      if (!tooFast.ok) expect(tooFast.error.code).toBe('E_ARGUMENT_OUT_OF_RANGE');
    }
  });

  it('checks another parameter list by its own schema, and names the function it was given', () => {
    expect(validateCallArguments(around('set_speed', fanSpeed), { speed: 2 }).ok).toBe(true);
    expect(validateCallArguments(around('set_mode', mode), { mode: 'cool' })).toEqual({ ok: true, value: { mode: 'cool' } });
    expect(validateCallArguments(around('set_mode', mode), { speed: 2 }).ok).toBe(false);
    const wrongName = validateCallArguments(around('set_hvac_mode', mode), { mode: 'dry' });
    expect(wrongName.ok).toBe(false);
    if (!wrongName.ok) expect(wrongName.error.message).toContain('set_hvac_mode');
  });
});
