import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openChineseDictionary } from '@meshmind/language';

describe('CC-CEDICT senses a vendor note does not mean', () => {
  // A dictionary file of our own in CC-CEDICT's format: a grammatical prefix whose other senses are
  // marked literary or archaic, and a word whose common sense comes after a literary one.
  const directory = mkdtempSync(join(tmpdir(), 'meshmind-cedict-'));
  const file = join(directory, 'cedict.u8');
  writeFileSync(file, [
    '# test entries',
    '第 第 [di4] /(prefix indicating ordinal number, as in 第六[di4 liu4] "sixth")/(literary) but; however/(archaic) only; just/',
    '道 道 [dao4] /(literary) to say/road; path/',
    '充電 充电 [chong1 dian4] /to recharge (batteries)/',
    '槽 槽 [cao2] /(bound form) manger; trough/groove; slot/classifier for doors and windows/',
    '號 号 [hao4] /(bound form) bugle; trumpet/(bound form) mark; sign/(after a numeral) number designation/day of the month/',
  ].join('\n'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('drops senses marked literary or archaic, so a prefix with nothing else gets no English', () => {
    const { dictionary } = openChineseDictionary(file);
    const glosses = dictionary!.translate(['第', '道', '充电']);
    expect(glosses.has('第')).toBe(false);
    expect(glosses.get('道')).toEqual(['road; path']);
    expect(glosses.get('充电')).toEqual(['recharge']);
  });

  it('drops senses marked as bound forms or classifiers: a word cut out on its own does not mean them', () => {
    const { dictionary } = openChineseDictionary(file);
    const glosses = dictionary!.translate(['槽', '号']);
    expect(glosses.get('槽')).toEqual(['groove; slot']);
    expect(glosses.get('号')).toEqual(['number designation', 'day of the month']);
  });
});
