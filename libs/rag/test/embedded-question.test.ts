import { describe, expect, it } from 'vitest';
import { createRequestReader, openLexicon } from '@meshmind/language';
import { embeddedQuestion, moodAsked, suggestsDeed } from '../src/mapper/indirect-question';

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

describe('a deed suggested by a question word is asked for as a command (indirect-question.ts)', () => {
  const mood = (text: string) => moodAsked(read(text), wordNet);
  it.skipIf(!wordNet)('reads "how about you ..." and "how about ...ing" as a command', () => {
    expect(mood('how about you open the kiln vent?')).toBe('command');
    expect(mood('how about firing the kiln tonight?')).toBe('command');
    expect(mood('what about we cool the kiln down?')).toBe('command');
  });

  it.skipIf(!wordNet)('leaves a question of another thing, a question of a reason, "why don\'t you" and "would you mind" as they were', () => {
    expect(mood('how about the glaze kiln?')).toBe('question');
    expect(mood("why don't you cool the kiln down?")).toBe('question');
    expect(mood('why is the kiln so hot?')).toBe('question');
    expect(suggestsDeed(read('would you mind opening the vent').words, wordNet)).toBe(false);
  });
});
