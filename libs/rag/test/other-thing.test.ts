import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { NormalisedFunction } from '../src/api-document';
import { goesAbout, otherThing } from '../src/mapper/other-machine';
import type { ScopeReading } from '../src/mapper/scope';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { createRequestReader } from '@meshmind/language';

// A hospital courier robot written for this test: it halts, drives to a ward, goes back to charge,
// takes pictures and tells its charge and place. Around it stand machines of every kind (a steriliser,
// a bed hoist, a laundry press) and it has parts its document never names (a buzzer, a tray lid).
const lexicon = openLexicon();

const courier = {
  type: 'courier_robot',
  title: 'Hospital courier robot',
  nouns: ['courier', 'robot'],
  state: {},
  functions: [
    { name: 'halt', kind: 'action', parameters: [], description: 'Halts the courier at once.' },
    { name: 'go_to_ward', kind: 'action', parameters: [{ name: 'ward', type: 'integer', minimum: 1, maximum: 12, description: 'The ward number.' }], description: 'Drives to the given ward.' },
    { name: 'return_to_charger', kind: 'action', parameters: [], description: 'Travels back to its charger and recharges.' },
    { name: 'take_picture', kind: 'action', parameters: [], description: 'Takes a picture with the front camera.' },
    { name: 'battery_level', kind: 'query', parameters: [], description: 'Tells how charged the battery is, in percent.' },
    { name: 'where_am_i', kind: 'query', parameters: [], description: 'Tells which ward the courier is in.' },
  ],
} as unknown as DeviceDescription;

// A lamp that goes nowhere: it is chosen by what it is called, and its document's words are all it says (otherThing leaves it be).
const lamp = {
  type: 'lamp',
  title: 'Desk lamp',
  nouns: ['lamp'],
  state: { on: { type: 'boolean' } },
  functions: [
    { name: 'turn_on', kind: 'action', parameters: [], description: 'Switches the lamp on.' },
    { name: 'turn_off', kind: 'action', parameters: [], description: 'Switches the lamp off.' },
  ],
} as unknown as DeviceDescription;

const chosen = (result: { kind: string; calls?: { function: string }[] }) => (result.kind === 'call' ? result.calls!.map((call) => call.function) : []);

describe('a deed or a question about a made thing that is not the device', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('declines a deed done to a machine or part the document never names', async () => {
    const robot = await createApiMapper({ embedder, lexicon, document: courier, selfNoun: 'courier' });
    for (const text of ['halt the steriliser!', 'halt the bed hoist', 'please halt your buzzer', 'could you halt the centrifuge?', 'stop the autoclave']) {
      const result = await robot.map(text);
      expect(result.kind, text).toBe('not_executable');
      if (result.kind === 'not_executable') expect(result.reason, text).toMatch(/is not the/);
    }
  });

  it('declines a reading asked of another machine', async () => {
    const robot = await createApiMapper({ embedder, lexicon, document: courier, selfNoun: 'courier' });
    for (const text of ['is the steriliser charged?', 'is the bed hoist working?']) {
      const result = await robot.map(text);
      expect(result.kind, text).toBe('not_executable');
      if (result.kind === 'not_executable') expect(result.reason, text).toMatch(/only tell of itself/);
    }
  });

  it('declines a deed on a machine WordNet knows first as a person or names by a compound, and a question of a person', async () => {
    const robot = await createApiMapper({ embedder, lexicon, document: courier, selfNoun: 'courier' });
    for (const text of ['halt the sorter', 'halt the stacker crane', 'stop the packing line now', 'how much battery does the tablet have?', 'is the porter charged?']) {
      const result = await robot.map(text);
      expect(result.kind, text).toBe('not_executable');
    }
  });

  it('keeps its own workings, itself, a picture of the machine and its own readings', async () => {
    const robot = await createApiMapper({ embedder, lexicon, document: courier, selfNoun: 'courier' });
    expect(chosen(await robot.map('halt the motors!'))).toEqual(['halt']);
    expect(chosen(await robot.map('halt the courier!'))).toEqual(['halt']);
    expect(chosen(await robot.map('halt!'))).toEqual(['halt']);
    expect(chosen(await robot.map('photograph the steriliser'))).toEqual(['take_picture']);
    expect(chosen(await robot.map('is your battery charged?'))).toEqual(['battery_level']);
  });

  it('reads a device as going about by its functions\' names, not by its descriptions', () => {
    const wordNet = lexicon.wordNet!;
    const functions = (document: DeviceDescription) => document.functions as unknown as NormalisedFunction[];
    expect(goesAbout(functions(courier), 'en', undefined, wordNet)).toBe(true);
    expect(goesAbout(functions(lamp), 'en', undefined, wordNet)).toBe(false);
    // "while it is moving" in a description says how, not what the blind does.
    const blind = [{ name: 'stop_blind', kind: 'action', parameters: [], description: 'Stops the blind while it is moving.' }] as unknown as NormalisedFunction[];
    expect(goesAbout(blind, 'en', undefined, wordNet)).toBe(false);
  });

  it('reads a clipped word of the document as its own thing, not a machine WordNet names so ("the cam" is the camera, not a cam wheel)', () => {
    const wordNet = lexicon.wordNet!;
    const read = createRequestReader();
    const aimed = { kind: 'call', calls: [{ function: 'aim_camera', arguments: { pitch: 20 } }], candidates: [], ranking: [] } as unknown as MapResult;
    const scope = { content: ['put', 'cam', 'degrees'], meetings: [0, 0, 0.5], strongest: 0.5, mean: 0.17, unmet: ['put', 'cam'] } as ScopeReading;
    const said = read('put the cam at 20 degrees');
    const judged = (words: readonly string[]) => otherThing(aimed, said, scope, () => 'action', new Set(['courier']), () => true, 'courier', wordNet, () => words);
    expect(judged(['aim', 'camera', 'pitch'])).toBeUndefined();
    expect(judged(['aim', 'lens', 'pitch'])).toMatch(/is not the cam/);
    // Two letters at least are left off: a "cam" is no clipped "camp".
    expect(judged(['aim', 'camp', 'pitch'])).toMatch(/is not the cam/);
  });

  it('reads a word commoner than the longer word of the document as a word of its own ("machine" is no clipped "machinery")', () => {
    const wordNet = lexicon.wordNet!;
    const stopped = { kind: 'call', calls: [{ function: 'halt', arguments: {} }], candidates: [], ranking: [] } as unknown as MapResult;
    const scope = { content: ['stop', 'wrapping', 'machine'], meetings: [1, 0, 0.7], strongest: 1, mean: 0.57, unmet: ['wrapping'] } as ScopeReading;
    const judged = (text: string, words: readonly string[]) => otherThing(stopped, createRequestReader()(text), scope, () => 'action', new Set(['courier']), () => true, 'courier', wordNet, () => words);
    // A Chinese document's gloss of its motors gives "machinery": the wrapping machine is still another machine.
    expect(judged('stop the wrapping machine', ['halt', 'motors', 'machinery'])).toMatch(/is not the wrapping machine/);
    expect(judged('could someone stop that machine?', ['halt', 'motors', 'machinery'])).toMatch(/is not the machine/);
  });
});
