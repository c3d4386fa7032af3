import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { robotDescription } from '@meshmind/devices';

// A dehumidifier written for this test: it keeps whether its water tank is full, but no query reads it.
const dehumidifier = {
  type: 'dehumidifier', title: 'Dehumidifier', description: 'A portable dehumidifier with a water tank.', domain: 'home', version: '1.0.0', nouns: ['dehumidifier'],
  state: {
    running: { type: 'boolean', description: 'Whether it is drying the air.' },
    tank_full: { type: 'boolean', description: 'Whether the water tank needs emptying.' },
    humidity: { type: 'integer', description: 'Relative humidity.', unit: '%', minimum: 0, maximum: 100 },
  },
  functions: [
    { name: 'start', description: 'Starts drying the air.', kind: 'action', parameters: [], effects: [{ key: 'running', value: true }] },
    { name: 'stop', description: 'Stops drying the air.', kind: 'action', parameters: [], effects: [{ key: 'running', value: false }] },
    { name: 'is_running', description: 'Reports whether it is drying the air.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True while running.' } },
    { name: 'get_humidity', description: 'Reads the relative humidity of the room.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Humidity.', unit: '%' } },
  ],
} as unknown as DeviceDescription;

describe('a question about a state no query reads', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: dehumidifier });
  }, 60_000);

  it('is declined, saying which readings there are', async () => {
    const result = await mapper.map('is the tank full?');
    expect(result.kind).toBe('not_executable');
    if (result.kind === 'not_executable') expect(result.reason).toContain('tank full');
  });

  it('leaves a state that a query reads to that query', async () => {
    for (const [text, query] of [['is it running?', 'is_running'], ['what is the humidity', 'get_humidity']] as const) {
      const result = await mapper.map(text);
      expect(result.kind === 'call' ? result.calls[0]!.function : result.reason, text).toBe(query);
    }
  });
});

describe('a question about a state, to a vendor whose document is not in English', () => {
  it('is left to the query retrieval found: the English field names cannot be compared with its words', async () => {
    // The warehouse robot described by a Chinese vendor: its state fields are the fleet's English ones
    // ("battery"), its battery query is named "query_power" and described in Chinese.
    const robot = robotDescription('python-zh-nav', { shelves: 12, width: 20, height: 20 });
    const mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: robot, selfNoun: 'robot' });
    const result = await mapper.map('How much battery does each robot have?');
    expect(result.kind === 'call' ? result.calls.map((call) => call.function) : result.reason).toEqual(['query_power']);
  }, 60_000);
});
