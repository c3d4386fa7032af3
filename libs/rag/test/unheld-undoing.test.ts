import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { unheldUndoing } from '../src/mapper/unheld-undoing';
import { withJoinedPrefix } from '../src/mapper/hyphened-prefix';

// A chore chart of my own: it pins chores up, stamps them finished and can mute or unmute its chime; nothing takes a stamp back.
const wordNet = openLexicon().wordNet as WordNet | undefined;
const read = createRequestReader();
const functions: NormalisedFunction[] = [
  { name: 'pin_chore', description: 'Pins a chore up on the chart.', kind: 'action', parameters: [{ name: 'chore', type: 'string', description: 'The chore.' }] },
  { name: 'finish_chore', description: 'Stamps a chore as finished.', kind: 'action', parameters: [{ name: 'chore', type: 'string', description: 'The chore.' }] },
  { name: 'set_chime', description: 'Mutes or unmutes the chime.', kind: 'action', parameters: [{ name: 'muted', type: 'boolean', description: 'True to mute.' }] },
  { name: 'read_chores', description: 'Reads the chores still pinned.', kind: 'query', parameters: [] },
];
const calling = (name: string) => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const declined = (text: string, name: string) => unheldUndoing(calling(name), read(text), functions, 'chart', wordNet);

describe.skipIf(!wordNet)('undoing a deed that no function undoes', () => {
  it('declines a negating prefix over an action\'s own verb', () => {
    expect(declined('unstamp the hoovering', 'pin_chore')).toContain('cannot unstamp');
    expect(declined('please unpin the ironing', 'finish_chore')).toContain('cannot unpin');
  });

  it('declines marking a thing "as not" a state', () => {
    expect(declined('mark the ironing as not finished', 'finish_chore')).toContain('not finished');
    expect(declined("flag the bins as not done", 'finish_chore')).toBeDefined();
  });

  it('lets stand an undoing a function says, a verb of no action, the deed itself and a question', () => {
    expect(declined('unmute the chime', 'set_chime')).toBeUndefined();
    expect(declined('undress the bed', 'pin_chore')).toBeUndefined();
    expect(declined('stamp the ironing', 'finish_chore')).toBeUndefined();
    expect(declined('is the ironing marked as not finished?', 'read_chores')).toBeUndefined();
  });
});

describe.skipIf(!wordNet)('a negating prefix set off by a hyphen', () => {
  it('is one word with its verb', () => {
    expect(withJoinedPrefix('un-mute the chime', wordNet)).toBe('unmute the chime');
    expect(withJoinedPrefix('please De-select the kitchen', wordNet)).toBe('please Deselect the kitchen');
  });

  it('stays as written before a word that is no verb', () => {
    expect(withJoinedPrefix('play the un-xyzzy track', wordNet)).toBe('play the un-xyzzy track');
  });
});
