import { describe, expect, it } from 'vitest';
import { getDeviceDescription } from '@meshmind/devices';
import { normaliseApiDocument } from '../src/api-document';
import type { BuiltIndex } from '../src/mapper/built-index';
import { functionViews } from '../src/mapper/function-views';
import { mapperReadingsFor } from '../src/mapper/mapper-readings';
import type { ApiMapperOptions } from '../src/mapper/api-mapper-options';
import type { HybridIndex } from '../src/search/hybrid-index';

// The readings depend on the document, its views, the lexicon, the noun and the contrast weight only;
// the index itself is never read while they are built, so an index that fails on use stands for it.
const unusedIndex = new Proxy({}, { get: () => { throw new Error('the readings must not use the index'); } }) as HybridIndex;

function builtFor(type: string): BuiltIndex {
  const document = normaliseApiDocument(getDeviceDescription(type));
  return { document, views: functionViews(document), index: unusedIndex };
}

const options = (extra: Partial<ApiMapperOptions> = {}): ApiMapperOptions => ({ document: {}, embedder: {} as ApiMapperOptions['embedder'], ...extra });

describe('a mapper\'s readings of its document', () => {
  it('are read once per built index and shared by every mapper with the same options', () => {
    const built = builtFor('light');
    const first = mapperReadingsFor(built, options());
    expect(mapperReadingsFor(built, options())).toBe(first);
    expect([...first.byName.keys()].sort()).toEqual(built.document.functions.map((fn) => fn.name).sort());
    expect(first.profiles.size).toBe(built.document.functions.length);
  });

  it('are read again for another device noun, another contrast weight or another document', () => {
    const built = builtFor('light');
    const plain = mapperReadingsFor(built, options());
    const named = mapperReadingsFor(built, options({ selfNoun: 'lamp' }));
    expect(named).not.toBe(plain);
    expect(named.selfNoun).toBe('lamp');
    expect(mapperReadingsFor(built, options({ sharedObjectContrast: 0.01 }))).not.toBe(plain);
    expect(mapperReadingsFor(builtFor('light'), options())).not.toBe(plain);
  });
});
