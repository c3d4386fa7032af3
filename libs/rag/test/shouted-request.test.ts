import { describe, expect, it } from 'vitest';
import { withoutShouting } from '../src/mapper/shouted-request';

describe('a request typed in capitals is read in lower case', () => {
  it('lowers every word but a name or key with a digit in it', () => {
    expect(withoutShouting('SHUT THE GREENHOUSE VENT!')).toBe('shut the greenhouse vent!');
    expect(withoutShouting("WHAT'S THE POND TEMPERATURE?")).toBe("what's the pond temperature?");
    expect(withoutShouting('JOIN SHED-NET2 WITH KEY PUMP99')).toBe('join SHED-NET2 with key PUMP99');
  });

  it('keeps a request with any lower-case letter, and a lone capital, as typed', () => {
    expect(withoutShouting('Turn on the TV')).toBe('Turn on the TV');
    expect(withoutShouting('switch to HDMI 2')).toBe('switch to HDMI 2');
    expect(withoutShouting('I')).toBe('I');
  });
});
