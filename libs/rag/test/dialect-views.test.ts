import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { de, FREEDICT_PACKAGES, missingFreeDictPackages } from '@meshmind/language';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { requireSystemPackages } from '../../../test/support/system-packages';
import { functionViews } from '../src/mapper/function-views';
import { separableVerbReader } from '../src/mapper/separable-verbs';

// German notes of our own (a garden pump and a blind), none from the evaluation's documents.
const reader = separableVerbReader(de.separablePrefixes, de.clauseConjunctions);

describe('German separable verbs in vendor notes', () => {
  it('offers the prefix joined to each longer word of a clause that ends in it', () => {
    expect(reader.candidates(['Schaltet die Pumpe sofort aus.', 'Meldet den Füllstand.'])).toEqual(['ausschaltet', 'auspumpe', 'aussofort']);
  });

  it('reads the verb whole in its place, the first known joining of its clause, and drops the prefix', () => {
    // "auspumpen" is a verb too, but the prefix belongs to the verb that opens the clause.
    const known = new Set(['ausschaltet', 'auspumpe']);
    expect(reader.tokens('Schaltet die Pumpe sofort aus.', (word) => known.has(word))).toEqual(['ausschaltet', 'die', 'pumpe', 'sofort']);
    // After "und" the second verb takes the prefix: "fährt ... und schaltet ... ab" ("abfahren" is a verb too).
    expect(reader.tokens('Fährt den Behälter leer und schaltet danach ab.', (word) => word === 'abschaltet' || word === 'abfährt')).toEqual(['fährt', 'den', 'behälter', 'leer', 'und', 'abschaltet', 'danach']);
  });

  it('ends a clause at a parenthesis and leaves a clause with no known joining as written', () => {
    expect(reader.tokens('Stellt die Höhe ein (0 bis 100). Fährt hoch', () => false)).toEqual(['stellt', 'die', 'höhe', 'ein', '0', 'bis', '100', 'fährt', 'hoch']);
    expect(reader.tokens('Stellt die Höhe ein (0 bis 100).', (word) => word === 'einstellt')).toEqual(['einstellt', 'die', 'höhe', '0', 'bis', '100']);
  });

  it('never joins a prefix to a short word ("ab" + "in" is no verb)', () => {
    expect(reader.candidates(['Fragt den Stand in Prozent ab.'])).not.toContain('abin');
  });
});

const hasFreeDict = requireSystemPackages('German view tests (FreeDict)', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe.skipIf(!hasFreeDict)('German notes read into English', () => {
  it('glosses "Schaltet ... aus" as switching off, not "out of play"', () => {
    const pump = {
      type: 'garden_pump',
      title: 'Gartenpumpe',
      state: {},
      functions: [
        { name: 'pumpe_stoppen', kind: 'action', parameters: [], description: 'Schaltet die Pumpe sofort aus.' },
        { name: 'druck_abfragen', kind: 'query', parameters: [], description: 'Liefert den Wasserdruck der Pumpe in Bar.' },
      ],
    } as unknown as DeviceDescription;
    const views = functionViews(normaliseApiDocument(pump), openLexicon());
    const stop = views.documents.find((document) => document.id === 'pumpe_stoppen')!;
    expect(views.language).toBe('de');
    expect(stop.views[0]).not.toMatch(/out of play|touch/);
    expect(stop.fields[2]!.words.join(' ')).toMatch(/power down|deactivate|disconnect/);
  });
});

describe('German notes where no German dictionary is installed', () => {
  it('builds the views from the identifiers and WordNet, with a warning, and does not throw', () => {
    // The clean-clone run without FreeDict found the separable-prefix reading asking a dictionary that is not there.
    const lexicon = { ...openLexicon(), dictionaries: new Map() };
    const pump = {
      type: 'garden_pump',
      title: 'Gartenpumpe',
      state: {},
      functions: [
        { name: 'stand_auflisten', kind: 'query', parameters: [], description: 'Listet den Füllstand der Pumpe auf.' },
        { name: 'pumpe_abschalten', kind: 'action', parameters: [], description: 'Schaltet die Pumpe sofort aus.' },
      ],
    } as unknown as DeviceDescription;
    const views = functionViews(normaliseApiDocument(pump), lexicon);
    expect(views.language).toBe('de');
    expect(views.documents.map((document) => document.id)).toEqual(['stand_auflisten', 'pumpe_abschalten']);
    expect(views.warnings.join(' ')).toMatch(/no dictionary is installed/);
  });
});
