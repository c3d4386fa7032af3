import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder, LlmindApiEntry } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { withoutLightVerb } from '../src/mapper/light-verbs';

// A library book robot of our own: it moves to a bookcase, or lists the books on it. None of this
// comes from the evaluation's documents.
const entry = (name: string, notes: string, output = 'bool'): LlmindApiEntry => ({
  name,
  input_argument: ['case_number'],
  input_type: ['int'],
  output,
  notes,
  programming_language: 'Python',
});
const librarian: LlmindApiEntry[] = [
  entry('go_to_bookcase', 'Drives the robot to the bookcase with the given number.'),
  entry('catalogue_bookcase', 'Reads every spine on the given bookcase and returns the list of titles.', 'list[str]'),
];

describe('a light verb with an indefinite noun', () => {
  const wordNet = openLexicon().wordNet;

  it('reads the noun in the verb place', () => {
    expect(withoutLightVerb('Take an inventory of bookcase 4', wordNet)).toBe('inventory of bookcase 4');
    expect(withoutLightVerb('please make a map of the hall', wordNet)).toBe('please map of the hall');
    expect(withoutLightVerb('run a scan of case 2', wordNet)).toBe('scan of case 2');
  });

  it('keeps the verb before "the", a relative amount, a noun that is no verb, and a verb of few senses', () => {
    for (const kept of ['draw the curtains', 'clear the list', 'go a bit faster', 'play a song', 'start a timer', 'take the lift to floor 2']) {
      expect(withoutLightVerb(kept, wordNet), kept).toBe(kept);
    }
  });

  it('reads a light verb and a bare noun that WordNet lists as one verb as its verb of the noun', () => {
    expect(withoutLightVerb('take stock of bookcase 4', wordNet)).toBe('inventory of bookcase 4');
    expect(withoutLightVerb('Please take stock of what is on case 2', wordNet)).toBe('Please inventory of what is on case 2');
  });

  it('keeps a light verb and a bare noun that make no verb of WordNet, or none of the noun', () => {
    for (const kept of ['take photos of case 3', 'take care of bookcase 2', 'make room on case 1']) {
      expect(withoutLightVerb(kept, wordNet), kept).toBe(kept);
    }
  });

  it('leaves the text alone without WordNet', () => {
    expect(withoutLightVerb('Take an inventory of bookcase 4', undefined)).toBe('Take an inventory of bookcase 4');
  });
});

describe('mapped', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  }, 120_000);

  it.each([
    ['Take an inventory of bookcase 7.', 'catalogue_bookcase'],
    ['Could you take a census of the titles on bookcase 3?', 'catalogue_bookcase'],
    ['Take stock of bookcase 6, please.', 'catalogue_bookcase'],
    ['Take me to bookcase 5.', 'go_to_bookcase'],
    ['Go to bookcase 9.', 'go_to_bookcase'],
  ])('sends "%s" to %s', async (request, expected) => {
    const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: librarian, selfNoun: 'robot' });
    const result = await mapper.map(request);
    expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result).toEqual([expected]);
  }, 60_000);
});
