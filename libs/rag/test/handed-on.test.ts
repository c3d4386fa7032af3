import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { normaliseApiDocument, openLexicon, type MapResult } from '@meshmind/rag';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { handedOn } from '../src/mapper/handed-on';

// A survey drone written for this test: it photographs a field, charts it, and (one function) texts a
// note to a number given as free text.
const entry = (name: string, input: string[], types: string[], notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: types, output: 'bool', notes, programming_language: 'Python' });
const drone = normaliseApiDocument([
  entry('shoot_still', [], [], 'Shoots a still picture of the field below.'),
  entry('chart_field', ['row'], ['int'], 'Charts the crop row with the given number and returns the chart.'),
  entry('forward_chart', [], [], 'Forwards the last chart to the farm office.'),
  entry('send_note', ['text'], ['str'], 'Sends a short text note.'),
]);
const byName = new Map(drone.functions.map((fn) => [fn.name, fn]));
const wordNet = openLexicon().wordNet as WordNet | undefined;
const read = createRequestReader();
const calling = (name: string, args: Record<string, unknown> = {}) => ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const handed = (text: string, name = 'shoot_still', args: Record<string, unknown> = {}) => handedOn(calling(name, args), read(text), byName, new Set(['drone']), wordNet);

describe('a thing asked to be handed on is not what a function that makes it does (handed-on.ts)', () => {
  it.skipIf(!wordNet)('declines a verb whose commonest sense hands on, whatever its object', () => {
    expect(handed('e-mail the farmer a still')).toBeDefined();
    expect(handed('please upload a picture of row 3')).toBe('upload picture');
    expect(handed('fax over the chart', 'chart_field', { row: 2 })).toBeUndefined(); // a particle: moved, not read as handed on
    expect(handed('fax the chart of row 4', 'chart_field', { row: 4 })).toBe('fax chart');
  });

  it.skipIf(!wordNet)('declines a verb that may hand on where the thing exists or goes somewhere', () => {
    expect(handed('send that picture to the agronomist')).toBe('send picture');
    expect(handed('mail us the latest chart', 'chart_field', { row: 1 })).toBe('mail chart');
  });

  it.skipIf(!wordNet)('lets stand a new thing sent back, the device sent, a question and a function that hands on itself', () => {
    expect(handed('send me a picture')).toBeUndefined();
    expect(handed('send the drone to row 5', 'chart_field', { row: 5 })).toBeUndefined();
    expect(handed('could you send it over to row 2', 'chart_field', { row: 2 })).toBeUndefined();
    expect(handed('did you upload the picture?')).toBeUndefined();
    expect(handed('forward the chart to the office', 'forward_chart')).toBeUndefined();
    expect(handed('send the note to Sam', 'send_note', { text: 'hi' })).toBeUndefined();
  });
});
