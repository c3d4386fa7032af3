import { beforeAll, describe, expect, it } from 'vitest';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { withOwnStateWordsRead } from '../src/state-words';

// Two-state sensors of our own, each naming its states in its own words.
const cellar = { on: false, device_class: 'moisture', on_word: 'flooded', off_word: 'dry' };
const bellPush = { on: true, device_class: 'problem', on_word: 'pressed', off_word: 'released' };
const boiler = { on: false, device_class: 'running', on_word: 'firing', off_word: 'not firing' };
const gas = { on: false, device_class: 'gas', on_word: 'gas', off_word: 'clear' };

describe("a question in a two-state sensor's own word for a state", () => {
  it.each([
    ['is the cellar flooded?', cellar, 'is the cellar on?'],
    ['Is the cellar floor dry?', cellar, 'Is the cellar floor off?'],
    ['has the bell push been pressed', bellPush, 'has the bell push been on'],
    ['is the boiler not firing again?', boiler, 'is the boiler off again?'],
    ['Is the boiler Firing?', boiler, 'Is the boiler on?'],
  ])('"%s" asks whether it is in that state', (text, state, read) => {
    expect(withOwnStateWordsRead(text, state)).toBe(read);
  });

  it('keeps a word that names something else the device reports, a word inside another, and a device with no words', () => {
    expect(withOwnStateWordsRead('what gas does it detect?', gas)).toBe('what gas does it detect?');
    expect(withOwnStateWordsRead('is the drying rack full?', cellar)).toBe('is the drying rack full?');
    expect(withOwnStateWordsRead('is the cellar flooded?', { on: false })).toBe('is the cellar flooded?');
    expect(withOwnStateWordsRead('is the cellar flooded?', undefined)).toBe('is the cellar flooded?');
  });
});

describe('read so, the sensor answers whether it is in that state, not what it detects', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: getDeviceDescription('binary_sensor')! });
  });

  it.each([
    ['is the cellar floor flooded?', cellar],
    ['has the bell push been pressed', bellPush],
    ['Is the boiler firing?', boiler],
  ])('"%s"', async (text, state) => {
    const result = await mapper.map(withOwnStateWordsRead(text, state), state);
    expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind).toEqual(['is_on']);
  });
});
