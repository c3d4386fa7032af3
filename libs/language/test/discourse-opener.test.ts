import { describe, expect, it } from 'vitest';
import { withoutDiscourseOpener } from '../src/reading/mood';

describe('a discourse opener set off by a comma is no part of the request (#17)', () => {
  it.each([
    ['hold on, pause the music', 'pause the music'],
    ['hang on, stop the hoover', 'stop the hoover'],
    ['ok so, open the blinds', 'open the blinds'],
    ['Right, lights off', 'lights off'],
    ['well, actually, close the garage', 'close the garage'],
  ])('"%s" reads as "%s"', (text, request) => {
    expect(withoutDiscourseOpener(text)).toBe(request);
  });

  it('keeps the words where no comma sets them off: they may be the request itself', () => {
    expect(withoutDiscourseOpener('hold on to the current playlist')).toBe('hold on to the current playlist');
  });

  it('keeps an opener said alone', () => {
    expect(withoutDiscourseOpener('hold on,')).toBe('hold on,');
  });

  it('keeps a first clause that is a request of its own', () => {
    expect(withoutDiscourseOpener('pause the music, then dim the lights')).toBe('pause the music, then dim the lights');
  });
});
