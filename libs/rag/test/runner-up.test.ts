import { beforeAll, describe, expect, it } from 'vitest';
import { stem } from '@meshmind/language';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import { normaliseApiDocument } from '../src/api-document';
import { functionProfile } from '../src/mapper/evidence';
import { pairEvidence } from '../src/mapper/runner-up';

// A document written for this test: an aquarium feeder that feeds, reads its hopper and lights the tank.
const feederEntries = [
  { name: 'dispense_food', input_argument: [], input_type: [], output: 'bool', notes: 'Dispenses one portion of food into the tank.', programming_language: 'Python' },
  { name: 'read_food_level', input_argument: [], input_type: [], output: 'int', notes: 'Returns how much food is left in the hopper, in percent.', programming_language: 'Python' },
  { name: 'switch_tank_light', input_argument: ['on'], input_type: ['bool'], output: 'bool', notes: 'Switches the tank light on or off.', programming_language: 'Python' },
];
const feeder = normaliseApiDocument(feederEntries);
const profileOf = (name: string) => functionProfile(feeder.functions.find((fn) => fn.name === name)!, name.split('_'), 'en');
const stems = (...words: string[]) => new Set(words.map(stem));

describe('why a call leads its runner-up, view by view', () => {
  it('records the lead on the embedding, on the words and on the evidence terms', () => {
    // Hybrid score 0.45 x semantic + 0.55 x lexical, plus evidence: 0.065 for the chosen, 0.005 for the runner-up.
    const chosen = { score: 0.5, semantic: 0.6, lexical: 0.3 };
    const runnerUp = { score: 0.45, semantic: 0.5, lexical: 0.4 };
    const pair = pairEvidence(stems('feed', 'fish'), chosen, profileOf('dispense_food'), runnerUp, profileOf('read_food_level'));
    expect(pair.views).toEqual({ semantic: 0.1, lexical: -0.1, evidence: 0.06 });
    expect(pair.rankingsDisagree).toBe(true);
  });

  it('finds no disagreement where one function leads on every view', () => {
    const pair = pairEvidence(stems('food'), { score: 0.6, semantic: 0.6, lexical: 0.5 }, profileOf('read_food_level'), { score: 0.4, semantic: 0.5, lexical: 0.3 }, profileOf('dispense_food'));
    expect(pair.rankingsDisagree).toBe(false);
    expect(pair.views.semantic).toBeGreaterThan(0);
    expect(pair.views.lexical).toBeGreaterThan(0);
  });

  it('says when the request names the runner-up by its own verb and not the chosen', () => {
    const pair = pairEvidence(stems('dispense', 'portion'), { score: 0.5, semantic: 0.5, lexical: 0.3 }, profileOf('read_food_level'), { score: 0.48, semantic: 0.4, lexical: 0.4 }, profileOf('dispense_food'));
    expect(pair.runnerUpNamed).toBe(true);
  });
});

describe('the mapper reports the views of each call it makes', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it.each(['give the fish their dinner', 'how much food is left?', 'turn the tank light off'])('"%s": the views add up to the lead', async (request) => {
    const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: feederEntries });
    const result = await mapper.map(request);
    expect(result.kind).toBe('call');
    const lead = result.kind === 'call' ? result.leads?.[0] : undefined;
    const views = lead?.pair?.views;
    expect(views).toBeDefined();
    // The lead is the hybrid blend of the two views plus the evidence, at the default weights.
    expect(0.45 * views!.semantic + 0.55 * views!.lexical + views!.evidence).toBeCloseTo(lead!.margin, 2);
  });
});
