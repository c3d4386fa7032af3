import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceDescription } from '@meshmind/protocol';
import type { WordNet } from '@meshmind/language';
import { findNumbers } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper } from '@meshmind/rag';
import { documentUpSign, tiltSign } from '../src/arguments/tilt-way';
import { addedAmountMarker } from '../src/arguments/added-amount';

// Written for this test: a stage spotlight's tilt of -60..60 degrees (up is positive, as most tilts
// are), and a ceiling projector whose note turns the sign round (positive points it down).
const wordNet = openLexicon().wordNet as WordNet | undefined;
const tilt = { name: 'tilt', type: 'integer', description: 'Tilt of the spotlight head in degrees.', unit: '°', minimum: -60, maximum: 60 } as const;
const flipped = { name: 'lens_angle', type: 'integer', description: 'Lens angle in degrees; positive values point the lens down, towards the screen.', unit: '°', minimum: -30, maximum: 30 } as const;
const spotlight: DeviceDescription = {
  type: 'stage_spot', title: 'Stage spotlight', description: 'A moving-head stage spotlight.', domain: 'home', version: '1.0.0',
  nouns: ['spotlight', 'spot'],
  state: {},
  functions: [
    { name: 'set_tilt', description: 'Tilts the spotlight head up or down to the given angle.', kind: 'action', parameters: [tilt] },
    { name: 'flash', description: 'Flashes the spotlight once.', kind: 'action', parameters: [] },
  ],
};

describe('the sign of a tilt said by its way (tilt-way.ts)', () => {
  it('follows a way said in words over the verb', () => {
    expect(tiltSign(tilt, 'pitch the spot up 15 degrees', false, wordNet)).toBe(1);
    expect(tiltSign(tilt, 'incline the spotlight up 30', false, wordNet)).toBe(1);
    expect(tiltSign(tilt, 'set the spot 20 degrees above level', false, wordNet)).toBe(1);
    expect(tiltSign(tilt, 'aim the spot 45 degrees below horizontal', false, wordNet)).toBe(-1);
  });

  it('reads the verb where no way is said, and leaves a verb without a way alone', () => {
    expect(tiltSign(tilt, 'lower the spotlight 25', false, wordNet)).toBe(wordNet ? -1 : 1);
    expect(tiltSign(tilt, 'lower the spotlight to 25', true, wordNet)).toBe(1);
    expect(tiltSign(tilt, 'tilt the spotlight 20', false, wordNet)).toBe(1);
  });

  it('leaves a denied way out, and asks where both ways stand', () => {
    expect(tiltSign(tilt, 'tilt the spot down 30, not up', false, wordNet)).toBe(-1);
    expect(tiltSign(tilt, "don't tilt it up, tilt it down 15", false, wordNet)).toBe(-1);
    expect(tiltSign(tilt, 'spot down 20 rather than up', false, wordNet)).toBe(-1);
    expect(tiltSign(tilt, 'tilt the spot up or down 20 degrees', false, wordNet)).toBeUndefined();
    expect(tiltSign(tilt, 'not up 20 degrees', false, wordNet)).toBeUndefined();
  });

  it("follows the parameter's own note where it says positive is down", () => {
    expect(documentUpSign(tilt)).toBe(1);
    expect(documentUpSign(flipped)).toBe(-1);
    expect(tiltSign(flipped, 'tilt the lens up 10 degrees', false, wordNet)).toBe(-1);
    expect(tiltSign(flipped, 'tilt the lens down 10 degrees', false, wordNet)).toBe(1);
  });
});

describe('a tilt said from where it stands now (added-amount.ts)', () => {
  const marker = (text: string) => addedAmountMarker(text, findNumbers(text)[0]!);
  it('is a change, not a level', () => {
    expect(marker('tilt the spot 10 more degrees up')).toBeDefined();
    expect(marker('tilt the spot up 25 from where it is now')).toBeDefined();
    expect(marker('spot down 5 degrees from its current angle')).toBeDefined();
    expect(marker('go to bay 3 from here')).toBeUndefined();
    expect(marker('open 2 more windows')).toBeUndefined();
  });
});

let mapper: ApiMapper;
beforeAll(async () => {
  const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  mapper = await createApiMapper({ embedder, lexicon: openLexicon({ enabled: true }), document: spotlight });
}, 120_000);

describe('a spotlight tilted by its way, end to end', () => {
  const angle = async (text: string) => {
    const result = await mapper.map(text, {});
    return result.kind === 'call' ? result.calls[0]?.arguments['tilt'] : result.kind;
  };
  it('sets the signed angle said', async () => {
    expect(await angle('pitch the spotlight up 15 degrees')).toBe(15);
    expect(await angle('tilt the spotlight down 30, not up')).toBe(-30);
  });
  it('asks where the way is both or the start unknown', async () => {
    expect(await angle('tilt the spotlight up or down 20 degrees')).toBe('not_executable');
    expect(await angle('tilt the spotlight 10 more degrees up')).toBe('not_executable');
  });
});
