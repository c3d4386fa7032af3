import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type MapResult } from '@meshmind/rag';
import { functionViews } from '../src/mapper/function-views';
import { DEFAULT_SCOPE_THRESHOLDS, documentScope, judgeScope } from '../src/mapper/scope';
import { declinedCall, functionSupport, UNSUPPORTED_CALL_BELOW, UNSUPPORTED_MEANING_LEAD } from '../src/mapper/unsupported-command';

// A library robot written for this test: it shelves books, reads their barcode labels, takes stock
// of a shelf, reports its battery and drives back to its base. Its notes speak of labels, books and
// shelves, so requests that share those nouns but ask for something else ("print a label", "bake
// the bread") must not reach a function that explains none of their words.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const libraryRobot = {
  type: 'library_robot',
  title: 'Library robot',
  state: {},
  functions: [
    { name: 'shelve_books', kind: 'action', parameters: [], description: 'Puts the returned books back on their shelves.' },
    { name: 'read_barcode', kind: 'query', parameters: [], description: 'Reads the barcode label of the book in the gripper.', returns: { type: 'string', description: 'the book number' } },
    { name: 'count_books', kind: 'query', parameters: [], description: 'Counts the books on the shelf in front of it.', returns: { type: 'number', description: 'how many books' } },
    { name: 'battery_level', kind: 'query', parameters: [], description: 'Reports the charge left in the battery.', returns: { type: 'number', description: 'percent' } },
    { name: 'go_to_base', kind: 'action', parameters: [], description: 'Drives back to its charging base.' },
  ],
} as unknown as DeviceDescription;

function supportOf(description: DeviceDescription) {
  const document = normaliseApiDocument(description);
  return functionSupport(document, functionViews(document, lexicon), wordNet);
}

describe.skipIf(!wordNet)('which functions explain a command\'s words', () => {
  it('finds none for a command whose verb and object the robot has no function for', () => {
    const support = supportOf(libraryRobot);
    for (const words of [
      [{ word: 'bake', part: 'verb' as const }, { word: 'bread', part: 'noun' as const }],
      [{ word: 'mow', part: 'verb' as const }, { word: 'lawn', part: 'noun' as const }],
      [{ word: 'sing', part: 'verb' as const }, { word: 'song', part: 'noun' as const }],
    ]) {
      expect([...support.unsupported(words)].sort(), words[0]!.word).toEqual(['battery_level', 'count_books', 'go_to_base', 'read_barcode', 'shelve_books']);
    }
  });

  it('lets each word explain the functions whose own words it meets, by stem, synonym or derivation', () => {
    const support = supportOf(libraryRobot);
    // "label" is a word of the barcode reader alone: printing a label does not reach the battery.
    const label = support.unsupported([{ word: 'print', part: 'verb' }, { word: 'label', part: 'noun' }]);
    expect(label.has('read_barcode')).toBe(false);
    expect(label.has('battery_level')).toBe(true);
    // "tally" is a synonym of "count"; "volumes" meets "book" only loosely, which explains nothing.
    const tally = support.unsupported([{ word: 'tally', part: 'verb' }, { word: 'volumes', part: 'noun' }]);
    expect(tally.has('count_books')).toBe(false);
    expect(tally.has('go_to_base')).toBe(true);
    // "charge" as a noun meets the battery's notes and, as "charging", the base's.
    const charge = support.unsupported([{ word: 'check', part: 'verb' }, { word: 'charge', part: 'noun' }]);
    expect(charge.has('battery_level')).toBe(false);
    expect(charge.has('shelve_books')).toBe(true);
  });
});

describe('declining a call that no word explains', () => {
  const call = (fn: string, score: number, meaningLead: number): MapResult => ({
    kind: 'call',
    calls: [{ function: fn, arguments: {} }],
    ranking: [{ function: fn, score, confidence: 0.5 }, { function: 'other', score: score - 0.05, confidence: 0.2 }],
    leads: [{ function: fn, margin: 0.05, wordsDisagree: false, pair: { rankingsDisagree: true, runnerUpNamed: false, views: { semantic: meaningLead, lexical: 0.05, evidence: 0 } } }],
  } as MapResult);
  const scope = { unsupported: { verb: 'bake', functions: new Set(['battery_level']) } };

  it('declines a low call to an unexplained function that the embedding does not single out', () => {
    expect(declinedCall(call('battery_level', UNSUPPORTED_CALL_BELOW - 0.05, 0), scope)).toBe('bake');
    expect(declinedCall(call('battery_level', 0.24, -0.1), scope)).toBe('bake');
  });

  it('keeps a call that scores well, that the embedding picks clearly, or that a word explains', () => {
    expect(declinedCall(call('battery_level', UNSUPPORTED_CALL_BELOW + 0.05, 0), scope)).toBeUndefined();
    expect(declinedCall(call('battery_level', 0.24, UNSUPPORTED_MEANING_LEAD + 0.02), scope)).toBeUndefined();
    expect(declinedCall(call('count_books', 0.24, 0), scope)).toBeUndefined();
    // No reading of the command's words (a question, a vouched request): nothing to decline.
    expect(declinedCall(call('battery_level', 0.24, 0), {})).toBeUndefined();
  });

  it('keeps the decline of an opening verb the document does not do (mapper/unmet-action.ts)', () => {
    const weak = { weakAction: { verb: 'lock', below: 0.25 } };
    expect(declinedCall(call('count_books', 0.2, 0.2), weak)).toBe('lock');
    expect(declinedCall(call('count_books', 0.4, 0.2), weak)).toBeUndefined();
  });
});

describe.skipIf(!wordNet)('the scope check hands the unexplained functions to the mapper', () => {
  const document = normaliseApiDocument(libraryRobot);
  const scope = documentScope(document, functionViews(document, lexicon), lexicon, 'robot');
  const judge = (text: string, mood: 'command' | 'neutral' | 'question', vouched = false) =>
    judgeScope(scope.read(text, undefined, mood), { mood, vouched, thresholds: DEFAULT_SCOPE_THRESHOLDS, nearest: async () => 0.5 });

  it('for a command, names its verb and the functions none of its words meets', async () => {
    const verdict = await judge('Print a label for the parcel.', 'neutral');
    expect(verdict.unsupported?.verb).toBe('print');
    expect(verdict.unsupported?.functions.has('battery_level')).toBe(true);
    expect(verdict.unsupported?.functions.has('read_barcode')).toBe(false);
    const tally = await judge('please tally the books on this shelf', 'command');
    expect(tally.unsupported?.verb).toBe('tally');
    expect(tally.unsupported?.functions.has('count_books')).toBe(false);
  });

  it('not for a question, a request that opens with no verb, or one the document vouches for', async () => {
    expect((await judge('how much charge is left in the battery?', 'question')).unsupported).toBeUndefined();
    expect((await judge('battery level now', 'neutral')).unsupported).toBeUndefined();
    expect((await judge('Print a label for the parcel.', 'neutral', true)).unsupported).toBeUndefined();
  });
});

describe.skipIf(!wordNet)('the mapper keeps what the robot does, said in other words', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('calls each function for orders whose words meet it, and declines orders it has nothing for', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: libraryRobot, selfNoun: 'robot' });
    for (const [order, wanted] of [
      ['Put the returned books back on the shelves.', 'shelve_books'],
      ['Tally the books on this shelf.', 'count_books'],
      ['Go back to your base.', 'go_to_base'],
      ['Read the barcode of this book.', 'read_barcode'],
    ] as const) {
      const result = await mapper.map(order);
      expect(result.kind === 'call' ? result.calls.map((each) => each.function) : result.reason, order).toEqual([wanted]);
    }
    for (const order of ['Bake the bread for the staff.', 'Water the ferns in the lobby.', 'Lift the crate onto the van.']) {
      expect((await mapper.map(order)).kind, order).toBe('not_executable');
    }
  });
});
