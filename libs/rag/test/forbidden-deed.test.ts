import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, openLexicon } from '@meshmind/rag';
import type { MapResult } from '../src/mapper/api-mapper-options';
import { deedForbidden } from '../src/mapper/forbidden-deed';

// A roof hatch and a kettle written for this test: a command that forbids what either does asks for nothing.
const lexicon = openLexicon();

const roofHatch = {
  type: 'roof_hatch',
  title: 'Roof hatch',
  nouns: ['hatch', 'roof hatch', 'skylight'],
  state: { hatch_state: { type: 'enum', description: 'Whether the hatch is open or shut.', values: ['open', 'shut'] } },
  functions: [
    { name: 'open_hatch', kind: 'action', parameters: [], description: 'Opens the roof hatch to let air in.', effects: [{ key: 'hatch_state', value: 'open' }] },
    { name: 'shut_hatch', kind: 'action', parameters: [], description: 'Shuts the roof hatch.', effects: [{ key: 'hatch_state', value: 'shut' }] },
    { name: 'hatch_status', kind: 'query', parameters: [], description: 'Reports whether the hatch is open or shut.', returns: { type: 'enum', description: 'open or shut' } },
  ],
} as unknown as DeviceDescription;

const kettle = {
  type: 'kettle',
  title: 'Smart kettle',
  nouns: ['kettle'],
  state: { boiling: { type: 'boolean', description: 'Whether the kettle is heating water.' } },
  functions: [
    { name: 'start_boiling', kind: 'action', parameters: [], description: 'Boils the water in the kettle.' },
    { name: 'stop_boiling', kind: 'action', parameters: [], description: 'Stops heating the water.' },
  ],
} as unknown as DeviceDescription;

const chosen = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a command that forbids its deed', () => {
  it('reads the deed after a negating auxiliary, past courtesy and punctuation', () => {
    expect(deedForbidden("don't open the hatch")).toBe('open the hatch');
    expect(deedForbidden('Please, do not boil the kettle!')).toBe('boil the kettle');
    expect(deedForbidden('never shut the skylight')).toBe('shut the skylight');
    expect(deedForbidden('dont boil it')).toBe('boil it');
    expect(deedForbidden('don’t open it')).toBe('open it');
  });

  it('reads the deed past a concessive opening, comma or none', () => {
    expect(deedForbidden("whatever you do don't open the hatch")).toBe('open the hatch');
    expect(deedForbidden('whatever happens, do not boil the kettle')).toBe('boil the kettle');
    expect(deedForbidden('please whatever you do never shut the skylight')).toBe('shut the skylight');
    expect(deedForbidden("no matter what don't boil it")).toBe('boil it');
    expect(deedForbidden('whatever you do, boil the kettle')).toBeUndefined();
    expect(deedForbidden('whatever is in the hatch, leave it and do not shut it')).toBeUndefined();
  });

  it('finds no deed where the request does not open with one', () => {
    expect(deedForbidden('open the hatch')).toBeUndefined();
    expect(deedForbidden("the hatch doesn't open")).toBeUndefined();
    expect(deedForbidden("don't")).toBeUndefined();
    expect(deedForbidden('do nothing')).toBeUndefined();
    expect(deedForbidden("you don't have a map yet, make one")).toBeUndefined();
    expect(deedForbidden('could you not open the hatch?')).toBeUndefined();
  });

  describe('through the mapper', () => {
    let embedder: Embedder;
    beforeAll(async () => {
      embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    });

    it('declines the forbidden deed and says what was forbidden', async () => {
      const hatch = await createApiMapper({ embedder, lexicon, document: roofHatch, selfNoun: 'hatch' });
      for (const text of ["don't open the hatch", 'please do not open the skylight', 'never shut the roof hatch', "whatever you do don't open the hatch", 'whatever happens never shut the skylight']) {
        const result = await hatch.map(text);
        expect(result.kind, text).toBe('not_executable');
        if (result.kind === 'not_executable') expect(result.reason).toMatch(/not to (open|shut)/);
      }
      const boiler = await createApiMapper({ embedder, lexicon, document: kettle, selfNoun: 'kettle' });
      expect((await boiler.map("please don't boil the kettle")).kind).toBe('not_executable');
    });

    it('declines a forbidden deed that asks nothing of the device when said alone', async () => {
      // "fiddle with" and "mess with" are no deed of the hatch or the kettle: forbidding them asks for no change either.
      const hatch = await createApiMapper({ embedder, lexicon, document: roofHatch, selfNoun: 'hatch' });
      const boiler = await createApiMapper({ embedder, lexicon, document: kettle, selfNoun: 'kettle' });
      for (const [mapper, text] of [[hatch, "don't fiddle with the hatch"], [hatch, 'never mess with the skylight'], [boiler, "don't play with the kettle"]] as const) {
        const result = await mapper.map(text);
        expect(result.kind, text).toBe('not_executable');
        if (result.kind === 'not_executable') expect(result.reason, text).toMatch(/you asked me not to/);
      }
    });

    it('still does what a negation of another verb asks', async () => {
      const hatch = await createApiMapper({ embedder, lexicon, document: roofHatch, selfNoun: 'hatch' });
      expect(chosen(await hatch.map("don't forget to shut the hatch"))).toEqual(['shut_hatch']);
      expect(chosen(await hatch.map('open the hatch'))).toEqual(['open_hatch']);
    });
  });
});

// A ward cart written for this test, its notes in Chinese as a vendor might write them: its move is "送到" (deliver to),
// which meets no "go" or "drive", so only the place named after the forbidden verb ("room 4") explains the call.
const wardCart = [
  { name: 'deliver_to_room', input_argument: ['room'], input_type: ['int'], output: 'int 1/0', notes: '把药品送到指定编号的病房。', programming_language: 'C' },
  { name: 'open_drawer', input_argument: ['drawer'], input_type: ['int'], output: 'int 1/0', notes: '打开指定编号的抽屉。', programming_language: 'C' },
  { name: 'battery_percent', input_argument: [], input_type: [], output: 'int', notes: '返回电池剩余电量的百分比。', programming_language: 'C' },
];

describe('a forbidden deed whose only word the call meets is its place (forbidden-deed.ts)', () => {
  let cart: Awaited<ReturnType<typeof createApiMapper>>;
  beforeAll(async () => {
    cart = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon, document: wardCart, selfNoun: 'cart' });
  }, 60_000);

  it.each(["don't go to room 4", 'never drive to room 2'])('"%s" is declined: a noun with a number is where, not another deed', async (request) => {
    const result = await cart.map(request);
    expect(result.kind, request).toBe('not_executable');
  });

  it.each([["don't forget to go to room 4", 4], ['go to room 4', 4]] as const)('"%s" still goes: a verb after "to" is another deed', async (request, room) => {
    const result = await cart.map(request);
    expect(result.kind === 'call' ? result.calls : [], request).toEqual([expect.objectContaining({ function: 'deliver_to_room', arguments: { room } })]);
  });
});
