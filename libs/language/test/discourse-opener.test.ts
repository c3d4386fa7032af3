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

  it('takes an opener with a span of time as one opener', () => {
    expect(withoutDiscourseOpener('wait a sec, shut the skylight')).toBe('shut the skylight');
    expect(withoutDiscourseOpener('Hang on a second, dim the porch lamp')).toBe('dim the porch lamp');
    expect(withoutDiscourseOpener('hold on one minute, stop the mower')).toBe('stop the mower');
    // A span that is no unit of time is no opener: the words may be the request.
    expect(withoutDiscourseOpener('hold on a rope, pull')).toBe('hold on a rope, pull');
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
