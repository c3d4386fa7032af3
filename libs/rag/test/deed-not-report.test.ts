import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { deedNotReport } from '../src/mapper/deed-not-report';

// A garden mower of my own: it reports its blade's sharpness and its fuel, refuels itself at the shed and sharpens its blade.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const functions: NormalisedFunction[] = [
  { name: 'get_fuel_level', description: 'Returns how much fuel is left in the tank.', kind: 'query', parameters: [] },
  { name: 'blade_sharpness', description: 'Reports how sharp the blade is.', kind: 'query', parameters: [] },
  { name: 'return_to_shed', description: 'Drives back to the shed, takes on fuel and refuels the tank.', kind: 'action', parameters: [] },
  { name: 'hone_blade', description: 'Sharpens the blade on the grinder.', kind: 'action', parameters: [] },
];
const kinds = new Map(functions.map((fn) => [fn.name, fn.kind!]));
const calling = (name: string) => ({ kind: 'call', calls: [{ function: name, arguments: {}, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
const declined = (text: string, name: string) => deedNotReport(calling(name), read(text), functions, (fn) => kinds.get(fn), wordNet);

describe('a command to do a deed is not answered by a report on its object', () => {
  it.skipIf(!wordNet)('declines a query chosen for a verb an action of the document names', () => {
    expect(declined('refuel the tank', 'get_fuel_level')).toBe('refuel');
    expect(declined("the tank's almost empty, go and refuel", 'get_fuel_level')).toBe('refuel');
    expect(declined('go sharpen that blade', 'blade_sharpness')).toBe('sharpen');
  });

  it.skipIf(!wordNet)('lets a question, a verb of knowing, the query\'s own verb and an action call stand', () => {
    expect(declined('is the tank refuelled?', 'get_fuel_level')).toBeUndefined();
    expect(declined('check the fuel', 'get_fuel_level')).toBeUndefined();
    expect(declined('tell me how sharp the blade is', 'blade_sharpness')).toBeUndefined();
    expect(declined('get the fuel level', 'get_fuel_level')).toBeUndefined();
    expect(declined('take a reading of the fuel', 'get_fuel_level')).toBeUndefined();
    expect(declined('update me on the blade', 'blade_sharpness')).toBeUndefined();
    expect(declined('go back to the shed', 'get_fuel_level')).toBeUndefined();
    expect(declined('refuel the tank', 'return_to_shed')).toBeUndefined();
  });
});
