import { describe, expect, it } from 'vitest';
import { FREEDICT_PACKAGES, missingFreeDictPackages, openLexicon } from '@meshmind/language';
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
