import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { readRequest } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { unitNotHeld } from '../src/mapper/unit-not-held';

// Three devices written for this test: a pond pump with a run timer, a towel rail that only switches,
// and a speaker whose volume is a share.
const pump: DeviceDescription = {
  type: 'pond_pump', title: 'Pond pump', description: 'A pump that runs the pond fountain.', domain: 'home', version: '1.0.0',
  nouns: ['pump', 'fountain'],
  state: { running: { type: 'boolean', description: 'Whether the pump runs.' } },
  functions: [
    { name: 'run_pump', description: 'Starts the pump, optionally stopping it after the given number of minutes.', kind: 'action', parameters: [{ name: 'minutes', type: 'integer', description: 'Stop after this long.', unit: 'min', minimum: 1, maximum: 120, required: false }] },
    { name: 'stop_pump', description: 'Stops the pump.', kind: 'action', parameters: [] },
  ],
};
const rail: DeviceDescription = {
  type: 'towel_rail', title: 'Towel rail', description: 'An electric towel rail in the bathroom.', domain: 'home', version: '1.0.0',
  nouns: ['towel rail', 'rail'],
  state: { on: { type: 'boolean', description: 'Whether the rail heats.' } },
  functions: [
    { name: 'switch_on', description: 'Switches the towel rail on so it warms the towels.', kind: 'action', parameters: [] },
    { name: 'switch_off', description: 'Switches the towel rail off.', kind: 'action', parameters: [] },
  ],
};
const speaker: DeviceDescription = {
  type: 'kitchen_speaker', title: 'Kitchen speaker', description: 'A speaker that plays the radio in the kitchen.', domain: 'home', version: '1.0.0',
  nouns: ['speaker', 'radio'],
  state: { volume: { type: 'integer', description: 'Volume.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'set_volume', description: 'Sets the volume to the given level.', kind: 'action', parameters: [{ name: 'volume', type: 'integer', description: 'Volume level.', unit: '%', minimum: 0, maximum: 100 }] },
    { name: 'play_radio', description: 'Plays the radio.', kind: 'action', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);

describe('an amount said in a unit that no parameter of the call holds is declined', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    for (const [name, document] of [['pump', pump], ['rail', rail], ['speaker', speaker]] as const) mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
  }, 60_000);

  it('runs the pump for the minutes said: its parameter holds them', async () => {
    expect(called(await mappers.get('pump')!.map('run the pump for 20 minutes'))).toEqual(['run_pump{"minutes":20}']);
    expect(called(await mappers.get('pump')!.map('start the fountain for 2 hours'))).toEqual(['run_pump{"minutes":120}']);
  });

  it('declines a duration asked of a device with no timer, naming it', async () => {
    for (const request of ['turn the towel rail on for 30 minutes', 'leave the rail on for 90 min, please', 'put the towel rail on for 45 mins']) {
      const result = await mappers.get('rail')!.map(request);
      expect(result.kind, request).toBe('not_executable');
    }
    const result = await mappers.get('rail')!.map('turn the towel rail on for 30 minutes');
    expect(result.kind === 'not_executable' && result.reason).toContain('30 minutes');
  });

  it('declines "min" after a number as minutes, not as the lowest volume', async () => {
    expect(called(await mappers.get('speaker')!.map('set a sleep timer for 30 min'))).toBe('not_executable');
    expect(called(await mappers.get('speaker')!.map('play the radio for 15 minutes'))).toBe('not_executable');
  });

  it('keeps a level in the unit the parameter takes, and a bare number', async () => {
    expect(called(await mappers.get('speaker')!.map('set the volume to 30%'))).toEqual(['set_volume{"volume":30}']);
    expect(called(await mappers.get('speaker')!.map('volume to 40 please'))).toEqual(['set_volume{"volume":40}']);
    // "in" (WordNet: inch) and "on" after the number begin a place, not a unit.
    expect(called(await mappers.get('speaker')!.map('set the volume to 60 in the kitchen'))).toEqual(['set_volume{"volume":60}']);
    expect(called(await mappers.get('speaker')!.map('put the volume at 25 on the speaker'))).toEqual(['set_volume{"volume":25}']);
  });

  it('declines a number in a unit of measurement no parameter names', async () => {
    const result = await mappers.get('speaker')!.map('set the volume to 40 litres');
    expect(result.kind).toBe('not_executable');
  });

  it('declines a counted amount asked of a call with no number to hold it, naming it', async () => {
    for (const request of ['set the towel rail to two towels', 'put the rail at 3 bars please', 'turn the towel rail to four settings']) {
      const result = await mappers.get('rail')!.map(request);
      expect(result.kind, request).toBe('not_executable');
    }
    const result = await mappers.get('rail')!.map('switch the towel rail on at 2 towels');
    expect(result.kind === 'not_executable' && result.reason).toContain('2 towels');
  });

  it('keeps a counted amount where the call takes a number, and a number with no thing counted', async () => {
    expect(called(await mappers.get('speaker')!.map('set the volume to 30 notches'))).toEqual(['set_volume{"volume":30}']);
    expect(called(await mappers.get('rail')!.map('switch the towel rail on'))).toEqual(['switch_on{}']);
  });
});

describe('a span of time after an adverb of direction', () => {
  // A podcast player of this test's own: it steps between episodes and has no seek.
  const episodes = new Map([['next_episode', { name: 'next_episode', description: 'Skips to the next episode.', kind: 'action' as const, parameters: [] }], ['last_episode', { name: 'last_episode', description: 'Goes back to the episode before.', kind: 'action' as const, parameters: [] }]]);
  const stepped = (name: string): MapResult => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 1, margin: 1 }], candidates: [], ranking: [] });
  it('is no episode step: "jump back 15 seconds", "skip forward two minutes"', () => {
    expect(unitNotHeld(stepped('last_episode'), readRequest('jump back 15 seconds'), episodes)).toBe('15 seconds');
    expect(unitNotHeld(stepped('next_episode'), readRequest('skip forward two minutes'), episodes)).toBe('two minutes');
  });
  it('leaves a count of episodes after the adverb alone', () => {
    expect(unitNotHeld(stepped('last_episode'), readRequest('go back one episode'), episodes)).toBeUndefined();
  });
});
