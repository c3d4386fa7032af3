import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { findFractions, findNumbers } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { meantLevelSetter, movesLevelBy } from '../src/mapper/change-amount';
import { normaliseApiDocument } from '../src/api-document';
import { endwardChangeMarker } from '../src/arguments/end-change';
import type { MapResult } from '../src/mapper/api-mapper-options';

// A motorised roof vent that opens, shuts and stands part of the way, written for this test.
const lexicon = openLexicon();
const aperture = { name: 'aperture', type: 'integer', description: 'Share open; 0 is shut, 50 half open, 100 fully open.', unit: '%', minimum: 0, maximum: 100 } as const;
const vent = {
  type: 'roof_vent',
  title: 'Roof vent',
  nouns: ['roof vent', 'vent'],
  state: { aperture: { type: 'integer', description: 'How far the vent is open.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'open_vent', kind: 'action', parameters: [], description: 'Opens the vent fully.', effects: [{ key: 'aperture', value: 100 }] },
    { name: 'shut_vent', kind: 'action', parameters: [], description: 'Shuts the vent fully.', effects: [{ key: 'aperture', value: 0 }] },
    { name: 'set_aperture', kind: 'action', description: 'Opens the vent to the given share.', parameters: [aperture], effects: [{ key: 'aperture', parameter: 'aperture' }] },
  ],
} as unknown as DeviceDescription;

const calls = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe('a level moved by an amount', () => {
  it('is said by "by" before an amount, or an additive word before a number or a fraction', () => {
    expect(movesLevelBy('shut the vent by 15 percent')).toBe(true);
    expect(movesLevelBy('open it another 5%')).toBe(true);
    expect(movesLevelBy('open the hatch a further third')).toBe(true);
    expect(movesLevelBy('set it to 40%')).toBe(false);
    expect(movesLevelBy('open it for 10 minutes')).toBe(false);
    expect(movesLevelBy('close it by 10 minutes past six')).toBe(false);
  });

  it('reads "another" and "further" before a fraction as one more of it, the fraction after them', () => {
    expect(findFractions('open it another third').map((fraction) => fraction.percent)).toEqual([33.3]);
    expect(findFractions('a further quarter, please')[0]).toMatchObject({ percent: 25, start: 10 });
  });

  it('takes "by" as toward an end only where a word of the request names one of the scale\'s ends', () => {
    const marked = (text: string) => endwardChangeMarker(aperture, text, findNumbers(text)[0]!, lexicon.wordNet);
    expect(marked('shut it by 20%')).toBeDefined();
    expect(marked('move it by 20%')).toBeUndefined();
    expect(marked('shut it to 20%')).toBeUndefined();
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('sets the level it is at moved by the amount, not the whole way', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: vent, selfNoun: 'vent' });
      expect(calls(await mapper.map('shut the vent by 20 percent', { aperture: 70 }))).toEqual(['set_aperture{"aperture":50}']);
      expect(calls(await mapper.map('open the vent by another third', { aperture: 30 }))).not.toEqual(['open_vent{}']);
    });

    it('is not done the whole way where the level it is at is not known', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: vent, selfNoun: 'vent' });
      for (const text of ['shut the vent by 20 percent', 'open the vent a further quarter']) {
        expect((await mapper.map(text)).kind, text).toBe('not_executable');
      }
    });
  });
});

// A headphone amplifier written for this test: a level setter and one step each way, the steps optional.
const headphoneAmp = normaliseApiDocument({
  type: 'headphone_amp', title: 'Headphone amplifier', description: 'A desk amplifier for headphones.', domain: 'home', version: '1.0.0',
  state: { gain: { type: 'integer', description: 'Gain level.', minimum: 0, maximum: 40 } },
  functions: [
    { name: 'set_gain', description: 'Sets the gain to the given level.', kind: 'action', parameters: [{ name: 'gain', type: 'integer', description: 'Target gain.', minimum: 0, maximum: 40 }], effects: [{ key: 'gain', parameter: 'gain' }] },
    { name: 'gain_up', description: 'Raises the gain by a step.', kind: 'action', parameters: [{ name: 'step', type: 'integer', description: 'How much more.', minimum: 1, maximum: 10, required: false, default: 2 }], effects: [{ key: 'gain', increaseBy: 'step' }] },
    { name: 'gain_down', description: 'Lowers the gain by a step.', kind: 'action', parameters: [{ name: 'step', type: 'integer', description: 'How much less.', minimum: 1, maximum: 10, required: false, default: 2 }], effects: [{ key: 'gain', decreaseBy: 'step' }] },
  ],
});

describe('a way said with no level or amount is the step, not the setter guessed from the level', () => {
  const [setGain, gainUp, gainDown] = headphoneAmp.functions;
  it.each([
    ['a notch louder', 'gain_up'],
    ['a touch more gain please', 'gain_up'],
    ['make it a little less loud', 'gain_down'],
  ])('"%s" over set_gain means %s', (text, expected) => expect(meantLevelSetter(text, setGain!, headphoneAmp.functions)?.name).toBe(expected));

  it.each(['gain to 20', 'louder by 4', 'turn it up to 30', 'a bit louder, say 25'])('"%s" says a number: no step is meant over the setter', (text) => {
    expect(meantLevelSetter(text, setGain!, headphoneAmp.functions)?.name).not.toBe('gain_up');
  });

  it('leaves a step ranked first as it is', () => {
    expect(meantLevelSetter('a notch louder', gainUp!, headphoneAmp.functions)).toBeUndefined();
    expect(gainDown!.name).toBe('gain_down');
  });
});
