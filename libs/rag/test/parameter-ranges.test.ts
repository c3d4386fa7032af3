import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription, Embedder, LlmindApiEntry } from '@meshmind/protocol';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, parameterRangesOf, type Lexicon } from '@meshmind/rag';

/*
 * A vendor's LLMind-style document says "numbered from 1 to N" and no N; the device's own description
 * knows N. The ranges it gives are laid over the vendor document where that is silent, so that a value
 * said outside them is declined with the range as the reason, not sent to the device.
 */

// A parcel locker bank written for this test: lockers numbered 1 to N, a display dimmed 0 to 10, a fan speed.
const vendor: LlmindApiEntry[] = [
  { name: 'open_locker', input_argument: ['locker_no'], input_type: ['int'], output: 'bool', notes: 'Opens the door of the locker numbered from 1 to N.', programming_language: 'python' },
  { name: 'set_display_brightness', input_argument: ['level'], input_type: ['int'], output: 'bool', notes: 'Sets the brightness of the front display, from 0 to 10.', programming_language: 'python' },
  { name: 'set_fan_speed', input_argument: ['rpm'], input_type: ['int'], output: 'bool', notes: 'Sets how fast the cooling fan turns.', programming_language: 'python' },
  { name: 'print_receipt', input_argument: [], input_type: [], output: 'bool', notes: 'Prints a receipt for the last parcel.', programming_language: 'python' },
];

// What the locker bank says of itself: 24 lockers, a display of 0 to 100, a fan of 500 to 3000 rpm.
const own: DeviceDescription = {
  type: 'parcel_locker_bank', title: 'Parcel locker bank', description: 'A bank of parcel lockers.', domain: 'home', version: '1.0.0',
  nouns: ['kiosk'],
  state: {},
  functions: [
    { name: 'open_locker', description: 'Opens a locker.', kind: 'action', parameters: [{ name: 'locker_no', type: 'integer', description: 'Locker.', minimum: 1, maximum: 24, required: true }] },
    { name: 'set_display_brightness', description: 'Display brightness.', kind: 'action', parameters: [{ name: 'level', type: 'integer', description: 'Level.', minimum: 0, maximum: 100, required: true }] },
    { name: 'set_fan_speed', description: 'Fan speed.', kind: 'action', parameters: [{ name: 'rpm', type: 'integer', description: 'Speed.', unit: 'rpm', minimum: 500, maximum: 3000, required: true }] },
    { name: 'print_receipt', description: 'Prints a receipt.', kind: 'action', parameters: [] },
  ],
};

const parameter = (document: ReturnType<typeof normaliseApiDocument>, fn: string) => document.functions.find((item) => item.name === fn)!.parameters[0]!;

describe('parameter ranges laid over a vendor document', () => {
  const ranges = parameterRangesOf(own);

  it('reads each numeric parameter range a description gives', () => {
    expect(ranges['open_locker']).toEqual({ locker_no: { minimum: 1, maximum: 24 } });
    expect(ranges['print_receipt']).toEqual({});
  });

  it('fills the ends the vendor document leaves unsaid', () => {
    const read = normaliseApiDocument(vendor, ranges);
    expect(parameter(read, 'open_locker')).toMatchObject({ minimum: 1, maximum: 24 });
    expect(parameter(read, 'set_fan_speed')).toMatchObject({ minimum: 500, maximum: 3000 });
    expect(parameter(normaliseApiDocument(vendor), 'open_locker').maximum).toBeUndefined();
  });

  it('keeps a range the vendor document states', () => {
    expect(parameter(normaliseApiDocument(vendor, ranges), 'set_display_brightness')).toMatchObject({ minimum: 0, maximum: 10 });
  });

  it('is another document to a persisted index, and the same one without ranges', () => {
    expect(normaliseApiDocument(vendor, ranges).hash).not.toBe(normaliseApiDocument(vendor).hash);
    expect(normaliseApiDocument(vendor, undefined).hash).toBe(normaliseApiDocument(vendor).hash);
  });
});

describe('a value outside the device\'s own range is declined, not sent', () => {
  let embedder: Embedder;
  let lexicon: Lexicon;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    lexicon = openLexicon();
  }, 120_000);

  const mapped = async (text: string, withRanges: boolean) => {
    const mapper = await createApiMapper({ embedder, lexicon, document: vendor, selfNoun: 'kiosk', ...(withRanges ? { parameterRanges: parameterRangesOf(own) } : {}) });
    const result = await mapper.map(text);
    return result.kind === 'call' ? result.calls.map((call) => `${call.function}${JSON.stringify(call.arguments)}`) : result.reason;
  };

  it.each([['Open locker 40.'], ['Pop open locker number 31 for me.'], ['Open locker 0.']])('"%s": declined, the range as the reason', async (text) => {
    expect(await mapped(text, true)).toMatch(/outside 1\.\.24/);
  });

  it('without the ranges the vendor document alone lets the value through', async () => {
    expect(await mapped('Open locker 40.', false)).toEqual(['open_locker{"locker_no":40}']);
  });

  it('a value inside the range is still called', async () => {
    expect(await mapped('Open locker 17.', true)).toEqual(['open_locker{"locker_no":17}']);
  });

  // "Full" and "the minimum" name the ends of a scale; a numbering has none, once its range is known (arguments/parameter-values.ts numbersOne).
  it.each(['Open the locker fully.', 'Open the lowest locker you can.'])('"%s" opens no last or first locker', async (text) => {
    const said = await mapped(text, true);
    expect(said).not.toContain('open_locker{"locker_no":24}');
    expect(said).not.toContain('open_locker{"locker_no":1}');
  });

  it('still takes the display to full and a locker by its number', async () => {
    expect(await mapped('Turn the display brightness up to full.', true)).toEqual(['set_display_brightness{"level":10}']); // the vendor's own 0 to 10
    expect(await mapped('Open locker 24.', true)).toEqual(['open_locker{"locker_no":24}']);
  });
});
