import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDeviceDescription } from '@meshmind/devices';
import type { Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';

// The home catalog's notes say what a function does in the words people use for it ("the door is
// raised", "the sound gets quieter", "the charge level"): retrieval reads them like any vendor's
// document. Phrasings of our own, several per function, none from eval:rag.
const lexicon = openLexicon();
let embedder: Embedder;
let cacheDir: string;
const mappers = new Map<string, ApiMapper>();

async function mapperFor(type: string): Promise<ApiMapper> {
  const known = mappers.get(type);
  if (known) return known;
  const created = await createApiMapper({ embedder, lexicon, cacheDir, document: getDeviceDescription(type) });
  mappers.set(type, created);
  return created;
}

async function chosen(type: string, request: string): Promise<string> {
  const result = await (await mapperFor(type)).map(request);
  return result.kind === 'call' ? result.calls.map((call) => call.function).join(' ; ') : `not executable: ${result.reason}`;
}

beforeAll(async () => {
  embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  cacheDir = mkdtempSync(join(tmpdir(), 'meshmind-home-words-'));
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('home catalog notes in the words people use', () => {
  it.each([
    ['valve', 'stop the sprinklers', 'close_valve'],
    ['valve', 'Run the irrigation for half an hour', 'open_valve'],
    ['garage_door', 'bring the garage door down', 'close_door'],
    ['switch', 'toggle the socket', 'toggle'],
    ['switch', 'flip the kettle switch', 'toggle'],
    ['climate', 'which mode is the heating in?', 'get_mode'],
    ['climate', 'is the thermostat on cooling mode?', 'get_mode'],
    ['motion_sensor', 'is someone moving in the hall?', 'is_motion_detected'],
    ['vacuum', 'how much charge does the vacuum have left?', 'get_battery'],
    ['vacuum', 'what is the battery level of the hoover', 'get_battery'],
    ['media_player', 'make it a little quieter', 'volume_down'],
    ['media_player', 'a bit louder please', 'volume_up'],
    ['media_player', 'how loud is the speaker right now', 'get_volume'],
  ])('%s: "%s" -> %s', async (type, request, expected) => {
    expect(await chosen(type, request)).toBe(expected);
  }, 120_000);
});
