import { describe, expect, it } from 'vitest';
import type { DeviceDescription, ParameterSpec } from '@meshmind/protocol';
import { findNumbers } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { numericValue } from '../src/arguments/parameter-values';

// A skylight's louvre written for this test: its opening's note names the shut and the open end.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const opening = { name: 'opening', type: 'integer', description: 'How far to open; 0 is closed, 100 fully open.', unit: '%', minimum: 0, maximum: 100 } as ParameterSpec;
const valueOf = (text: string, current?: number) =>
  numericValue(opening, { text, mentions: findNumbers(text), taken: new Set(), ...(current === undefined ? {} : { current }), ...(wordNet ? { wordNet } : {}) });

const louvre = {
  type: 'louvre',
  title: 'Skylight louvre',
  nouns: ['louvre', 'skylight'],
  state: { opening: { type: 'integer', description: 'How far the louvre is open.', unit: '%', minimum: 0, maximum: 100 } },
  functions: [
    { name: 'open_louvre', kind: 'action', parameters: [], description: 'Opens the louvre fully.', effects: [{ key: 'opening', value: 100 }] },
    { name: 'shut_louvre', kind: 'action', parameters: [], description: 'Shuts the louvre fully.', effects: [{ key: 'opening', value: 0 }] },
    { name: 'set_opening', kind: 'action', description: 'Opens the louvre to the given share.', parameters: [opening], effects: [{ key: 'opening', parameter: 'opening' }] },
  ],
} as unknown as DeviceDescription;

describe('"all the way" goes to the end the verb names (parameter-values.ts)', () => {
  it('reads the way from a verb naming one of the scale\'s ends where no word of change says it', () => {
    expect(valueOf('close the louvre all the way', 100)).toBe(0);
    expect(valueOf('close it all the way')).toBe(0);
    expect(valueOf('open the louvre all the way', 0)).toBe(100);
    expect(valueOf('take it all the way down', 100)).toBe(0);
    expect(valueOf('bring it all the way up', 0)).toBe(100);
  });

  it('keeps the maximum where nothing says the way', () => {
    expect(valueOf('set it to the max')).toBe(100);
    expect(valueOf('run the louvre all the way')).toBe(100);
  });

  it('closes, not opens, the louvre asked to close all the way', async () => {
    const mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: louvre, selfNoun: 'louvre' });
    const result = await mapper.map('close the louvre all the way', { opening: 100 });
    expect(result.kind === 'call' ? result.calls.map((call) => call.function) : []).not.toContain('open_louvre');
  }, 60_000);
});
