import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { withSilencedThing } from '../src/mapper/silenced-thing';

// A document written for this test: a door intercom whose audio can be muted without changing its volume.
const intercom: DeviceDescription = {
  type: 'door_intercom',
  title: 'Door intercom',
  description: 'A door phone with a speaker and a camera.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['intercom', 'door phone'],
  state: {
    on: { type: 'boolean', description: 'Whether the intercom is switched on.' },
    level: { type: 'integer', description: 'Speaker level.', unit: '%', minimum: 0, maximum: 100 },
    silenced: { type: 'boolean', description: 'Whether the sound is muted.' },
  },
  functions: [
    { name: 'turn_off', description: 'Switches the intercom off.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'louder', description: 'Raises the speaker level by a step.', kind: 'action', parameters: [], effects: [{ key: 'level', increaseBy: 'step' }] },
    { name: 'quieter', description: 'Lowers the speaker level by a step.', kind: 'action', parameters: [], effects: [{ key: 'level', decreaseBy: 'step' }] },
    { name: 'set_silenced', description: 'Mutes or unmutes the audio.', kind: 'action', parameters: [{ name: 'silenced', type: 'boolean', description: 'True to mute, false to unmute.' }], effects: [{ key: 'silenced', parameter: 'silenced' }] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);

describe('the thing a flag silences, said off or back, sets the flag', () => {
  const wordNet = openLexicon().wordNet;
  const document = normaliseApiDocument(intercom);
  const muted = { on: true, level: 40, silenced: true };
  const sounding = { on: true, level: 40, silenced: false };

  it('reads the thing said off, ended or opposed as the flag set', () => {
    expect(withSilencedThing('knock the audio off', document, sounding, wordNet)).toBe('mute the sound');
    expect(withSilencedThing('kill the audio at the door', document, sounding, wordNet)).toBe('mute the sound');
    expect(withSilencedThing('cut the sound on the intercom', document, sounding, wordNet)).toBe('mute the sound');
    expect(withSilencedThing('shush the door phone', document, sounding, wordNet)).toBe('mute the sound');
  });

  it('reads the thing said back, while the flag is set, as the flag cleared', () => {
    expect(withSilencedThing('get the audio back', document, muted, wordNet)).toBe('unmute the sound');
    expect(withSilencedThing('put the sound back on the intercom', document, muted, wordNet)).toBe('unmute the sound');
    expect(withSilencedThing('get the audio back', document, sounding, wordNet)).toBe('get the audio back');
  });

  it('leaves a scale, a number, a second command and a device with no such flag alone', () => {
    expect(withSilencedThing('turn the audio down', document, sounding, wordNet)).toBe('turn the audio down');
    expect(withSilencedThing('quieten the door phone', document, sounding, wordNet)).toBe('quieten the door phone');
    expect(withSilencedThing('turn the audio back up', document, muted, wordNet)).toBe('turn the audio back up');
    expect(withSilencedThing('cut the audio to 10', document, sounding, wordNet)).toBe('cut the audio to 10');
    expect(withSilencedThing('kill the audio and switch the intercom off', document, sounding, wordNet)).toBe('kill the audio and switch the intercom off');
    expect(withSilencedThing('turn the intercom off', document, sounding, wordNet)).toBe('turn the intercom off');
    const light = normaliseApiDocument(getDeviceDescription('light')!);
    expect(withSilencedThing('kill the light', light, { on: true }, wordNet)).toBe('kill the light');
  });
});

describe('a player: the sound said off or back is mute, not volume or standby', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: getDeviceDescription('media_player')! });
  }, 180_000);
  const state = (mutedNow: boolean) => ({ on: true, playback: 'playing', volume: 30, muted: mutedNow, source: 'music', media_title: 'Blue' });

  it('mutes for the sound killed, cut or said off, and unmutes for it brought back', async () => {
    expect(called(await mapper.map('kill the audio on the stereo', state(false)))).toEqual(['set_mute{"muted":true}']);
    expect(called(await mapper.map('cut the sound for a sec', state(false)))).toEqual(['set_mute{"muted":true}']);
    expect(called(await mapper.map('audio off on the soundbar', state(false)))).toEqual(['set_mute{"muted":true}']);
    expect(called(await mapper.map('put the audio back on', state(true)))).toEqual(['set_mute{"muted":false}']);
    expect(called(await mapper.map('turn the sound down a bit', state(false)))).toEqual(['volume_down{}']);
  }, 120_000);
});
