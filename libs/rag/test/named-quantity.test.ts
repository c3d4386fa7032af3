import { beforeAll, describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { createRequestReader, FREEDICT_PACKAGES, missingFreeDictPackages } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, normaliseApiDocument, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { requireSystemPackages } from '../../../test/support/system-packages';
import { functionViews } from '../src/mapper/function-views';
import { NamedQuantities } from '../src/mapper/named-quantity';

// Documents written for this test: a weather-mast camera whose head pans and tilts, with a lens wiper
// and a zoom, in one vendor's English, another's German and a third's Chinese (LLMind-style rows).
const entry = (name: string, input: string[], notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: input.map(() => 'int'), output: 'bool', notes, programming_language: 'Python' });

const english = [
  entry('pan_head', ['degrees'], 'Turns the camera head left or right to the given position in degrees, from -170 to 170.'),
  entry('tilt_head', ['degrees'], 'Tilts the camera head up or down to the given angle in degrees, from -90 to 90.'),
  entry('set_wiper_speed', ['strokes'], 'Sets the speed of the lens wiper in strokes per minute, from 0 to 60.'),
  entry('set_zoom', ['factor'], 'Zooms the lens to the given magnification, from 1 to 30.'),
  entry('take_snapshot', [], 'Takes a still picture with the camera.'),
];
const german = [
  entry('kopf_schwenken', ['grad'], 'Dreht den Kamerakopf nach links oder rechts, in Grad (-170 bis 170).'),
  entry('kopf_neigen', ['grad'], 'Neigt die Kamera nach oben oder unten auf den Winkel in Grad (-90 bis 90).'),
  entry('wischer_tempo', ['huebe'], 'Setzt die Geschwindigkeit des Wischers in Hüben pro Minute (0 bis 60).'),
  entry('zoom_setzen', ['faktor'], 'Stellt die Vergrößerung des Objektivs ein (1 bis 30).'),
  entry('foto_machen', [], 'Nimmt ein Foto mit der Kamera auf.'),
];
const chinese = [
  entry('pan_head', ['deg'], '水平转动摄像头，单位度，范围-170到170。'),
  entry('tilt_head', ['deg'], '设置摄像头的俯仰角度，单位度，范围-90到90。'),
  entry('wiper_rate', ['n'], '设置雨刷的速度，每分钟次数，范围0到60。'),
  entry('lens_zoom', ['x'], '设置镜头的放大倍数，范围1到30。'),
  entry('snapshot', [], '拍摄一张照片。'),
];

const lexicon = openLexicon();
const read = createRequestReader();
const hasFreeDict = requireSystemPackages('the German camera of the named-quantity tests (FreeDict)', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

function quantitiesOf(entries: readonly LlmindApiEntry[]) {
  const document = normaliseApiDocument(entries);
  return new NamedQuantities(document.functions, functionViews(document, lexicon).documents, ['camera'], lexicon.wordNet);
}
/** Where the goal preposition stands: the last "to" or "at" of the request. */
const narrowed = (quantities: NamedQuantities, text: string, holders: string[]) => {
  const reading = read(text);
  const at = Math.max(reading.tokens.lastIndexOf('to'), reading.tokens.lastIndexOf('at'));
  return [...quantities.narrow(reading, at, new Set(holders))].sort();
};

describe('the noun before a number says whose parameter it fills', () => {
  const english_ = quantitiesOf(english);
  const all = ['pan_head', 'set_wiper_speed', 'set_zoom', 'tilt_head'];

  it.each([
    ['adjust the tilt to 20', ['tilt_head']],
    ['bring the head angle to 15', ['tilt_head']],
    ['put the wiper speed to 30', ['set_wiper_speed']],
    ['change the magnification to 12', ['set_zoom']],
  ])('"%s" names %j', (text, expected) => expect(narrowed(english_, text, all)).toEqual(expected));

  it.each(['set it to 20', 'set the camera to 20', 'change to 20', 'turn the wiper up to 20', 'tilt it down to 20'])('"%s" names no quantity: every holder stays', (text) => expect(narrowed(english_, text, all)).toEqual(all));

  it('keeps the holders where the noun names none of them', () => expect(narrowed(english_, 'move the flowerpot to 20', all)).toEqual(all));
});

describe('named quantities through the mapper, in three vendors\' words', () => {
  const mappers = new Map<string, ApiMapper>();
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    for (const [name, document] of [['en', english], ['de', german], ['zh', chinese]] as const) mappers.set(name, await createApiMapper({ embedder, lexicon, document, selfNoun: 'camera' }));
  });
  const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : result.reason);

  it.each([
    ['en', 'adjust the tilt to 20', 'tilt_head'],
    ['en', 'change the camera pitch to 35', 'tilt_head'],
    ['en', 'bring the wiper speed to 40', 'set_wiper_speed'],
    ['zh', 'adjust the tilt to 20', 'tilt_head'],
    ['zh', 'change the camera pitch to 35', 'tilt_head'],
    ['zh', 'set the wiper speed to 40', 'wiper_rate'],
  ])('%s: "%s" calls %s', async (dialect, text, expected) => expect(called(await mappers.get(dialect)!.map(text))).toEqual([expected]));

  it.skipIf(!hasFreeDict).each([
    ['adjust the tilt to 20', 'kopf_neigen'],
    ['change the camera pitch to 35', 'kopf_neigen'],
    ['bring the wiper speed to 40', 'wischer_tempo'],
  ])('de: "%s" calls %s', async (text, expected) => expect(called(await mappers.get('de')!.map(text))).toEqual([expected]));
});

// A document written for this test: an amplifier whose steps' notes name the music they make louder,
// where its setter says only "output"; and a balance with a number of its own.
const amplifier = {
  type: 'amplifier',
  title: 'Stereo amplifier',
  description: 'An amplifier with an output level and a balance.',
  state: { output: { type: 'integer', description: 'Output level.', minimum: 0, maximum: 60 }, balance: { type: 'integer', description: 'Left-right balance.', minimum: -10, maximum: 10 } },
  functions: [
    { name: 'set_output', description: 'Sets the output level.', kind: 'action', parameters: [{ name: 'level', type: 'integer', description: 'Target level.', minimum: 0, maximum: 60 }], effects: [{ key: 'output', parameter: 'level' }] },
    { name: 'output_up', description: 'Raises the output by a step. The music gets louder.', kind: 'action', parameters: [{ name: 'step', type: 'integer', description: 'How much louder.', minimum: 1, maximum: 30, required: false, default: 3 }], effects: [{ key: 'output', increaseBy: 'step' }] },
    { name: 'output_down', description: 'Lowers the output by a step. The music gets quieter.', kind: 'action', parameters: [{ name: 'step', type: 'integer', description: 'How much quieter.', minimum: 1, maximum: 30, required: false, default: 3 }], effects: [{ key: 'output', decreaseBy: 'step' }] },
    { name: 'set_balance', description: 'Sets the balance between the left and right channels.', kind: 'action', parameters: [{ name: 'balance', type: 'integer', description: 'Balance, negative for left.', minimum: -10, maximum: 10 }], effects: [{ key: 'balance', parameter: 'balance' }] },
  ],
};

describe('a noun that only the steps of a state name names its setter too', () => {
  const document = normaliseApiDocument(amplifier);
  const quantities = new NamedQuantities(document.functions, functionViews(document, lexicon).documents, ['amplifier'], lexicon.wordNet);
  const all = ['output_down', 'output_up', 'set_balance', 'set_output'];

  it('"set the music to 5": the setter of the state the steps move stays with them', () => expect(narrowed(quantities, 'set the music to 5', all)).toEqual(['output_down', 'output_up', 'set_output']));
  it('"put the balance to 5" still names the balance alone', () => expect(narrowed(quantities, 'put the balance to 5', all)).toEqual(['set_balance']));
});
