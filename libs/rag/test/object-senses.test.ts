import { describe, expect, it } from 'vitest';
import { openLexicon, type Lexicon } from '@meshmind/rag';
import { withObjectSenses } from '../src/mapper/object-senses';

// Dictionary entries of our own (a camera trap's and a plotter's notes), none from the evaluation's documents.
const wordNet = (openLexicon() as Lexicon).wordNet;

describe('a foreign name read as a verb and its object', () => {
  it.skipIf(!wordNet)("keeps the verb's renderings that WordNet does to the object: 'tirer_photo' is shoot, not pull, draw or fire", () => {
    const translations = new Map([
      ['tirer', ['pull', 'draw', 'shoot', 'fire']],
      ['photo', ['photograph']],
    ]);
    const read = withObjectSenses(translations, ['tirer', 'photo'], wordNet);
    expect(read.get('tirer')).toEqual(['shoot']);
    expect(read.get('photo')).toEqual(['photograph']);
    // German order, the object first.
    expect(withObjectSenses(new Map([['foto', ['photograph']], ['schiessen', ['pull', 'shoot']]]), ['foto', 'schiessen'], wordNet).get('schiessen')).toEqual(['shoot']);
  });

  it.skipIf(!wordNet)("reads a verb none of whose renderings is done to the object as the object's own deed: 'acquisire_immagine' pictures", () => {
    const translations = new Map([
      ['acquisire', ['acquire', 'gain', 'obtain']],
      ['immagine', ['picture', 'image']],
    ]);
    expect(withObjectSenses(translations, ['acquisire', 'immagine'], wordNet).get('acquisire')).toEqual(['picture']);
  });

  it.skipIf(!wordNet)('leaves a verb none of whose renderings is done to an object that is no deed of its own', () => {
    const translations = new Map([
      ['pruefen', ['check', 'test', 'examine']],
      ['akku', ['battery', 'accumulator']],
    ]);
    expect(withObjectSenses(translations, ['akku', 'pruefen'], wordNet)).toBe(translations);
  });

  it.skipIf(!wordNet)('reads only names of two translated words: a longer name says more than a verb and its thing', () => {
    const translations = new Map([
      ['tirer', ['pull', 'draw', 'shoot', 'fire']],
      ['photo', ['photograph']],
      ['rapide', ['quick', 'fast']],
    ]);
    expect(withObjectSenses(translations, ['tirer', 'photo', 'rapide'], wordNet)).toBe(translations);
    expect(withObjectSenses(translations, ['tirer', 'photo'], undefined)).toBe(translations);
  });
});
