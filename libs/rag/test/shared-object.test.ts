import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { functionViews } from '../src/mapper/function-views';
import { SharedObjectContrast, type ContrastHit } from '../src/mapper/shared-object';

// A document written for this test: a parcel locker bank whose functions share their object, a
// numbered compartment, and differ in what they do with it; and one function of another object.
const lockers = normaliseApiDocument([
  { name: 'open_compartment', input_argument: ['compartment_number'], input_type: ['int'], output: 'bool', notes: 'Opens the door of the given compartment.', programming_language: 'Python' },
  { name: 'list_parcels', input_argument: ['compartment_number'], input_type: ['int'], output: 'list[str]', notes: 'Lists the parcels stored in the given compartment by their labels.', programming_language: 'Python' },
  { name: 'find_vacant_cells', input_argument: ['compartment_number'], input_type: ['int'], output: 'list[int]', notes: 'Finds the vacant cells of the given compartment, where there is room, and returns the free cell numbers.', programming_language: 'Python' },
  { name: 'set_display_brightness', input_argument: ['level'], input_type: ['int'], output: 'bool', notes: 'Sets the brightness of the front display.', programming_language: 'Python' },
  { name: 'read_temperature', input_argument: [], input_type: [], output: 'float', notes: 'Reads the temperature inside the bank.', programming_language: 'Python' },
]);
const lexicon = openLexicon();
const contrast = new SharedObjectContrast(lockers.functions, functionViews(lockers, lexicon).documents, lexicon, 0.1, 0.1);

/** Hits in a near tie, the first one ahead by a little, as retrieval might give them. */
function tie(...ids: string[]): ContrastHit[] {
  return ids.map((id, position) => ({ id, score: 0.5 - position * 0.01, lexical: 0.3 }));
}

const first = (hits: ContrastHit[]) => [...hits].sort((left, right) => right.score - left.score)[0]!.id;

describe('close candidates that take the same object are told apart by the words that differ', () => {
  it.each([
    'are there any empty places in compartment 4?',
    'is there free space left in compartment 2?',
    'check compartment 7 for unoccupied room',
    'which spots of compartment 3 are vacant?',
  ])('"%s" means the vacant cells, not the parcels', (request) => {
    const hits = tie('list_parcels', 'find_vacant_cells', 'open_compartment');
    contrast.adjust(hits, request);
    expect(first(hits)).toBe('find_vacant_cells');
  });

  it.each(['what parcels are in compartment 5?', 'give me the labels of the packages in compartment 1', 'an inventory of compartment 6, please'])(
    '"%s" means the parcels, not the vacant cells',
    (request) => {
      const hits = tie('find_vacant_cells', 'list_parcels', 'open_compartment');
      contrast.adjust(hits, request);
      expect(first(hits)).toBe('list_parcels');
    },
  );

  it('leaves the order as it was when only the shared object is said', () => {
    const hits = tie('open_compartment', 'list_parcels', 'find_vacant_cells');
    contrast.adjust(hits, 'compartment number 3');
    expect(hits.map((hit) => hit.id)).toEqual(['open_compartment', 'list_parcels', 'find_vacant_cells']);
    expect(hits.map((hit) => hit.score)).toEqual([0.5, 0.49, 0.48]);
  });

  it.each(['make your way to compartment 4', 'please make way at compartment 2'])('"%s": a noun that closes a WordNet verb ("make way") is that verb, not room', (request) => {
    const hits = tie('open_compartment', 'find_vacant_cells');
    contrast.adjust(hits, request);
    expect(hits.map((hit) => hit.score)).toEqual([0.5, 0.49]);
  });

  it('reads no verb: the main ranking weighs those', () => {
    const hits = tie('list_parcels', 'open_compartment');
    contrast.adjust(hits, 'shelve it in compartment 3');
    expect(hits.map((hit) => hit.score)).toEqual([0.5, 0.49]);
  });

  it('keeps the scores the group held, so a function of another object keeps its place', () => {
    const hits: ContrastHit[] = [
      { id: 'set_display_brightness', score: 0.52, lexical: 0.2 },
      { id: 'list_parcels', score: 0.5, lexical: 0.3 },
      { id: 'find_vacant_cells', score: 0.45, lexical: 0.3 },
    ];
    contrast.adjust(hits, 'any free cells in compartment 2?');
    expect(hits.map((hit) => [hit.id, hit.score])).toEqual([
      ['set_display_brightness', 0.52],
      ['list_parcels', 0.45],
      ['find_vacant_cells', 0.5],
    ]);
  });

  it('lets no function that the request\'s words as a whole meet less take the lead on the telling words alone', () => {
    const hits: ContrastHit[] = [
      { id: 'list_parcels', score: 0.5, lexical: 0.4 },
      { id: 'find_vacant_cells', score: 0.48, lexical: 0.2 },
    ];
    contrast.adjust(hits, 'any free cells in compartment 2?');
    expect(hits.map((hit) => hit.score)).toEqual([0.5, 0.48]);
  });

  it('compares no candidate that is far behind, nor functions without parameters', () => {
    const far: ContrastHit[] = [
      { id: 'list_parcels', score: 0.6, lexical: 0.3 },
      { id: 'find_vacant_cells', score: 0.4, lexical: 0.3 },
    ];
    contrast.adjust(far, 'any free cells in compartment 2?');
    expect(far.map((hit) => hit.score)).toEqual([0.6, 0.4]);
    const none = tie('read_temperature', 'list_parcels');
    contrast.adjust(none, 'how warm is it by the parcels?');
    expect(none.map((hit) => hit.score)).toEqual([0.5, 0.49]);
  });
});
