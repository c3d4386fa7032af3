import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type MapResult } from '@meshmind/rag';
import { normaliseApiDocument, type NormalisedFunction } from '../src/api-document';
import { askedWhenDoubtful, CALIBRATED_DOUBT_MARGIN } from '../src/mapper/doubtful-call';

// A document written for this test: a greenhouse controller that vents, waters and reads the soil.
const greenhouseEntries = [
  { name: 'open_roof_vent', input_argument: [], input_type: [], output: 'bool', notes: 'Opens the roof vent to let warm air out.', programming_language: 'Python' },
  { name: 'close_roof_vent', input_argument: [], input_type: [], output: 'bool', notes: 'Closes the roof vent.', programming_language: 'Python' },
  { name: 'start_irrigation', input_argument: ['minutes'], input_type: ['int'], output: 'bool', notes: 'Waters the beds through the drip lines for some minutes.', programming_language: 'Python' },
  { name: 'read_soil_moisture', input_argument: [], input_type: [], output: 'int', notes: 'Returns how damp the soil is, in percent.', programming_language: 'Python' },
];
const functions = new Map<string, NormalisedFunction>(normaliseApiDocument(greenhouseEntries).functions.map((fn) => [fn.name, fn]));

/** A single call as the mapper makes it, won over `runnerUp` by `margin`. */
function call(chosen: string, runnerUp: string, margin: number): MapResult {
  return {
    kind: 'call',
    calls: [{ function: chosen, arguments: {}, confidence: 0.6, margin }],
    candidates: [chosen, runnerUp],
    ranking: [{ function: chosen, score: 0.4, confidence: 0.6 }, { function: runnerUp, score: 0.4 - margin, confidence: 0.4 }],
    leads: [{ function: chosen, margin, wordsDisagree: false, runnerUp }],
  };
}
const support = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('a near call between two unrelated functions that the words do not tell apart is asked about', () => {
  it('asks which of the two was meant, with their descriptions', () => {
    const result = askedWhenDoubtful(call('read_soil_moisture', 'open_roof_vent', 0.005), 'check the greenhouse', support({ read_soil_moisture: 0, open_roof_vent: 0 }), CALIBRATED_DOUBT_MARGIN, functions);
    expect(result.kind).toBe('not_executable');
    expect(result.kind === 'not_executable' && result.reason).toBe(
      'did you mean read_soil_moisture (Returns how damp the soil is, in percent) or open_roof_vent (Opens the roof vent to let warm air out)? The request fits both about equally and none of its words tells them apart',
    );
    expect(result.ranking.map((candidate) => candidate.function)).toEqual(['read_soil_moisture', 'open_roof_vent']);
  });

  it('names the functions of a document not in English by their identifiers, not by notes the person may not read', () => {
    const result = askedWhenDoubtful(call('read_soil_moisture', 'open_roof_vent', 0.005), 'check the greenhouse', support({ read_soil_moisture: 0, open_roof_vent: 0 }), CALIBRATED_DOUBT_MARGIN, functions, 'zh');
    expect(result.kind === 'not_executable' && result.reason).toBe(
      'did you mean read_soil_moisture or open_roof_vent? The request fits both about equally and none of its words tells them apart',
    );
  });

  it('asks where the runner-up explains more of the request than the chosen', () => {
    const result = askedWhenDoubtful(call('start_irrigation', 'read_soil_moisture', 0.01), 'check the greenhouse', support({ start_irrigation: 1, read_soil_moisture: 2 }), CALIBRATED_DOUBT_MARGIN, functions);
    expect(result.kind).toBe('not_executable');
  });

  it('makes the call where the chosen explains more of the request than the runner-up', () => {
    const result = askedWhenDoubtful(call('start_irrigation', 'read_soil_moisture', 0.005), 'check the greenhouse', support({ start_irrigation: 1, read_soil_moisture: 0 }), CALIBRATED_DOUBT_MARGIN, functions);
    expect(result.kind).toBe('call');
    expect(result.kind === 'call' && result.leads?.[0]?.support).toEqual({ chosen: 1, runnerUp: 0, named: false });
  });

  it('makes the call between two sides of one thing, whose names share a word (the ranking tells opposites apart)', () => {
    const result = askedWhenDoubtful(call('open_roof_vent', 'close_roof_vent', 0.001), 'check the greenhouse', support({ open_roof_vent: 0, close_roof_vent: 0 }), CALIBRATED_DOUBT_MARGIN, functions);
    expect(result.kind).toBe('call');
  });

  it('makes the call where the request says a word of the chosen function\'s name that the runner-up\'s lacks', () => {
    const result = askedWhenDoubtful(call('open_roof_vent', 'read_soil_moisture', 0.005), 'roof open please', support({ open_roof_vent: 0, read_soil_moisture: 0 }), CALIBRATED_DOUBT_MARGIN, functions);
    expect(result.kind).toBe('call');
  });

  it('makes the call where it leads by the margin or more', () => {
    const result = askedWhenDoubtful(call('read_soil_moisture', 'open_roof_vent', CALIBRATED_DOUBT_MARGIN), 'check the greenhouse', support({ read_soil_moisture: 0, open_roof_vent: 0 }), CALIBRATED_DOUBT_MARGIN, functions);
    expect(result.kind).toBe('call');
  });

  it('does not weigh a request of several calls, nor anything with the margin at 0', () => {
    const twoCalls = call('read_soil_moisture', 'open_roof_vent', 0.001);
    if (twoCalls.kind === 'call') twoCalls.calls.push({ function: 'start_irrigation', arguments: { minutes: 5 }, confidence: 1, margin: 0.3 });
    expect(askedWhenDoubtful(twoCalls, 'check the greenhouse', support({}), CALIBRATED_DOUBT_MARGIN, functions).kind).toBe('call');
    expect(askedWhenDoubtful(call('read_soil_moisture', 'open_roof_vent', 0.001), 'check the greenhouse', support({}), 0, functions).kind).toBe('call');
  });
});

describe('a near call whose own description the request says whole is no guess', () => {
  // A shade controller of this test's own: one function does exactly what it says, the other does it
  // only in one state and the opposite in the other.
  const shadeFunctions = new Map<string, NormalisedFunction>(
    normaliseApiDocument([
      { name: 'retract', input_argument: [], input_type: [], output: 'bool', notes: 'Retracts the shade cloth.', programming_language: 'Python' },
      { name: 'flip', input_argument: [], input_type: [], output: 'bool', notes: 'Retracts the shade cloth when it is out, otherwise spreads it.', programming_language: 'Python' },
    ]).functions.map((fn) => [fn.name, fn]),
  );

  it.each(['retract the shade cloth', 'please retract the shade cloth now', 'shade cloth: retract it'])('"%s" makes the call: it says all the chosen function does and nothing only the other does', (request) => {
    const result = askedWhenDoubtful(call('retract', 'flip', 0.005), request, support({ retract: 1, flip: 1 }), CALIBRATED_DOUBT_MARGIN, shadeFunctions);
    expect(result.kind).toBe('call');
  });

  it('asks where the request leaves a word of the chosen description unsaid', () => {
    const result = askedWhenDoubtful(call('retract', 'flip', 0.005), 'pull the shade in', support({ retract: 1, flip: 1 }), CALIBRATED_DOUBT_MARGIN, shadeFunctions);
    expect(result.kind).toBe('not_executable');
  });

  it('asks where the chosen is the one whose description says more than the request', () => {
    const result = askedWhenDoubtful(call('flip', 'retract', 0.005), 'retract the shade cloth', support({ retract: 1, flip: 1 }), CALIBRATED_DOUBT_MARGIN, shadeFunctions);
    expect(result.kind).toBe('not_executable');
  });
});

describe('the mapper weighs the request\'s words for each call', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it.each(['water the beds for ten minutes', 'how damp is the soil?', 'get the warm air out through the roof'])('"%s": the chosen function explains more of the request than its runner-up', async (request) => {
    const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: greenhouseEntries });
    const result = await mapper.map(request);
    expect(result.kind).toBe('call');
    const lead = result.kind === 'call' ? result.leads?.[0] : undefined;
    expect(lead?.support?.chosen).toBeGreaterThan(lead?.support?.runnerUp ?? Infinity);
  });

  it('makes every call with the rule turned off (doubtMargin 0)', async () => {
    const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: greenhouseEntries, doubtMargin: 0 });
    expect((await mapper.map('take care of the greenhouse')).kind).toBe('call');
  });

  it('asks, naming both functions, where a wide margin finds the words even (the margin set high for the test)', async () => {
    const mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: greenhouseEntries, doubtMargin: 10 });
    const result = await mapper.map('take care of the greenhouse');
    expect(result.kind).toBe('not_executable');
    expect(result.kind === 'not_executable' && result.reason).toMatch(/^did you mean \w+ \(.+\) or \w+ \(.+\)\?/);
  });
});
