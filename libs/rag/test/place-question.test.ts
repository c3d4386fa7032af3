import { beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '@meshmind/protocol';
import { createRequestReader, FREEDICT_PACKAGES, missingFreeDictPackages, type WordNet } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type LlmindApiEntry, type MapResult } from '@meshmind/rag';
import { requireSystemPackages } from '../../../test/support/system-packages';
import { functionProfile, requestWords } from '../src/mapper/evidence';
import { asksPlace, givesPlace, namesPlace } from '../src/mapper/place-question';

// Vendor documents written for this test, none from the evaluation's: a pool-cleaning robot
// (Python, English notes), a greenhouse rover (Go, English notes) and a hospital delivery cart
// (Python, German notes). Each can build a map of where it works, list the networks around it and
// say where it is; only the last answers a question of place.
const poolBot: LlmindApiEntry[] = [
  { name: 'survey_pool', input_argument: [], input_type: [], output: 'bool', notes: 'Sweeps the whole pool floor with sonar and builds a map of the area around the robot.', programming_language: 'Python' },
  { name: 'current_fix', input_argument: [], input_type: [], output: 'tuple (x, y)', notes: 'Returns where the robot is on the pool map.', programming_language: 'Python' },
  { name: 'nearby_networks', input_argument: [], input_type: [], output: 'list[str]', notes: 'Lists the wireless networks around the robot.', programming_language: 'Python' },
  { name: 'scrub_floor', input_argument: [], input_type: [], output: 'bool', notes: 'Scrubs the pool floor.', programming_language: 'Python' },
  { name: 'water_temperature', input_argument: [], input_type: [], output: 'float', notes: 'Reads the water temperature in degrees Celsius.', programming_language: 'Python' },
];

const rover: LlmindApiEntry[] = [
  { name: 'ChartBeds', input_argument: [], input_type: [], output: 'error', notes: 'ChartBeds maps the greenhouse beds around the rover.', programming_language: 'Go' },
  { name: 'Whereabouts', input_argument: [], input_type: [], output: '(Pose, error)', notes: 'Whereabouts returns the current pose of the rover.', programming_language: 'Go' },
  { name: 'ScanSsids', input_argument: [], input_type: [], output: '([]string, error)', notes: 'ScanSsids lists nearby WiFi access points.', programming_language: 'Go' },
  { name: 'WaterBed', input_argument: ['bed'], input_type: ['int'], output: 'error', notes: 'WaterBed waters the given bed.', programming_language: 'Go' },
  { name: 'SoilMoisture', input_argument: ['bed'], input_type: ['int'], output: '(int, error)', notes: 'SoilMoisture reports the moisture of a bed in percent.', programming_language: 'Go' },
];

const cart: LlmindApiEntry[] = [
  { name: 'station_kartieren', input_argument: [], input_type: [], output: 'bool', notes: 'Erstellt eine Karte der Station.', programming_language: 'Python' },
  { name: 'standort_melden', input_argument: [], input_type: [], output: 'tuple', notes: 'Meldet die aktuelle Position des Wagens auf der Karte.', programming_language: 'Python' },
  { name: 'netze_suchen', input_argument: [], input_type: [], output: 'list', notes: 'Sucht die WLAN-Netze in der Nähe.', programming_language: 'Python' },
  { name: 'zimmer_anfahren', input_argument: ['zimmer'], input_type: ['int'], output: 'bool', notes: 'Fährt zum Zimmer mit der angegebenen Nummer.', programming_language: 'Python' },
];

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.reason);
const gives = (entry: LlmindApiEntry) =>
  givesPlace(functionProfile({ name: entry.name, description: entry.notes, parameters: [], returns: entry.output, kind: 'query' }, entry.name.split('_'), 'en'), wordNet!);

describe.skipIf(!wordNet)('a question of place (mapper/place-question.ts)', () => {
  it('reads the nouns of a place from WordNet, not every noun near one', () => {
    for (const word of ['position', 'location', 'coordinates', 'place', 'spot']) expect(namesPlace(word, wordNet!), word).toBe(true);
    // "status" is a social position, "slot" a position in a sequence, "area" and "space" what a map is made of.
    for (const word of ['status', 'slot', 'area', 'space', 'map', 'surroundings', 'network']) expect(namesPlace(word, wordNet!), word).toBe(false);
  });

  it('hears a question of place in "where", in a noun of place, and in a command whose object asks where', () => {
    for (const request of ['where are you right now', 'What are your coordinates at the moment?', 'what position are you at?', 'tell me your current location', 'figure out where you are on the map']) {
      expect(asksPlace(read(request), wordNet), request).toBe(true);
    }
  });

  it('hears none in a command or in a question of something else', () => {
    for (const request of ['map the area around you', 'chart the space around you', 'go to position 3', 'what networks are around you?', 'how warm is the water?']) {
      expect(asksPlace(read(request), wordNet), request).toBe(false);
    }
  });

  it('hears no question of place in one that asks what is free ("are there vacant positions on shelf 9?")', () => {
    for (const text of ['Check if there are vacant positions on shelf 9.', 'are there any free spots in locker bank 2?', 'is there an empty place on rack 4?']) {
      expect(asksPlace(read(text), wordNet), text).toBe(true);
      expect(requestWords(read(text), lexicon).place, text).toBe(false);
    }
    expect(requestWords(read('what position are you at?'), lexicon).place).toBe(true);
  });

  it('reads a place in what a function returns or in its own words', () => {
    expect(gives(poolBot[1]!)).toBe(true); // (x, y)
    expect(gives(rover[1]!)).toBe(true); // a Pose
    expect(gives({ name: 'get_xy', input_argument: [], input_type: [], output: 'std::pair<double, double>', notes: 'Reads the odometry.', programming_language: 'C++' })).toBe(true);
    expect(gives({ name: 'get_location', input_argument: [], input_type: [], output: 'dict', notes: 'Reads the odometry.', programming_language: 'Python' })).toBe(true);
    // A list is not a tilt, a Wi-Fi hotspot is no spot, a path to a file no place.
    expect(gives(poolBot[2]!)).toBe(false);
    expect(gives({ name: 'list_hotspots', input_argument: [], input_type: [], output: 'list[str]', notes: 'Lists the hot spots.', programming_language: 'Python' })).toBe(false);
    expect(gives({ name: 'take_photo', input_argument: [], input_type: [], output: 'char* path', notes: 'Takes a photo.', programming_language: 'C' })).toBe(false);
    expect(gives(poolBot[4]!)).toBe(false);
  });
});

describe.skipIf(!wordNet)('the mapper answers a question of place with the function that returns one', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await createEmbedderPool().get({ kind: 'use-lite' });
  }, 120_000);

  it('asks the pool robot where it is, not to survey the pool or list networks', async () => {
    const mapper = await createApiMapper({ document: poolBot, embedder, lexicon, selfNoun: 'robot' });
    for (const request of ['where are you right now?', 'What are your coordinates at the moment?', 'tell me your position', 'figure out where you are on the map']) {
      expect(called(await mapper.map(request)), request).toEqual(['current_fix']);
    }
  });

  it('asks the rover for its pose, not to chart the beds around it', async () => {
    const mapper = await createApiMapper({ document: rover, embedder, lexicon, selfNoun: 'rover' });
    for (const request of ['where are you?', 'what are your coordinates right now', 'figure out where you are on the map', 'what position are you at?', 'tell me your location on the map']) {
      expect(called(await mapper.map(request)), request).toEqual(['Whereabouts']);
    }
    // Where the words still lean to the networks "around", the answer is no wrong call: it asks.
    for (const request of ['what are your coordinates around here?', "what's your position in the area?"]) {
      expect((await mapper.map(request)).kind, request).toBe('not_executable');
    }
  });

  it('still maps the area when asked to', async () => {
    const pool = await createApiMapper({ document: poolBot, embedder, lexicon, selfNoun: 'robot' });
    expect(called(await pool.map('map the area around you'))).toEqual(['survey_pool']);
    const rovers = await createApiMapper({ document: rover, embedder, lexicon, selfNoun: 'rover' });
    expect(called(await rovers.map('chart the beds around you'))).toEqual(['ChartBeds']);
  });
});

const hasFreeDict = requireSystemPackages('German place questions (FreeDict)', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe.skipIf(!wordNet || !hasFreeDict)('a German document answers a question of place where its note names a position', () => {
  it('asks the cart where it is, not to map the ward', async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    const mapper = await createApiMapper({ document: cart, embedder, lexicon, selfNoun: 'cart' });
    for (const request of ['where are you right now?', 'What are your coordinates?', 'figure out where you are on the map']) {
      expect(called(await mapper.map(request)), request).toEqual(['standort_melden']);
    }
  }, 120_000);
});
