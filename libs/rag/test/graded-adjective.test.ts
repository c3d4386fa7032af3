import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { withBaseGrades } from '../src/arguments/graded-adjective';

// A coffee grinder written for this test: its grind options are named by their base words.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const grinder = {
  type: 'grinder',
  title: 'Coffee grinder',
  nouns: ['grinder', 'coffee grinder'],
  state: { grind: { type: 'enum', description: 'How fine the beans are ground.', values: ['fine', 'medium', 'coarse'] } },
  functions: [
    { name: 'set_grind', kind: 'action', description: 'Sets how fine the grinder grinds the beans.', parameters: [{ name: 'grind', type: 'enum', description: 'Grind size.', values: ['fine', 'medium', 'coarse'] }], effects: [{ key: 'grind', parameter: 'grind' }] },
    { name: 'grind_beans', kind: 'action', parameters: [], description: 'Grinds one dose of beans.' },
  ],
} as unknown as DeviceDescription;

describe('an adjective of a higher grade read as its base', () => {
  it('reads superlatives and comparatives as their base adjective', () => {
    expect(withBaseGrades('the finest grind', wordNet)).toBe('the fine grind');
    expect(withBaseGrades('make it coarser', wordNet)).toBe('make it coarse');
    expect(withBaseGrades('the noisiest one', wordNet)).toBe('the noisy one');
    expect(withBaseGrades('the biggest cup', wordNet)).toBe('the big cup');
  });

  it('keeps words that are nouns or verbs of their own, and reads nothing without WordNet', () => {
    expect(withBaseGrades('water the tower with more power', wordNet)).toBe('water the tower with more power');
    expect(withBaseGrades('the finest grind', undefined)).toBe('the finest grind');
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('takes the option a superlative names', async () => {
      const mapper = await createApiMapper({ embedder, lexicon, document: grinder, selfNoun: 'grinder' });
      for (const [said, grind] of [['set the grind to the finest', 'fine'], ['set it to the coarsest grind', 'coarse']] as const) {
        const result = await mapper.map(said, { grind: 'medium' });
        expect(result.kind === 'call' ? result.calls[0]!.arguments : result.reason, said).toEqual({ grind });
      }
    });
  });
});
