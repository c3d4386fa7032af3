import { beforeAll, describe, expect, it } from 'vitest';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type ApiDocument, type ApiMapper, type MapResult } from '@meshmind/rag';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { asksScale, returnsOneNumber } from '../src/mapper/scale-question';

// A vendor document written for this test: a survey drone whose position reading names the drone,
// as the request's "you" (read as "the drone") does, and whose tank reading does not. Not a dialect
// of the evals.
const drone: ApiDocument = [
  { name: 'tank_fill', input_argument: [], input_type: [], output: 'int 0-100', notes: 'Reports the fuel remaining in the tank as a percentage.', programming_language: 'Python' },
  { name: 'locate_drone', input_argument: [], input_type: [], output: 'tuple[float, float]', notes: 'Estimates the position over the field as latitude and longitude.', programming_language: 'Python' },
  { name: 'nearby_beacons', input_argument: [], input_type: [], output: 'list[str]', notes: 'Lists the radio beacons the drone can hear.', programming_language: 'Python' },
  { name: 'land_now', input_argument: [], input_type: [], output: 'bool', notes: 'Lands the drone where it is.', programming_language: 'Python' },
];

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : []);

describe('a question of where one value stands on a scale (mapper/scale-question.ts)', () => {
  it('reads how many values a function returns from its declared type', () => {
    const byName = new Map(normaliseApiDocument(drone).functions.map((fn) => [fn.name, fn]));
    expect(returnsOneNumber(byName.get('tank_fill')!)).toBe(1);
    expect(returnsOneNumber(byName.get('locate_drone')!)).toBe(-1);
    expect(returnsOneNumber(byName.get('nearby_beacons')!)).toBe(-1);
    expect(returnsOneNumber(byName.get('land_now')!)).toBe(-1);
    const vendor = (output: string) => returnsOneNumber({ name: 'f', description: 'f', parameters: [], returns: output });
    expect(vendor('(int, error)')).toBe(1);
    expect(vendor('(Pose, error)')).toBe(-1);
    expect(vendor('double[2]')).toBe(-1);
    expect(vendor('struct {float x; float y;}')).toBe(-1);
    expect(vendor('float')).toBe(1);
    expect(returnsOneNumber({ name: 'f', description: 'f', parameters: [] })).toBe(0);
    expect(returnsOneNumber({ name: 'f', description: 'f', parameters: [], returnType: 'integer' })).toBe(1);
    expect(returnsOneNumber({ name: 'f', description: 'f', parameters: [], returnType: 'string' })).toBe(-1);
  });

  it.skipIf(!wordNet)('hears a scale adjective said of the subject of a question', () => {
    expect(asksScale(read('is the tank getting low?'), wordNet)).toBe(true);
    expect(asksScale(read('are you running low on fuel'), wordNet)).toBe(true);
    expect(asksScale(read('is the level too high'), wordNet)).toBe(true);
  });

  it.skipIf(!wordNet)('hears an adjective that "how" asks about as asking its degree, whatever its attribute', () => {
    expect(asksScale(read('how quick is the uplink?'), wordNet)).toBe(true);
    expect(asksScale(read('how damp is the cellar'), wordNet)).toBe(true);
    expect(asksScale(read('how far open is the hatch'), wordNet)).toBe(true);
    // "how many beacons": the adjective before its noun counts things, it is no degree of the subject.
    expect(asksScale(read('how many beacons can you hear'), wordNet)).toBe(false);
    expect(asksScale(read('how is the drone'), wordNet)).toBe(false);
  });

  it.skipIf(!wordNet)('hears none in a command, before a noun, or with an adjective of another kind', () => {
    expect(asksScale(read('fly low over the field'), wordNet)).toBe(false);
    expect(asksScale(read('is the high beacon working'), wordNet)).toBe(false);
    expect(asksScale(read('are you far from the field'), wordNet)).toBe(false);
    expect(asksScale(read('is the hatch open'), wordNet)).toBe(false);
    expect(asksScale(read('where are you'), wordNet)).toBe(false);
    expect(asksScale(read('is the landing gear down?'), wordNet)).toBe(false);
  });

  describe.skipIf(!wordNet)('through the mapper', () => {
    let mapper: ApiMapper;
    beforeAll(async () => {
      const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
      mapper = await createApiMapper({ embedder, lexicon, document: drone, selfNoun: 'drone' });
    }, 120_000);

    // The first is decided by this evidence (0.25 against 0.21 with it, the position ahead by 0.08
    // without); "are you running low on fuel" is not (0.29 against 0.38): "you" read as "the drone"
    // pulls harder than a scale question weighs (±0.06).
    it.each(['is your supply running low', 'is your fuel low', 'is the fuel getting low'])(
      'reads the tank for "%s", not where the drone is',
      async (request) => {
        expect(called(await mapper.map(request))).toEqual(['tank_fill']);
      },
    );

    it.each(['what is your position', 'what is your latitude and longitude'])('still reads the position for "%s"', async (request) => {
      expect(called(await mapper.map(request))).toEqual(['locate_drone']);
    });
  });
});
