import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import type { DeviceDescription } from '@meshmind/protocol';
import { normaliseApiDocument } from '../src/api-document';
import { withSplitIdiom } from '../src/mapper/split-idiom';

const wordNet = openLexicon().wordNet;

describe('a verb and a participle WordNet lists as one verb, said around their object, are read as its one-word verb', () => {
  it.each([
    ['get the pump going', 'start the pump'],
    ['get the sprinkler going again', 'start the sprinkler again'],
    ['please get the water moving', 'please start the water'],
  ])('"%s" -> "%s"', (said, read) => expect(withSplitIdiom(said, wordNet)).toBe(read));

  it.each(['keep the heater going', 'get going', 'get the temperature', 'get up, the pump is going', 'turn the pump on'])('leaves "%s" as said', (said) => {
    expect(withSplitIdiom(said, wordNet)).toBe(said);
  });
});

describe("a participle that is the document's own word for a state of the device", () => {
  // A pool cleaner written for this test: its cleaning state is also said "scrubbing".
  const poolCleaner = normaliseApiDocument({
    type: 'pool_cleaner',
    title: 'Robotic pool cleaner',
    nouns: ['pool cleaner', 'pool robot'],
    state: { status: { type: 'enum', description: 'What the pool robot is doing.', values: ['parked', 'cleaning'], synonyms: { cleaning: ['scrubbing', 'sweeping'] } } },
    functions: [
      { name: 'start_cleaning', kind: 'action', parameters: [], description: 'Sends the pool robot round the pool floor.', effects: [{ key: 'status', value: 'cleaning' }] },
      { name: 'park', kind: 'action', parameters: [], description: 'Parks the pool robot at the steps.', effects: [{ key: 'status', value: 'parked' }] },
    ],
  } as unknown as DeviceDescription);

  it('is read as the pair with "going" where WordNet has no verb of the pair', () => {
    expect(withSplitIdiom('get the pool robot scrubbing', wordNet, poolCleaner)).toBe('start the pool robot scrubbing');
    expect(withSplitIdiom('get the pool robot sweeping please', wordNet, poolCleaner)).toBe('start the pool robot sweeping please');
  });

  it('leaves a participle of no state of the device, or no document, as said', () => {
    expect(withSplitIdiom('get the pool robot singing', wordNet, poolCleaner)).toBe('get the pool robot singing');
    expect(withSplitIdiom('get the pool robot scrubbing', wordNet)).toBe('get the pool robot scrubbing');
    expect(withSplitIdiom('set the scrubbing to 3', wordNet, poolCleaner)).toBe('set the scrubbing to 3');
  });
});
