import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder, LlmindApiEntry } from '@meshmind/protocol';
import { FREEDICT_PACKAGES, missingFreeDictPackages } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { requireSystemPackages } from '../../../test/support/system-packages';
import { functionViews } from '../src/mapper/function-views';
import { withoutNumeralTranslations } from '../src/mapper/note-numerals';

// A parcel locker of our own with German notes whose numbers are ranges and values: none of it
// comes from the evaluation's documents.
const entry = (name: string, parameters: string[], notes: string, output = 'bool'): LlmindApiEntry => ({
  name,
  input_argument: parameters,
  input_type: parameters.map(() => 'int'),
  output,
  notes,
  programming_language: 'Python',
});
const locker: LlmindApiEntry[] = [
  entry('fach_oeffnen', ['fach_nummer'], 'Öffnet das Fach mit der Nummer 1 bis 24.'),
  entry('band_tempo_setzen', ['tempo'], 'Setzt das Tempo des Förderbands von 1 bis 2 Meter pro Sekunde.'),
  entry('fach_belegung_abfragen', ['fach_nummer'], 'Fragt ab, ob das Fach belegt ist.', 'int'),
  entry('tuer_verriegeln', [], 'Verriegelt die Tür des Schranks.'),
];

describe('numerals in a note', () => {
  it('are left out of the translations and every other word stays', () => {
    const kept = withoutNumeralTranslations(new Map([['1', ['first', '1st']], ['2', ['second', '2nd']], ['24', ['twenty-four']], ['fach', ['compartment']], ['x2', ['times two']]]));
    expect([...kept.keys()]).toEqual(['fach', 'x2']);
  });
});

const hasFreeDict = requireSystemPackages('numerals in German notes (FreeDict)', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe.skipIf(!hasFreeDict)('a German note with numbers read into English', () => {
  const lexicon = openLexicon();

  it('keeps the numbers as written, not as ordinals ("1" is not "first", "2" not "second")', () => {
    const views = functionViews(normaliseApiDocument(locker), lexicon);
    for (const document of views.documents) {
      const read = [...document.views, ...document.fields.flatMap((field) => field.words)].join(' ');
      expect(read, document.id).not.toMatch(/\bfirst\b|\b1st\b|\b2nd\b|\bfolio\b/);
    }
    const open = views.documents.find((document) => document.id === 'fach_oeffnen')!;
    expect(open.views[0]).toMatch(/\b1\b.*\b24\b/);
  });

  describe('mapped', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    }, 120_000);

    it.each([
      ['Open compartment 7.', 'fach_oeffnen'],
      ['Please open locker number 12', 'fach_oeffnen'],
      ['Set the conveyor speed to 1.5', 'band_tempo_setzen'],
      ['Lock the cabinet door.', 'tuer_verriegeln'],
    ])('sends "%s" to %s', async (request, expected) => {
      const mapper = await createApiMapper({ embedder, lexicon, document: locker, selfNoun: 'locker' });
      const result = await mapper.map(request);
      expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result).toEqual([expected]);
    }, 60_000);
  });
});
