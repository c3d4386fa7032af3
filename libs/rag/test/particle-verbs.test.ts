import { describe, expect, it } from 'vitest';
import { createRequestReader, stem } from '@meshmind/language';
import { openLexicon } from '@meshmind/rag';
import { particleMeets, phrasalVerbStems } from '../src/mapper/particle-verbs';
import { requestWords } from '../src/mapper/evidence';

const lexicon = openLexicon();
const wordNet = lexicon.wordNet;
const read = createRequestReader();
const stems = (...words: string[]) => new Set(words.map(stem));
/** The verbs the particle closing a phrasal verb stands for, in a request of our own. */
const phrasalIn = (text: string, particle: string) => {
  const all = read(text).words;
  return phrasalVerbStems(all, all.indexOf(particle), wordNet!);
};

describe.skipIf(!wordNet)('the particle of a phrasal verb means that verb', () => {
  it.each([
    ['log on to the guest network', 'on'],
    ['log off from the office network', 'off'],
    ['hook up to the barn network', 'up'],
  ])('"%s": its "%s" is not the state of a function glossed "turn on"', (text, particle) => {
    const phrasal = phrasalIn(text, particle);
    expect(phrasal).toBeDefined();
    expect(particleMeets(phrasal, stems('turn', 'on', 'activate'))).toBe(false);
  });

  it.each([
    ['switch on the porch lantern', 'on'],
    ['switch off the porch lantern', 'off'],
    ['turn on the kettle', 'on'],
  ])('"%s": its "%s" meets a function named turn_on / turn_off', (text, particle) => {
    expect(particleMeets(phrasalIn(text, particle), stems('turn', particle))).toBe(true);
  });

  it('leaves a particle that closes no phrasal verb to the state it names', () => {
    expect(phrasalIn('put the fairy lights on', 'on')).toBeUndefined();
    expect(particleMeets(undefined, stems('turn', 'on'))).toBe(true);
  });

  it('marks the polar word of the request with the verbs of its phrasal verb', () => {
    const polar = requestWords(read('log on to the guest network'), lexicon).polar.find((word) => word.stem === 'on');
    expect(polar?.phrasal && [...polar.phrasal]).toContain(stem('log'));
  });
});
