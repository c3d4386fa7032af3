import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { undoneDeed, undoesVerb } from '../src/mapper/undone-deed';

// A drawing plotter of my own: it draws sketches, records logs, parks its pen, loads paper, reads its ink and removes a sheet.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const functions: NormalisedFunction[] = [
  { name: 'draw_sketch', description: 'Draws a new sketch on the paper.', kind: 'action', parameters: [] },
  { name: 'start_log_recording', description: 'Starts recording a log of every movement.', kind: 'action', parameters: [] },
  { name: 'park_pen', description: 'Parks the pen in its holder.', kind: 'action', parameters: [] },
  { name: 'load_paper', description: 'Loads a fresh sheet of paper.', kind: 'action', parameters: [] },
  { name: 'ink_level', description: 'Reports how much ink is left.', kind: 'query', parameters: [] },
  { name: 'remove_sheet', description: 'Removes the sheet from the bed.', kind: 'action', parameters: [] },
  { name: 'turn_off_motor', description: 'Turns the motor off.', kind: 'action', parameters: [] },
];
const byName = new Map(functions.map((fn) => [fn.name, fn]));
const calling = (...names: string[]) => ({ kind: 'call', calls: names.map((name) => ({ function: name, arguments: {}, confidence: 0.5, margin: 0.1 })), ranking: [] }) as unknown as MapResult;
const declined = (text: string, ...names: string[]) => undoneDeed(calling(...names), [read(text)], byName, wordNet);

describe('a command that undoes what the call makes', () => {
  it.skipIf(!wordNet)('reads removing verbs from their commonest senses', () => {
    expect(undoesVerb('delete', wordNet!)).toBe(true);
    expect(undoesVerb('erase', wordNet!)).toBe(true);
    expect(undoesVerb('discard', wordNet!)).toBe(true);
    expect(undoesVerb('draw', wordNet!)).toBe(false);
    expect(undoesVerb('dock', wordNet!)).toBe(false);
    expect(undoesVerb('open', wordNet!)).toBe(false);
  });

  it.skipIf(!wordNet)('declines removing the thing the one function makes', () => {
    expect(declined('delete the sketch', 'draw_sketch')).toBe('delete the sketch');
    expect(declined('please erase that sketch', 'draw_sketch')).toBeDefined();
    expect(declined('discard the log', 'start_log_recording')).toBeDefined();
    expect(declined('can you delete a sketch?', 'draw_sketch')).toBeDefined();
    expect(declined('unload', 'load_paper')).toBe('unload');
  });

  it.skipIf(!wordNet)('declines the undoing clause of a two-step command', () => {
    expect(declined('delete the sketch and park the pen', 'draw_sketch', 'park_pen')).toBe('delete the sketch');
  });

  it.skipIf(!wordNet)('lets the deed itself, a remover, an ender, a query and a question stand', () => {
    expect(declined('draw a sketch', 'draw_sketch')).toBeUndefined();
    expect(declined('remove the sheet', 'remove_sheet')).toBeUndefined();
    expect(declined('discard the sheet', 'remove_sheet')).toBeUndefined();
    expect(declined('cancel the motor', 'turn_off_motor')).toBeUndefined();
    expect(declined('remove the ink', 'ink_level')).toBeUndefined();
    expect(declined('did you delete the sketch?', 'draw_sketch')).toBeUndefined();
    expect(declined('delete the paper', 'park_pen')).toBeUndefined();
  });
});
