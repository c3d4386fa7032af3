import { describe, expect, it } from 'vitest';
import type { MapResult } from '@meshmind/rag';
import { otherVerbCall } from '../src/mapper/other-verb-call';
import type { ScopeReading } from '../src/mapper/scope';

// A pond drone of our own: it films the pond (record_video), points its lens (aim_lens) and reads its battery.
const call = (name: string, margin: number): MapResult => ({
  kind: 'call',
  calls: [{ function: name, arguments: {}, confidence: 0.6, margin }],
  candidates: [],
  ranking: [],
  leads: [{ function: name, margin, wordsDisagree: false, runnerUp: 'aim_lens' }],
});
const read = (content: string[], explained: Record<string, number[]>): ScopeReading => ({
  content,
  meetings: content.map(() => 1),
  strongest: 1,
  mean: 1,
  unmet: [],
  explained: new Map(Object.entries(explained).map(([name, at]) => [name, new Set(at)])),
});

describe('a command whose verb explains no function, the call chosen by its object alone (other-verb-call.ts)', () => {
  it('declines a near call where only the object explains it: "polish the lens" -> the video', () => {
    const asRead = read(['polish', 'lens'], { record_video: [1], aim_lens: [1], battery: [] });
    expect(otherVerbCall(call('record_video', 0.02), true, asRead)).toBe('polish');
  });

  it('keeps a call its verb explains ("film the pond"), or one that leads clearly', () => {
    expect(otherVerbCall(call('record_video', 0.02), true, read(['film', 'pond'], { record_video: [0, 1], aim_lens: [1] }))).toBeUndefined();
    // the verb explains another function than the chosen one: that function's own evidence is weighed elsewhere
    expect(otherVerbCall(call('record_video', 0.02), true, read(['point', 'lens'], { record_video: [1], aim_lens: [0, 1] }))).toBeUndefined();
    expect(otherVerbCall(call('record_video', 0.2), true, read(['polish', 'lens'], { record_video: [1], aim_lens: [1] }))).toBeUndefined();
  });

  it('leaves questions, calls no word explains and one-word requests to the other readers', () => {
    expect(otherVerbCall(call('record_video', 0.02), false, read(['polish', 'lens'], { record_video: [1] }))).toBeUndefined();
    expect(otherVerbCall(call('record_video', 0.02), true, read(['polish', 'pond'], { record_video: [], aim_lens: [] }))).toBeUndefined();
    expect(otherVerbCall(call('record_video', 0.02), true, read(['lens'], { record_video: [0] }))).toBeUndefined();
  });
});
