import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';

// A document written for this test: an air monitor that only reads.
const monitor: DeviceDescription = {
  type: 'air_monitor',
  title: 'Air monitor',
  description: 'A monitor that measures fine dust and volatile organic compounds in the air.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['air monitor', 'monitor'],
  state: {
    pm25: { type: 'number', description: 'Fine dust.', unit: 'µg/m³' },
    voc: { type: 'number', description: 'Volatile organic compounds index.' },
  },
  functions: [
    { name: 'get_dust', description: 'Reads the fine dust (PM2.5) level.', kind: 'query', parameters: [], returns: { type: 'number', description: 'PM2.5 in µg/m³.' } },
    { name: 'get_voc', description: 'Reads the volatile organic compounds index.', kind: 'query', parameters: [], returns: { type: 'number', description: 'VOC index.' } },
  ],
};

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.kind);

describe('a request whose verb changes or makes something is not answered by a reading', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: monitor });
  });
  const map = async (text: string) => called(await mapper.map(text, { pm25: 8, voc: 110 }));

  it.each(['calibrate the air monitor', 'recalibrate it please', 'update its firmware', 'adjust the dust monitor', 'clean the monitor'])('"%s" is declined', async (text) => {
    expect(await map(text)).toEqual('not_executable');
  });

  it.each([
    ['what is the dust level', 'get_dust'],
    ['show me the voc index', 'get_voc'],
    ['update me on the dust', 'get_dust'],
  ])('a request to be told keeps its reading: "%s"', async (text, call) => {
    expect(await map(text)).toEqual([call]);
  });
});
