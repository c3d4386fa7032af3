import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, DeviceStateValues } from '@meshmind/protocol';
import { getDeviceDescription } from '@meshmind/devices';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: a loft ladder whose vendor calls its states "deployed" and
// "stowed", while its functions unfold and fold it. Its notes name the ladder, so retrieval alone
// meets either function through the shared object.
const ladder: DeviceDescription = {
  type: 'loft_ladder',
  title: 'Loft ladder',
  description: 'A motorised ladder that folds into the loft hatch.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['ladder'],
  state: {
    ladder_state: { type: 'enum', description: 'Where the ladder is.', values: ['unfolded', 'folded'], synonyms: { unfolded: ['deployed', 'let down'], folded: ['stowed', 'put away'] } },
  },
  functions: [
    { name: 'unfold', description: 'Unfolds the ladder down to the landing floor.', kind: 'action', parameters: [], effects: [{ key: 'ladder_state', value: 'unfolded' }] },
    { name: 'fold', description: 'Folds the ladder up into the hatch.', kind: 'action', parameters: [], effects: [{ key: 'ladder_state', value: 'folded' }] },
    { name: 'halt', description: 'Stops the ladder where it is.', kind: 'action', parameters: [] },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function + JSON.stringify(call.arguments)) : result.kind);

describe('a verb whose participle the document gives for a state asks for that state', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const lexicon = openLexicon();
    for (const [name, document] of [
      ['ladder', ladder],
      ['cover', getDeviceDescription('cover')!],
    ] as const) {
      mappers.set(name, await createApiMapper({ embedder, lexicon, document }));
    }
  });
  const map = async (device: string, text: string, state: DeviceStateValues = {}) => called(await mappers.get(device)!.map(text, state));

  it.each([
    ['ladder', 'Deploy the ladder.', 'unfold{}'],
    ['ladder', 'Please deploy the loft ladder.', 'unfold{}'],
    ['ladder', 'Stow the ladder.', 'fold{}'],
    ['ladder', 'Stow away the ladder now.', 'fold{}'],
    ['cover', 'Retract the awning.', 'close_cover{}'],
    ['cover', 'Retract the sun canopy.', 'close_cover{}'],
    ['cover', 'Extend the awning.', 'open_cover{}'],
    ['cover', 'Roll out the awning.', 'open_cover{}'],
    ['cover', 'Roll the awning out.', 'open_cover{}'],
  ])('%s: "%s"', async (device, text, call) => {
    expect(await map(device, text, { position: 50, cover_state: 'open' })).toEqual([call]);
  });

  it('a number said keeps its position ("extend the awning to 40%")', async () => {
    expect(await map('cover', 'Extend the awning to 40%.')).toEqual(['set_position{"position":40}']);
  });

  it("a verb of the document's own keeps its reading", async () => {
    expect(await map('ladder', 'Fold the ladder.')).toEqual(['fold{}']);
    expect(await map('cover', 'Close the awning.')).toEqual(['close_cover{}']);
  });
});
