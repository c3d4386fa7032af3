import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';

// A medicine cabinet lock whose unlocking is sensitive, and a gate latch whose opening is not, written for this test.
const lexicon = openLexicon();
const cabinetLock = {
  type: 'cabinet_lock',
  title: 'Cabinet lock',
  nouns: ['cabinet lock', 'cabinet', 'cupboard'],
  state: { bolt: { type: 'enum', description: 'Whether the cabinet is locked.', values: ['locked', 'unlocked'], synonyms: { unlocked: ['open'], locked: ['shut'] } } },
  functions: [
    { name: 'lock_cabinet', kind: 'action', parameters: [], description: 'Locks the cabinet.', effects: [{ key: 'bolt', value: 'locked' }] },
    { name: 'unlock_cabinet', kind: 'action', parameters: [], description: 'Unlocks the cabinet so it can be opened.', effects: [{ key: 'bolt', value: 'unlocked' }], sensitive: true },
    { name: 'get_bolt', kind: 'query', parameters: [], description: 'Reports whether the cabinet is locked.' },
  ],
} as unknown as DeviceDescription;
const gateLatch = {
  type: 'gate_latch',
  title: 'Gate latch',
  nouns: ['latch', 'gate'],
  state: { latch: { type: 'enum', description: 'Whether the gate is latched.', values: ['latched', 'open'] } },
  functions: [
    { name: 'release_latch', kind: 'action', parameters: [], description: 'Releases the latch so the gate swings open.', effects: [{ key: 'latch', value: 'open' }] },
    { name: 'engage_latch', kind: 'action', parameters: [], description: 'Latches the gate shut.', effects: [{ key: 'latch', value: 'latched' }] },
  ],
} as unknown as DeviceDescription;

// A loading bay's roller shutter, called by its kind only in compounds, whose raising is sensitive.
const loadingBay = {
  type: 'bay_shutter',
  title: 'Loading bay shutter',
  nouns: ['bay shutter', 'roll shutter', 'loading bay'],
  state: { shutter: { type: 'enum', description: 'Whether the shutter is up or down.', values: ['up', 'down'] } },
  functions: [
    { name: 'raise_shutter', kind: 'action', parameters: [], description: 'Raises the shutter so the bay opens.', effects: [{ key: 'shutter', value: 'up' }], sensitive: true },
    { name: 'lower_shutter', kind: 'action', parameters: [], description: 'Lowers the shutter until it closes.', effects: [{ key: 'shutter', value: 'down' }] },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);
const reason = (result: MapResult) => (result.kind === 'not_executable' ? result.reason : '');

describe('a sensitive deed asked of a thing the device is not', () => {
  let embedder: Embedder;
  let cabinet: ApiMapper;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    cabinet = await createApiMapper({ embedder, lexicon, document: cabinetLock, selfNoun: 'cabinet lock' });
  });

  it('is declined, naming the thing', async () => {
    for (const [text, thing] of [['open the fridge', 'fridge'], ['unlock the car', 'car'], ['open up the shed', 'shed']] as const) {
      expect(reason(await cabinet.map(text, { bolt: 'locked' })), text).toContain(thing);
    }
  });

  it('stands where the object is the device, a word of its document or one of its names', async () => {
    expect(chosen(await cabinet.map('unlock the cabinet', { bolt: 'locked' }))).toEqual(['unlock_cabinet']);
    expect(chosen(await cabinet.map('open the cupboard', { bolt: 'locked' }))).toEqual(['unlock_cabinet']);
    expect(chosen(await cabinet.map('unlock it', { bolt: 'locked' }))).toEqual(['unlock_cabinet']);
    const named = await cabinet.map('unlock the pill chest', { bolt: 'locked' }, { references: { names: ['pill chest'], words: [] } });
    expect(chosen(named)).toEqual(['unlock_cabinet']);
  });

  it('declines another thing of its kind where the device names its kind only in compounds', async () => {
    const bay = await createApiMapper({ embedder, lexicon, document: loadingBay, selfNoun: 'loading bay shutter' });
    for (const [text, thing] of [['raise the cellar shutter', 'cellar shutter'], ['raise the kitchen shutter', 'kitchen shutter']] as const) {
      expect(reason(await bay.map(text, { shutter: 'down' })), text).toContain(thing);
    }
    for (const text of ['raise the bay shutter', 'raise the shutter', 'raise the roll shutter', 'raise the steel bay shutter']) {
      expect(chosen(await bay.map(text, { shutter: 'down' })), text).toEqual(['raise_shutter']);
    }
  });

  it('leaves a thing of its kind where the device is called by the kind alone', async () => {
    expect(chosen(await cabinet.map('unlock the bathroom cupboard', { bolt: 'locked' }))).toEqual(['unlock_cabinet']);
  });

  it('leaves a call that is not sensitive to the other checks', async () => {
    const latch = await createApiMapper({ embedder, lexicon, document: gateLatch, selfNoun: 'latch' });
    expect(chosen(await latch.map('open the gate', { latch: 'latched' }))).toEqual(['release_latch']);
  });
});
