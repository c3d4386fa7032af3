import { describe, expect, it } from 'vitest';
import { moodOf } from '../src/reading/mood';

describe('a thing and the state wanted, with a courtesy word after it (#17)', () => {
  it.each(['Floodlights on please.', 'porch light off please', 'heater on, please', 'Fairy lights on ok'])('"%s" is a command', (text) => {
    expect(moodOf(text)).toBe('command');
  });

  it.each(['is the porch light on please?', 'are the fairy lights off?'])('"%s" is still a question', (text) => {
    expect(moodOf(text)).toBe('question');
  });

  it('is not a command where the word after the state is no courtesy', () => {
    expect(moodOf('the lights on the landing')).not.toBe('command');
  });
});
