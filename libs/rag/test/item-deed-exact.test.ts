import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createRequestReader } from '@meshmind/language';
import { normaliseApiDocument, openLexicon, type MapResult } from '@meshmind/rag';
import { ItemDeeds } from '../src/mapper/item-deed';
import { functionViews } from '../src/mapper/function-views';
import { functionPath, nounWords } from '../src/mapper/path';

// A reading list of my own: finishing a book "moves" it, which WordNet relates to removing one.
const books: DeviceDescription = {
  type: 'reading_list', title: 'Reading list', description: 'Books to read next.', domain: 'home', version: '1.0.0',
  nouns: ['reading list', 'list'],
  state: { books: { type: 'string_list', description: 'Books still to read.' }, read: { type: 'string_list', description: 'Books read.' } },
  functions: [
    { name: 'add_book', description: 'Adds a book to the end of the reading list.', kind: 'action', parameters: [{ name: 'book', type: 'string', description: "The book, e.g. 'Dune'." }] },
    { name: 'finish_book', description: 'Ticks a book off the list and moves it to the books read.', kind: 'action', parameters: [{ name: 'book', type: 'string', description: 'The book, as written.' }] },
    { name: 'remove_book', description: 'Deletes a book from the list without ticking it off.', kind: 'action', parameters: [{ name: 'book', type: 'string', description: 'The book, as written.' }] },
    { name: 'list_books', description: 'Reads the books still on the list.', kind: 'query', parameters: [] },
  ],
};
const lexicon = openLexicon();
const document = normaliseApiDocument(books);
const nouns = nounWords(document.nouns);
const deeds = new ItemDeeds(document, functionViews(document, lexicon), lexicon, nouns, new Map(document.functions.map((fn) => [fn.name, functionPath(fn.description, nouns)])), 'list');
const read = createRequestReader();
const chosen = (name: string, book: string) => ({ kind: 'call', calls: [{ function: name, arguments: { book }, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;

describe.skipIf(!lexicon.wordNet)('a list command whose verb is the very deed of another function', () => {
  it('asks which is meant where the call chosen only relates to the verb', () => {
    const found = deeds.read(chosen('finish_book', 'dune'), [read('remove dune from my reading list')], undefined);
    expect(found?.reason).toMatch(/"remove" is what remove book does, not finish book/);
    expect(deeds.read(chosen('finish_book', 'emma'), [read('please delete emma from the list')], undefined)?.reason).toMatch(/remove book/);
  });

  it('lets the call stand where its own deed is the verb', () => {
    expect(deeds.read(chosen('remove_book', 'dune'), [read('remove dune from my reading list')], undefined)).toBeUndefined();
    expect(deeds.read(chosen('finish_book', 'dune'), [read('tick dune off the list')], undefined)).toBeUndefined();
  });
});
