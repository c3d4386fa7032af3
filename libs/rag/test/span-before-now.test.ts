import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { spanBeforeNow } from '../src/mapper/span-before-now';

// A shed door contact and an alarm sensor whose state names what it detects, written for this test.
const shed = {
  type: 'shed_contact', title: 'Shed door contact', description: 'A contact on the shed door.', domain: 'home', version: '1.0.0', nouns: ['shed contact', 'shed sensor'],
  state: { open: { type: 'boolean', description: 'Whether the shed door is open.' } },
  functions: [{ name: 'is_open', description: 'Reports whether the shed door is open.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when open.' } }],
} as unknown as DeviceDescription;
const alarm = {
  type: 'alarm_sensor', title: 'Alarm sensor', description: 'A sensor that detects one condition.', domain: 'home', version: '1.0.0', nouns: ['alarm sensor'],
  state: { on: { type: 'boolean', description: 'Whether the condition is detected.' }, kind: { type: 'string', description: 'What it detects, e.g. flood.' } },
  functions: [
    { name: 'is_on', description: 'Reports whether the condition is detected now.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True when detected.' } },
    { name: 'get_kind', description: 'Reads what the sensor detects.', kind: 'query', parameters: [], returns: { type: 'string', description: 'A kind such as flood.' } },
  ],
} as unknown as DeviceDescription;

const words = (text: string) => text.toLowerCase().split(/\s+/);
const outcome = (result: Awaited<ReturnType<ApiMapper['map']>>) => (result.kind === 'call' ? result.calls.map((call) => call.function).join(',') : 'declined');

describe('a span of time up to now, said with a perfect or a past', () => {
  it('is told by the span and a verb of before now together', () => {
    expect(spanBeforeNow(words('has the shed been opened this morning'))).toBe('this morning');
    expect(spanBeforeNow(words('how cold did it get overnight'))).toBe('overnight');
    expect(spanBeforeNow(words('is the shed open today'))).toBeUndefined();
    expect(spanBeforeNow(words('has the shed warmed up'))).toBeUndefined();
    expect(spanBeforeNow(words('how many went through today'), new Set(['counts', 'today']))).toBeUndefined();
  });

  describe('through the mapper', () => {
    let shedMapper: ApiMapper;
    beforeAll(async () => {
      shedMapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: shed });
    }, 60_000);

    it('is declined by a reading of now', async () => {
      const result = await shedMapper.map('has the shed door been opened this morning', { open: false });
      expect(outcome(result)).toBe('declined');
      if (result.kind === 'not_executable') expect(result.reason).toContain('this morning');
    });

    it('leaves a question of now to the reading', async () => {
      expect(outcome(await shedMapper.map('is the shed door open today', { open: false }))).toBe('is_open');
    });
  });
});

describe('a question for a time put to a sensor whose class the question names', () => {
  it('is not read as its yes or no', async () => {
    const mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: alarm });
    expect(outcome(await mapper.map('when did the flood alarm last go off', { on: false, kind: 'flood' }))).toBe('declined');
    expect(outcome(await mapper.map('is there a flood', { on: false, kind: 'flood' }))).toBe('is_on');
  }, 60_000);
});
