import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type MapResult } from '@meshmind/rag';
import { normaliseApiDocument, type NormalisedFunction } from '../src/api-document';
import type { ScopeVerdict } from '../src/mapper/scope';
import { askedWhenUnsure, groundsOf, guessedStep, STEP_GUESS_BELOW, type UnsureContext } from '../src/mapper/unsure-call';

// A document written for this test: an aquarium controller that feeds, lights and reads the tank.
const aquariumEntries = [
  { name: 'dispense_food', input_argument: ['grams'], input_type: ['float'], output: 'bool', notes: 'Drops fish food into the tank.', programming_language: 'Python' },
  { name: 'set_tank_light', input_argument: ['level'], input_type: ['int'], output: 'bool', notes: 'Sets the tank lamp brightness in percent.', programming_language: 'Python' },
  { name: 'read_water_temperature', input_argument: [], input_type: [], output: 'float', notes: 'Returns the water temperature in degrees.', programming_language: 'Python' },
  { name: 'run_filter_pump', input_argument: ['minutes'], input_type: ['int'], output: 'bool', notes: 'Runs the filter pump for some minutes.', programming_language: 'Python' },
];
const functions = new Map<string, NormalisedFunction>(normaliseApiDocument(aquariumEntries).functions.map((fn) => [fn.name, fn]));

/** A request of two steps as the mapper calls it: each step's function, its score and its text. */
function twoSteps(first: { fn: string; score: number; step: string }, second: { fn: string; score: number; step: string }): MapResult {
  const call = (step: { fn: string; score: number }) => ({ function: step.fn, arguments: {}, confidence: 0.6, margin: 0.03 });
  const lead = (step: { fn: string; score: number; step: string }) => ({ function: step.fn, margin: 0.03, wordsDisagree: false, hit: { score: step.score, semantic: 0.3, lexical: 0.2 }, step: step.step });
  return {
    kind: 'call',
    calls: [call(first), call(second)],
    candidates: [first.fn, second.fn],
    ranking: [{ function: first.fn, score: first.score, confidence: 0.5 }, { function: second.fn, score: second.score, confidence: 0.5 }],
    leads: [lead(first), lead(second)],
  };
}

/** A scope reading of our own: which functions explain how many of each text's content words. */
function reader(table: Record<string, { content: string[]; support: Record<string, number> }>): UnsureContext {
  return {
    mood: 'command',
    kinds: new Map(),
    readStep: (text) => {
      const read = table[text] ?? { content: [], support: {} };
      return { content: read.content, support: new Map(Object.entries(read.support)) };
    },
  };
}
const verdict = (content: string[], support: Record<string, number>): ScopeVerdict => ({ signal: { strongest: 1, mean: 1 }, unmet: [], content, out: false, support: new Map(Object.entries(support)) });

describe('a step of a request of several that nothing in its words grounds is asked about', () => {
  const steps = reader({
    'give them their flakes': { content: ['give', 'flakes'], support: { dispense_food: 1 } },
    'do a gravel vacuum': { content: ['gravel', 'vacuum'], support: {} },
  });
  const whole = verdict(['give', 'flakes', 'gravel', 'vacuum'], { dispense_food: 1 });

  it('asks, quoting the step, where the step\'s function explains none of its words and scores under the threshold', () => {
    const result = twoSteps({ fn: 'dispense_food', score: 0.55, step: 'give them their flakes' }, { fn: 'read_water_temperature', score: 0.27, step: 'do a gravel vacuum' });
    const asked = askedWhenUnsure(result, 'give them their flakes and do a gravel vacuum', whole, { doubtMargin: 0.02, stepGuessBelow: STEP_GUESS_BELOW }, functions, 'en', steps);
    expect(asked.kind).toBe('not_executable');
    expect(asked.kind === 'not_executable' && asked.reason).toBe('none of the words of "do a gravel vacuum" is a word of read_water_temperature, the nearest function to it, and it fits none well: what should be done for "do a gravel vacuum"?');
    expect(asked.grounds?.steps).toEqual([{ content: 2, explained: 1 }, { content: 2, explained: 0 }]);
  });

  it('makes the calls with the abstention off (stepGuessBelow 0)', () => {
    const result = twoSteps({ fn: 'dispense_food', score: 0.55, step: 'give them their flakes' }, { fn: 'read_water_temperature', score: 0.27, step: 'do a gravel vacuum' });
    expect(askedWhenUnsure(result, 'give them their flakes and do a gravel vacuum', whole, { doubtMargin: 0.02, stepGuessBelow: 0 }, functions, 'en', steps).kind).toBe('call');
  });

  it('makes the calls where the unexplained step scores at the threshold or more (meaning alone may pick it)', () => {
    const result = twoSteps({ fn: 'dispense_food', score: 0.55, step: 'give them their flakes' }, { fn: 'run_filter_pump', score: STEP_GUESS_BELOW, step: 'do a gravel vacuum' });
    expect(askedWhenUnsure(result, 'give them their flakes and do a gravel vacuum', whole, { doubtMargin: 0.02, stepGuessBelow: STEP_GUESS_BELOW }, functions, 'en', steps).kind).toBe('call');
  });

  it('makes the calls where each step\'s function explains a word of its step', () => {
    const grounded = reader({ 'give them their flakes': { content: ['give', 'flakes'], support: { dispense_food: 1 } }, 'run the filter': { content: ['run', 'filter'], support: { run_filter_pump: 2 } } });
    const result = twoSteps({ fn: 'dispense_food', score: 0.55, step: 'give them their flakes' }, { fn: 'run_filter_pump', score: 0.25, step: 'run the filter' });
    expect(askedWhenUnsure(result, 'give them their flakes and run the filter', whole, { doubtMargin: 0.02, stepGuessBelow: STEP_GUESS_BELOW }, functions, 'en', grounded).kind).toBe('call');
  });

  it('makes the call where every step chose the same function (one call for the whole request)', () => {
    const result: MapResult = { kind: 'call', calls: [{ function: 'dispense_food', arguments: {}, confidence: 0.6, margin: 0.1 }], candidates: ['dispense_food'], ranking: [{ function: 'dispense_food', score: 0.25, confidence: 0.6 }], leads: [{ function: 'dispense_food', margin: 0.1, wordsDisagree: false, hit: { score: 0.25, semantic: 0.3, lexical: 0.1 }, step: 'do a gravel vacuum' }] };
    expect(guessedStep(result, groundsOf(result, whole, functions, steps))).toBeUndefined();
  });

  it('does not judge a step with no content words, nor a request of one step', () => {
    const empty = reader({ 'give them their flakes': { content: ['give', 'flakes'], support: { dispense_food: 1 } }, 'do it': { content: [], support: {} } });
    const result = twoSteps({ fn: 'dispense_food', score: 0.55, step: 'give them their flakes' }, { fn: 'run_filter_pump', score: 0.25, step: 'do it' });
    expect(askedWhenUnsure(result, 'give them their flakes and do it', whole, { doubtMargin: 0.02, stepGuessBelow: STEP_GUESS_BELOW }, functions, 'en', empty).kind).toBe('call');
    const single: MapResult = { kind: 'call', calls: [{ function: 'read_water_temperature', arguments: {}, confidence: 0.6, margin: 0.1 }], candidates: [], ranking: [], leads: [{ function: 'read_water_temperature', margin: 0.1, wordsDisagree: false, hit: { score: 0.25, semantic: 0.3, lexical: 0.1 } }] };
    const asked = askedWhenUnsure(single, 'do a gravel vacuum', verdict(['gravel', 'vacuum'], {}), { doubtMargin: 0.02, stepGuessBelow: STEP_GUESS_BELOW }, functions, 'en', steps);
    expect(asked.kind).toBe('call');
    expect(asked.grounds).toEqual({ content: 2, unmet: 0, explained: [0], most: 0, mood: 'command', kinds: [undefined] });
  });
});

describe('the mapper records what grounds its calls', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  }, 120_000);

  it('gives each call its scores and how many of the request\'s content words its function explains', async () => {
    const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: aquariumEntries });
    const result = await mapper.map('what temperature is the water at?');
    expect(result.kind).toBe('call');
    expect(result.kind === 'call' && result.calls.map((call) => call.function)).toEqual(['read_water_temperature']);
    expect(result.grounds?.explained[0]).toBeGreaterThan(0);
    expect(result.grounds?.mood).toBe('question');
    expect(result.leads?.[0]?.hit?.score).toBeGreaterThan(STEP_GUESS_BELOW);
  }, 120_000);
});
