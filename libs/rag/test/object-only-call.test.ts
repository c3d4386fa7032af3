import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { normaliseApiDocument, openLexicon, type MapResult } from '@meshmind/rag';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { objectOnlyCall } from '../src/mapper/object-only-call';
import { scopeReading as scope } from './support/scope-reading';

// A greenhouse rover of our own: it snaps pictures of the beds, charts the greenhouse, drives to a bed,
// lists the sensors it hears, sets its lamp's tilt in degrees and starts a hotspot of a given name.
const entry = (name: string, input: string[], types: string[], notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: types, output: 'bool', notes, programming_language: 'Python' });
const rover = normaliseApiDocument([
  entry('snap_picture', [], [], 'Snaps a picture of the bed in front of the rover.'),
  entry('chart_greenhouse', [], [], 'Charts the greenhouse with sonar and keeps the chart.'),
  entry('drive_to_bed', ['bed'], ['int'], 'Drives the rover to the bed with the given number.'),
  entry('list_sensors', [], [], 'Lists the soil sensors the rover hears.'),
  entry('halt_rover', [], [], 'Halts every wheel at once.'),
  entry('start_hotspot', ['ssid'], ['str'], 'Starts a hotspot with the given name.'),
]);
const kinds: Record<string, 'action' | 'query'> = { list_sensors: 'query' };
const byName = new Map(rover.functions.map((fn) => [fn.name, fn]));
const wordNet = openLexicon().wordNet as WordNet | undefined;
const reader = createRequestReader();
const calling = (name: string, args: Record<string, unknown> = {}): MapResult => ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 0.6, margin: 0.2 }], candidates: [], ranking: [] }) as unknown as MapResult;
const judged = (said: string, name: string, content: string[], at: number[], args: Record<string, unknown> = {}) =>
  objectOnlyCall(calling(name, args), reader(said), said, scope(content, { [name]: at }), byName, (fn) => kinds[fn] ?? 'action', wordNet);

describe('a verb that names another deed on the thing a call makes (object-only-call.ts)', () => {
  it.skipIf(!wordNet)('declines a deed on the picture or the chart that the call does not do', () => {
    expect(judged('varnish the picture of bed 2', 'snap_picture', ['varnish', 'picture', 'bed'], [1])).toBe('varnish');
    expect(judged('photocopy the chart for the gardener', 'chart_greenhouse', ['photocopy', 'chart', 'gardener'], [1])).toBe('photocopy');
    expect(judged('enlarge that picture', 'snap_picture', ['enlarge', 'picture'], [1])).toBe('enlarge');
    expect(judged('translate your chart into French', 'chart_greenhouse', ['translate', 'chart', 'french'], [1])).toBe('translate');
  });

  it.skipIf(!wordNet)('keeps a verb that is the call\'s deed in other words, or a making of what it makes', () => {
    expect(judged('photograph the bed', 'snap_picture', ['photograph', 'bed'], [1])).toBeUndefined(); // snap: photograph
    expect(judged('map the greenhouse', 'chart_greenhouse', ['map', 'greenhouse'], [1])).toBeUndefined(); // chart: map
    expect(judged('create a chart of the greenhouse', 'chart_greenhouse', ['create', 'chart', 'greenhouse'], [1, 2])).toBeUndefined(); // making
    expect(judged('wheel over to bed 4', 'drive_to_bed', ['wheel', 'bed'], [1], { bed: 4 })).toBeUndefined(); // travel to a place
    expect(judged('kill the wheels now', 'halt_rover', ['kill', 'wheels'], [1])).toBeUndefined(); // a sense of ceasing to operate
  });

  it.skipIf(!wordNet)('keeps a finding-out verb for a query, a name given, a phrasal verb and what is no imperative', () => {
    expect(judged('look for the soil sensors', 'list_sensors', ['look', 'soil', 'sensors'], [1, 2])).toBeUndefined();
    expect(judged('spot the sensors around you', 'list_sensors', ['spot', 'sensors'], [1])).toBeUndefined();
    expect(judged('broadcast a hotspot called Fern', 'start_hotspot', ['broadcast', 'hotspot', 'fern'], [1], { ssid: 'Fern' })).toBeUndefined();
    expect(judged('time to chart the greenhouse', 'chart_greenhouse', ['time', 'chart', 'greenhouse'], [1, 2])).toBeUndefined();
    expect(judged('photocopy the chart and chart the greenhouse', 'chart_greenhouse', ['photocopy', 'chart', 'chart', 'greenhouse'], [1, 2, 3])).toBeUndefined();
    expect(judged('did you laminate the picture?', 'snap_picture', ['laminate', 'picture'], [1])).toBeUndefined();
  });
});

// A bedside lantern of our own: it brightens its glow, dozes, photographs a bed of the ward and lists the empty beds.
const lantern = normaliseApiDocument([
  entry('brighten', [], [], 'Raises the glow of the lantern a step.'),
  entry('doze', [], [], 'Puts the lantern into sleep until it is woken.'),
  entry('photograph_bed', ['bed'], ['int'], 'Takes a photograph of the bed with the given number.'),
  { ...entry('empty_beds', ['ward'], ['int'], 'Lists the beds without a patient in the given ward.'), output: 'list[int]' },
]);
const lanternByName = new Map(lantern.functions.map((fn) => [fn.name, fn]));
const lanternJudged = (said: string, name: string, content: string[], at: number[], args: Record<string, unknown> = {}) =>
  objectOnlyCall(calling(name, args), reader(said), said, scope(content, { [name]: at }), lanternByName, () => 'action', wordNet);

describe('a verb that is the call\'s own deed by a reading of WordNet (object-only-call.ts, narrowed)', () => {
  it.skipIf(!wordNet)('keeps a particle a sense of the note\'s verb takes, and a close relative of that verb', () => {
    expect(lanternJudged('turn up the glow', 'brighten', ['turn', 'glow'], [1])).toBeUndefined(); // raise: also "bring up"
    expect(lanternJudged('increase the glow', 'brighten', ['increase', 'glow'], [1])).toBeUndefined(); // raise is a kind of increase
  });

  it.skipIf(!wordNet)('keeps a verb of moving whose goal is the call, a deed of what the name\'s noun is, and finding in what a call lists', () => {
    expect(lanternJudged('send the lantern to sleep', 'doze', ['send', 'sleep'], [1])).toBeUndefined();
    expect(lanternJudged('capture an image of bed 3', 'photograph_bed', ['capture', 'image', 'bed'], [1, 2], { bed: 3 })).toBeUndefined();
    expect(lanternJudged('look for empty spots in ward 2', 'empty_beds', ['look', 'empty', 'spots', 'ward'], [1, 3], { ward: 2 })).toBeUndefined();
  });

  it.skipIf(!wordNet)('still declines another deed on the thing the call makes', () => {
    expect(lanternJudged('laminate the picture of bed 3', 'photograph_bed', ['laminate', 'picture', 'bed'], [1, 2], { bed: 3 })).toBe('laminate');
  });
});
