import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { stem } from '@meshmind/language';
import { functionViews } from '../src/mapper/function-views';
import { documentActions } from '../src/mapper/action-scope';
import { oneWayStems } from '../src/mapper/opposite-action';
import { documentWords } from '../src/mapper/scope';

// A harbour barge written for this test: it connects to shore power and loads cargo, one way each,
// and mutes its horn through a switch, both ways with one function.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet;

const barge = {
  type: 'barge',
  title: 'Harbour barge',
  state: {},
  functions: [
    { name: 'connect_shore_power', kind: 'action', parameters: [], description: 'Connects the barge to the shore power supply.' },
    { name: 'list_berths', kind: 'query', parameters: [], description: 'Lists the free berths in the harbour.', returns: { type: 'string', description: 'berth names' } },
    { name: 'load_cargo', kind: 'action', parameters: [{ name: 'tonnes', type: 'number', required: true, description: 'how much cargo' }], description: 'Loads cargo into the hold.' },
    { name: 'set_horn_muted', kind: 'action', parameters: [{ name: 'muted', type: 'boolean', required: true, description: 'true to mute' }], description: 'Mutes the horn.' },
  ],
} as unknown as DeviceDescription;

function actionsOf(description: DeviceDescription) {
  const document = normaliseApiDocument(description);
  const views = functionViews(document, lexicon);
  const stems = new Set([...documentWords(document, views)].map(stem));
  return documentActions(stems, wordNet, new Set(), oneWayStems(document, views, documentWords));
}

describe.skipIf(!wordNet)('a command whose verb the device does only the other way round', () => {
  it('reads the opposite where only it meets the document, before an object or a preposition', () => {
    const actions = actionsOf(barge);
    for (const order of ['disconnect the shore power', 'disconnect from the shore power', 'please disconnect from shore power now']) {
      expect(actions.read(order, 'command')?.opposite, order).toBe(stem('connect'));
    }
    for (const order of ['unload the cargo', 'unload all the cargo onto the quay']) {
      expect(actions.read(order, 'command')?.opposite, order).toBe(stem('load'));
    }
  });

  it('reads no opposite where the verb itself, or a synonym of it, is what the device does', () => {
    const actions = actionsOf(barge);
    for (const order of ['connect the shore power', 'link up to the shore power', 'load the cargo', 'list the berths']) {
      expect(actions.read(order, 'command')?.opposite, order).toBeUndefined();
    }
  });

  it('reads no opposite where a switch of one function does both ends', () => {
    const actions = actionsOf(barge);
    for (const order of ['unmute the horn', 'unmute the horn please']) expect(actions.read(order, 'command')?.opposite, order).toBeUndefined();
  });
});

describe.skipIf(!wordNet)('the mapper on a command of the other end', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  });

  it('declines it, saying what the device does instead', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: barge, selfNoun: 'barge' });
    for (const [order, done, asked] of [
      ['Disconnect from the shore power.', 'connect', 'disconnect'],
      ['disconnect the shore power please', 'connect', 'disconnect'],
      ['Unload the cargo.', 'load', 'unload'],
    ] as const) {
      const result = await mapper.map(order);
      expect(result.kind, order).toBe('not_executable');
      if (result.kind === 'not_executable') expect(result.reason, order).toBe(`the barge can ${done} but not ${asked}: none of its functions does that`);
    }
  });

  it('still calls the end it does', async () => {
    const mapper = await createApiMapper({ embedder, lexicon, document: barge, selfNoun: 'barge' });
    for (const [order, expected] of [
      ['Connect to the shore power.', 'connect_shore_power'],
      ['Load 4 tonnes of cargo.', 'load_cargo'],
    ] as const) {
      const result = await mapper.map(order);
      expect(result.kind, order).toBe('call');
      if (result.kind === 'call') expect(result.calls[0]!.function, order).toBe(expected);
    }
  });
});
