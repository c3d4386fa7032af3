import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';

// An air purifier written for this test: its glow lamp is switched by an action, and no query reads it.
const purifier = {
  type: 'air_purifier', title: 'Air purifier', description: 'A room air purifier with a glow lamp.', domain: 'home', version: '1.0.0', nouns: ['air purifier', 'purifier'],
  state: {
    on: { type: 'boolean', description: 'Whether the purifier is running.' },
    fan_level: { type: 'integer', description: 'Fan level.', minimum: 1, maximum: 3 },
    lamp: { type: 'boolean', description: 'Whether the glow lamp shines.' },
  },
  functions: [
    { name: 'turn_on', description: 'Starts the purifier.', kind: 'action', parameters: [], effects: [{ key: 'on', value: true }] },
    { name: 'turn_off', description: 'Stops the purifier.', kind: 'action', parameters: [], effects: [{ key: 'on', value: false }] },
    { name: 'set_lamp', description: 'Turns the soft glow of the lamp on or off.', kind: 'action', parameters: [{ name: 'lamp', type: 'boolean', description: 'True to glow, false to stay dark.' }], effects: [{ key: 'lamp', parameter: 'lamp' }] },
    { name: 'is_on', description: 'Reports whether the purifier is running.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'True while running.' } },
    { name: 'get_fan_level', description: 'Reads the fan level.', kind: 'query', parameters: [], returns: { type: 'integer', description: 'Fan level.' } },
  ],
} as unknown as DeviceDescription;

const outcome = (result: Awaited<ReturnType<ApiMapper['map']>>) => (result.kind === 'call' ? result.calls.map((call) => call.function).join(',') : 'declined');

describe('a yes/no question on a state only an action sets', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: purifier });
  }, 60_000);

  it('is declined where its words are the setter\'s own, not answered with another reading', async () => {
    const result = await mapper.map('is the purifier glowing?', { on: true, fan_level: 2, lamp: true });
    expect(outcome(result)).toBe('declined');
    if (result.kind === 'not_executable') expect(result.reason).toContain('set lamp');
  });

  it('leaves a question on a state a query reads to that query', async () => {
    for (const [text, query] of [['is the purifier running?', 'is_on'], ['what fan level is it on', 'get_fan_level']] as const) {
      expect(outcome(await mapper.map(text, { on: true, fan_level: 2, lamp: true })), text).toBe(query);
    }
  });

  it('judges no command: a command is no question of the state', async () => {
    expect(outcome(await mapper.map('make the purifier glow', { on: true, fan_level: 2, lamp: false }))).not.toBe('declined');
  });
});
