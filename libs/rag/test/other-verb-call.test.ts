import { describe, expect, it } from 'vitest';
import type { MapResult } from '@meshmind/rag';
import { otherVerbCall } from '../src/mapper/other-verb-call';
import { scopeReading as read } from './support/scope-reading';

// A pond drone of our own: it films the pond (record_video), points its lens (aim_lens) and reads its battery.
const call = (name: string, margin: number): MapResult => ({
  kind: 'call',
  calls: [{ function: name, arguments: {}, confidence: 0.6, margin }],
  candidates: [],
  ranking: [],
  leads: [{ function: name, margin, wordsDisagree: false, runnerUp: 'aim_lens' }],
});
describe('a command whose verb explains no function, the call chosen by its object alone (other-verb-call.ts)', () => {
  it('declines a near call where only the object explains it, and the runner-up alike: "polish the lens" -> the video', () => {
    const asRead = read(['polish', 'lens'], { record_video: [1], aim_lens: [1], battery: [] });
    expect(otherVerbCall(call('record_video', 0.02), true, 'polish the lens', asRead)).toBe('polish');
  });

  it('keeps a call whose words tell it from the runner-up, or a request that opens with no verb of its own', () => {
    // "polish the lens and film": the chosen one explains more than the runner-up
    expect(otherVerbCall(call('record_video', 0.02), true, 'polish the lens and film', read(['polish', 'lens', 'film'], { record_video: [1, 2], aim_lens: [1] }))).toBeUndefined();
    // "could u polish the lens": "u" is read first, but the request opens with "could"
    expect(otherVerbCall(call('record_video', 0.02), true, 'could u polish the lens', read(['u', 'polish', 'lens'], { record_video: [2], aim_lens: [2] }))).toBeUndefined();
  });

  it('keeps a call its verb explains ("film the pond"), or one that leads clearly', () => {
    expect(otherVerbCall(call('record_video', 0.02), true, 'film the pond', read(['film', 'pond'], { record_video: [0, 1], aim_lens: [1] }))).toBeUndefined();
    // the verb explains another function than the chosen one: that function's own evidence is weighed elsewhere
    expect(otherVerbCall(call('record_video', 0.02), true, 'point the lens', read(['point', 'lens'], { record_video: [1], aim_lens: [0, 1] }))).toBeUndefined();
    expect(otherVerbCall(call('record_video', 0.2), true, 'polish the lens', read(['polish', 'lens'], { record_video: [1], aim_lens: [1] }))).toBeUndefined();
  });

  it('leaves questions, calls no word explains and one-word requests to the other readers', () => {
    expect(otherVerbCall(call('record_video', 0.02), false, 'polish the lens?', read(['polish', 'lens'], { record_video: [1] }))).toBeUndefined();
    expect(otherVerbCall(call('record_video', 0.02), true, 'polish the pond', read(['polish', 'pond'], { record_video: [], aim_lens: [] }))).toBeUndefined();
    expect(otherVerbCall(call('record_video', 0.02), true, 'lens', read(['lens'], { record_video: [0] }))).toBeUndefined();
  });
});
