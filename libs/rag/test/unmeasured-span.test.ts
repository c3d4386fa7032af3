import { describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { saysUnmeasuredSpan } from '../src/mapper/unmeasured-span';

// A pond pump written for this test: it runs until stopped, or for the minutes given.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet!;

const pondPump = {
  type: 'pond_pump',
  title: 'Pond fountain pump',
  nouns: ['pump', 'fountain', 'pond pump'],
  state: { running: { type: 'boolean', description: 'Whether the pump runs.' } },
  functions: [
    {
      name: 'start_pump', kind: 'action', description: 'Starts the fountain pump, optionally stopping it after the given minutes.',
      parameters: [{ name: 'run_time', type: 'integer', description: 'Stop after this long; leave out to keep running.', unit: 'min', minimum: 1, maximum: 120, required: false }],
      effects: [{ key: 'running', value: true }],
    },
    { name: 'stop_pump', kind: 'action', parameters: [], description: 'Stops the fountain pump.', effects: [{ key: 'running', value: false }] },
  ],
} as unknown as DeviceDescription;

const outcome = (result: Awaited<ReturnType<Awaited<ReturnType<typeof createApiMapper>>['map']>>) =>
  result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`).join(';') : 'declined';

describe('a run asked for an unmeasured span (unmeasured-span.ts)', () => {
  it('reads "for" and an indefinite span of time, not a measured one', () => {
    expect(saysUnmeasuredSpan('run the fountain for a bit', wordNet)).toBe(true);
    expect(saysUnmeasuredSpan('start the pump for a little while', wordNet)).toBe(true);
    expect(saysUnmeasuredSpan('start the pump for now', wordNet)).toBe(false);
    expect(saysUnmeasuredSpan('start the pump for the fish', wordNet)).toBe(false);
  });

  it('asks how long instead of running without end, and keeps a measured run', async () => {
    const pump = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: pondPump, selfNoun: 'pump' });
    for (const text of ['start the pump for a bit', 'run the fountain for a while']) {
      expect(outcome(await pump.map(text, { running: false })), text).not.toBe('start_pump{}');
    }
    expect(outcome(await pump.map('start the pump for 20 minutes', { running: false }))).toBe('start_pump{"run_time":20}');
    expect(outcome(await pump.map('start the pump', { running: false }))).toBe('start_pump{}');
  }, 60_000);
});
