import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FREEDICT_PACKAGES, missingFreeDictPackages, openChineseDictionary, openLexicon } from '@meshmind/language';
import { requireSystemPackages } from '../../../test/support/system-packages';

// Vendor notes are written in inflected forms; the dictionaries list lemmas. Words of our own notes,
// none taken from the evaluation's documents.
const hasFreeDict = requireSystemPackages('French inflection tests (FreeDict)', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe.skipIf(!hasFreeDict)('French forms read through their dictionary entries', () => {
  const french = () => openLexicon().dictionaries.get('fr')!;

  it('reads third persons of -ir and -re verbs ("Choisit le mode", "Attend la fin")', () => {
    const translations = french().translate(['choisit', 'attend', 'remplit']);
    expect(translations.get('choisit')).toContain('choose');
    expect(translations.get('attend')).toContain('wait');
    expect(translations.get('remplit')).toContain('fill');
  });

  it('reads accented participle endings as their verb ("vanne fermée")', () => {
    expect(french().translate(['fermée']).get('fermée')).toEqual(expect.arrayContaining(['close', 'shut']));
  });

  it('reads a noun through the verb it names after its own senses ("saut" -> "sauter")', () => {
    const translations = french().translate(['saut']).get('saut')!;
    expect(translations.slice(0, 2)).toEqual(['jump', 'leap']);
    expect(translations).toContain('spring');
  });
});

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
  ].join('\n'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('drops senses marked literary or archaic, so a prefix with nothing else gets no English', () => {
    const { dictionary } = openChineseDictionary(file);
    const glosses = dictionary!.translate(['第', '道', '充电']);
    expect(glosses.has('第')).toBe(false);
    expect(glosses.get('道')).toEqual(['road; path']);
    expect(glosses.get('充电')).toEqual(['recharge']);
  });
});
