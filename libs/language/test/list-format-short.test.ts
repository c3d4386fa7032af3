import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatList } from '@meshmind/language';

// A list of no item or one item is worded without ICU: ECMA-402 gives "" and the item itself.
describe('formatList of no item or one item', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives what Intl.ListFormat gives, in each language and list type', () => {
    for (const language of ['en', 'de', 'fr', 'ja', 'zh', 'ar', 'hi']) {
      for (const type of ['conjunction', 'disjunction'] as const) {
        const intl = new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type, style: 'long' });
        for (const items of [[], ['the hallway lamp'], ['Küchenlicht'], ['']]) {
          expect(formatList(items, { language, type })).toBe(intl.format(items));
        }
      }
    }
  });

  it('does not call ICU for them, and does for two items', () => {
    const format = vi.spyOn(Intl.ListFormat.prototype, 'format');
    expect(formatList(['turn_on (brightness 40)'])).toBe('turn_on (brightness 40)');
    expect(formatList([], { language: 'de' })).toBe('');
    expect(format).not.toHaveBeenCalled();
    expect(formatList(['porch light', 'gate'])).toBe('porch light and gate');
    expect(format).toHaveBeenCalledTimes(1);
  });

  it('still refuses a language tag that is not one, as the formatter does', () => {
    expect(() => formatList(['x'], { language: 'not a tag' })).toThrow(RangeError);
  });
});
