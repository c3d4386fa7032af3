import { describe, expect, it } from 'vitest';
import { createRequestReader, openLexicon } from '@meshmind/language';
import { embeddedQuestion } from '../src/mapper/indirect-question';

// Questions to a kiln of my own, asked inside a frame of knowing.
const read = createRequestReader();
const wordNet = openLexicon().wordNet;
const embedded = (text: string) => embeddedQuestion(read(text).words, wordNet)?.join(' ');

describe('a question asked inside a frame of knowing (indirect-question.ts)', () => {
  it.skipIf(!wordNet)('reads the question from its question word after a verb or a noun of knowing', () => {
    expect(embedded('do you know who fired the kiln last?')).toBe('who fired the kiln last');
    expect(embedded('any idea when the vent was opened?')).toBe('when the vent was opened');
    expect(embedded('I wonder why the kiln is cooling')).toBe('why the kiln is cooling');
    expect(embedded('could you tell me how long the glaze hold has left?')).toBe('how long the glaze hold has left');
    expect(embedded('do you remember what the kiln reached yesterday?')).toBe('what the kiln reached yesterday');
  });

  it.skipIf(!wordNet)('reads nothing where the request opens with its question or no frame of knowing holds it', () => {
    expect(embedded('when was the kiln fired?')).toBeUndefined();
    expect(embedded('is the kiln on when I am out?')).toBeUndefined();
    expect(embedded('open the vent when it gets hot')).toBeUndefined();
    expect(embedded('show me what the kiln reads')).toBeUndefined();
  });
});
