import { beforeAll, describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { FREEDICT_PACKAGES, missingFreeDictPackages } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { requireSystemPackages } from '../../../test/support/system-packages';
import { listedThingsKind } from '../src/mapper/listed-things';
import { normaliseApiDocument } from '../src/api-document';

// A document written for this test, in German as a vendor might write it: a cold-store rack robot whose
// two rack queries return a bare "list", one finding the free bays of a rack, one reading the goods on it.
const entry = (name: string, input: string[], output: string, notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: input.map(() => 'int'), output, notes, programming_language: 'Python' });
const coldStore = [
  entry('leere_faecher_suchen', ['fach_nummer'], 'list', 'Sucht leere Fächer im Kühlregal.'),
  entry('kuehlregal_artikel_lesen', ['fach_nummer'], 'list', 'Liest die Artikel, die im Kühlregal lagern.'),
  entry('zum_kuehlregal_fahren', ['fach_nummer'], 'bool', 'Fährt zum Kühlregal mit der Nummer.'),
  entry('akku_lesen', [], 'int', 'Liest den Akkustand in Prozent.'),
];

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : 'declined');

describe('a bare "list" return whose function names its things answers a question for things (listed-things.ts)', () => {
  it('reads names from a thing noun of the name where the return is a bare container, and nothing otherwise', () => {
    const [free, goods, drive] = normaliseApiDocument(coldStore).functions;
    expect(listedThingsKind(goods!, new Set(['cold', 'shelf', 'item', 'read']))).toBe('names');
    expect(listedThingsKind(free!, new Set(['empti', 'compart', 'search']))).toBeUndefined();
    expect(listedThingsKind(drive!, new Set(['item']))).toBeUndefined(); // a "bool" return says no list
    expect(listedThingsKind(goods!, undefined)).toBeUndefined();
  });
});

// The German document is read through FreeDict's German-English dictionary.
const hasFreeDict = requireSystemPackages('listed-things tests on a German document', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe.skipIf(!hasFreeDict)('a question for what a rack holds reads the goods, not the free bays', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: coldStore, selfNoun: 'robot' });
  }, 60_000);

  it.each([
    ["what's in rack 3?", 'kuehlregal_artikel_lesen'],
    ["what's on rack 5 at the moment?", 'kuehlregal_artikel_lesen'],
    ['what products are in rack 2?', 'kuehlregal_artikel_lesen'],
    ['which bays are empty in rack 4?', 'leere_faecher_suchen'],
  ])('"%s"', async (said, expected) => {
    expect(called(await mapper.map(said))).toEqual([expected]);
  });
});
