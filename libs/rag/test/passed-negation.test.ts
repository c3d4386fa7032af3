import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { deedPassedOn } from '../src/mapper/passed-negation';

// A greenhouse vent and a heat lamp written for this test: a forbidding of a deed whose verb only lets it happen, or
// whose particle says the change, is a forbidding of the device's deed.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const vent = {
  type: 'greenhouse_vent',
  title: 'Greenhouse roof vent',
  nouns: ['vent', 'roof vent', 'window'],
  state: { vent_state: { type: 'enum', description: 'Whether the vent is open or shut.', values: ['open', 'shut'] } },
  functions: [
    { name: 'open_vent', kind: 'action', parameters: [], description: 'Opens the greenhouse vent so warm air escapes.', effects: [{ key: 'vent_state', value: 'open' }] },
    { name: 'shut_vent', kind: 'action', parameters: [], description: 'Shuts the greenhouse vent.', effects: [{ key: 'vent_state', value: 'shut' }] },
    { name: 'vent_state', kind: 'query', parameters: [], description: 'Reports whether the vent is open or shut.', returns: { type: 'enum', description: 'open or shut' } },
  ],
} as unknown as DeviceDescription;

const heatLamp = {
  type: 'heat_lamp',
  title: 'Heat lamp',
  nouns: ['heat lamp', 'lamp', 'heater'],
  state: { on: { type: 'boolean', description: 'Whether the lamp is heating.' } },
  functions: [
    { name: 'switch_on', kind: 'action', parameters: [], description: 'Switches the heat lamp on.', effects: [{ key: 'on', value: true }] },
    { name: 'switch_off', kind: 'action', parameters: [], description: 'Switches the heat lamp off.', effects: [{ key: 'on', value: false }] },
  ],
} as unknown as DeviceDescription;

describe('a forbidden deed passed on to the device', () => {
  it('passes on a deed that a letting verb lets happen', () => {
    expect(deedPassedOn('let the vent shut', wordNet)).toBe(true);
    expect(deedPassedOn('make the heater hotter', wordNet)).toBe(true);
    expect(deedPassedOn('let', wordNet)).toBe(false);
  });

  it('passes on a deed whose particle is one end of an opposition of particles', () => {
    expect(deedPassedOn('crank the heater up', wordNet)).toBe(true);
    expect(deedPassedOn('knock off the heat lamp', wordNet)).toBe(true);
    expect(deedPassedOn('wind the vent down', wordNet)).toBe(true);
  });

  it('keeps the negation on the first verb where a second verb phrase follows or no particle is opposed', () => {
    expect(deedPassedOn('forget to turn the heater off', wordNet)).toBe(false);
    expect(deedPassedOn('stop and switch it off', wordNet)).toBe(false);
    expect(deedPassedOn('check out the vent', wordNet)).toBe(false);
    expect(deedPassedOn('worry about the vent', wordNet)).toBe(false);
    expect(deedPassedOn('worry, I will switch the heater off', wordNet)).toBe(false);
    expect(deedPassedOn('crank the heater up', undefined)).toBe(false);
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('declines a forbidding of what the device is let or told by a particle to do', async () => {
      const roof = await createApiMapper({ embedder, lexicon, document: vent, selfNoun: 'vent' });
      for (const text of ["don't let the vent shut", 'please never let the roof vent open']) {
        const result = await roof.map(text);
        expect(result.kind, text).toBe('not_executable');
      }
      const lamp = await createApiMapper({ embedder, lexicon, document: heatLamp, selfNoun: 'lamp' });
      const result = await lamp.map("don't knock the heat lamp off");
      expect(result.kind).toBe('not_executable');
      if (result.kind === 'not_executable') expect(result.reason).toMatch(/not to knock/);
    });

    it('still does the deed of a negation that is another verb\'s', async () => {
      const roof = await createApiMapper({ embedder, lexicon, document: vent, selfNoun: 'vent' });
      const result = await roof.map("don't forget to shut the vent");
      expect(result.kind === 'call' ? result.calls.map((call) => call.function) : []).toEqual(['shut_vent']);
    });
  });
});
