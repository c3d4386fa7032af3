import { describe, expect, it } from 'vitest';
import { describeConfirmation } from '@meshmind/device-agent';
import { getDeviceDescription } from '@meshmind/devices';

const fn = (type: string, name: string) => getDeviceDescription(type)!.functions.find((candidate) => candidate.name === name)!;
const IDENTIFIER = /\b[a-z]+_[a-z_]+\b/;

describe('describeConfirmation: a sensitive action in words (#17 class 11)', () => {
  it('says the verb of the description and the device by its name', () => {
    const nouns = (type: string) => [type.replace(/_/g, ' '), ...getDeviceDescription(type)!.nouns];
    expect(describeConfirmation('Carport door', fn('garage_door', 'open_door'), 'open_door', {}, nouns('garage_door'))).toBe('open the Carport door');
    expect(describeConfirmation('Side gate lock', fn('lock', 'unlock'), 'unlock', {}, nouns('lock'))).toBe('unlock the Side gate lock');
    expect(describeConfirmation('The cellar hatch lock', fn('lock', 'unlock'), 'unlock', {}, nouns('lock'))).toBe('unlock The cellar hatch lock');
  });

  it('keeps the part of the device the action is about, not only its verb', () => {
    const release = { name: 'release_emergency_stop', description: 'Releases the emergency stop so that the drive motors get power again.', parameters: [], sensitive: true };
    expect(describeConfirmation('Robot 5', release as never, 'release_emergency_stop', {}, ['robot'])).toBe('release the emergency stop of the Robot 5');
    const purge = { name: 'purge', description: 'Flushes the dosing pump to clean it.', parameters: [], sensitive: true };
    expect(describeConfirmation('Pool', purge as never, 'purge', {}, ['pool controller'])).toBe('flush the dosing pump of the Pool');
  });

  it('never says an identifier, even without a description to read the verb from', () => {
    const bare = { ...fn('garage_door', 'open_door'), description: 'garage opener control' };
    const said = describeConfirmation('Barn door', bare, 'open_door', { hold_mode: 'stay_open' });
    expect(said).toBe('open door on the Barn door (hold mode stay open)');
    expect(said).not.toMatch(IDENTIFIER);
  });
});
