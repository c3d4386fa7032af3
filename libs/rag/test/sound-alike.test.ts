import { beforeAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiDocument, type ApiMapper, type MapResult } from '@meshmind/rag';
import type { WordNet } from '@meshmind/language';
import { withSoundAlikesRead } from '../src/mapper/sound-alike';

// A vendor document written for this test: a courier robot's locker banks. Not a dialect of the evals.
const lockers: ApiDocument = [
  { name: 'drive_to_bank', input_argument: ['bank'], input_type: ['int'], output: 'bool', notes: 'Drives the courier robot to the locker bank with the given number.', programming_language: 'Python' },
  { name: 'read_parcel_codes', input_argument: ['bank'], input_type: ['int'], output: 'list[str]', notes: 'Reads the codes of the parcels kept in a bank.', programming_language: 'Python' },
  { name: 'set_drive_speed', input_argument: ['speed'], input_type: ['float'], output: 'bool', notes: 'Sets the driving speed in metres per second.', programming_language: 'Python' },
];

const lexicon = openLexicon({ enabled: true });
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = (text: string) => withSoundAlikesRead(text, wordNet);
const calls = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : []);

describe('"to" and "and" typed as words that sound like them (mapper/sound-alike.ts)', () => {
  it.skipIf(!wordNet)('reads "too" before a number or a determiner as "to"', () => {
    expect(read('set the speed too 0.5')).toBe('set the speed to 0.5');
    expect(read('put soap too the list')).toBe('put soap to the list');
    expect(read('drive too my bank please')).toBe('drive to my bank please');
  });

  it.skipIf(!wordNet)('reads "2" before a determiner, or after a verb before a singular noun with its own number, as "to"', () => {
    expect(read('add soap 2 the list')).toBe('add soap to the list');
    expect(read('pls drive 2 bank 6')).toBe('pls drive to bank 6');
  });

  it.skipIf(!wordNet)('reads "an" before a verb that opens with a consonant as "and"', () => {
    expect(read('drive to bank 3 an read it')).toBe('drive to bank 3 and read it');
  });

  it.skipIf(!wordNet)('reads "to" after a form of "be" (and a word of degree) before an adjective as "too"', () => {
    expect(read('the corridor is to dark')).toBe('the corridor is too dark');
    expect(read("it's way to fast in the corridor")).toBe("it's way too fast in the corridor");
    expect(read('you are much to noisy')).toBe('you are much too noisy');
  });

  it.skipIf(!wordNet)('leaves the words that are what they say as said', () => {
    // A number WordNet knows as an adjective is no quality: "is to 50" stays, and is not read back and forth with "too 50".
    for (const text of ['the volume is to 50', 'the speed is set to low', 'the plan is to warm the room', 'the door is to open at five', 'go to slow mode', "it's too fast", 'too much', 'drive to 2 3', 'read 2 banks', 'bank 2 shelf 6', 'fan 2 80', 'wait an hour', 'an orange', 'x 2 y 4', 'connect to "too 2 an"']) expect(read(text), text).toBe(text);
  });

  describe.skipIf(!wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      mapper = await createApiMapper({ embedder, lexicon, document: lockers, selfNoun: 'robot' });
    }, 120_000);

    it.each([
      ['drive 2 bank 6 pls', ['drive_to_bank{"bank":6}']],
      ['set your speed too 0.5', ['set_drive_speed{"speed":0.5}']],
      ['go to bank 3 an read the parcel codes', ['drive_to_bank{"bank":3}', 'read_parcel_codes{"bank":3}']],
    ])('does what "%s" means', async (request, expected) => {
      expect(calls(await mapper.map(request))).toEqual(expected);
    });
  });
});
