import { describe, expect, it } from 'vitest';
import { createRequestReader, type WordNet } from '@meshmind/language';
import { openLexicon, type MapResult } from '@meshmind/rag';
import type { ScopeReading } from '../src/mapper/scope';
import { numberedOtherThing } from '../src/mapper/numbered-other-thing';
import type { NormalisedFunction } from '../src/api-document';

// A hospital meal trolley of my own: it rolls to a ward bed by number, sets its speed (m/s), tilts its
// tray (degrees) and parks at its one charging bay. Its words, per function: bed; speed; tray, tilt; park, charger.
const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const read = createRequestReader();
const byName = new Map([
  ['roll_to_bed', { name: 'roll_to_bed', description: '', parameters: [{ name: 'bed', type: 'integer' }] }],
  ['set_speed', { name: 'set_speed', description: '', parameters: [{ name: 'speed', type: 'number' }] }],
  ['tilt_tray', { name: 'tilt_tray', description: '', parameters: [{ name: 'angle', type: 'number' }] }],
  ['park', { name: 'park', description: '', parameters: [] }],
]) as unknown as ReadonlyMap<string, NormalisedFunction>;
const calling = (name: string, args: Record<string, number>) => ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
/** A scope reading of my own: each content word, how closely it is met, and which functions explain it. */
const scopeOf = (words: Array<[string, number, string[]]>): ScopeReading => {
  const explained = new Map<string, Set<number>>([...byName.keys()].map((name) => [name, new Set<number>()]));
  words.forEach(([, , by], at) => by.forEach((name) => explained.get(name)!.add(at)));
  return { content: words.map(([word]) => word), meetings: words.map(([, meeting]) => meeting), strongest: 1, mean: 0.5, unmet: words.filter(([, meeting]) => meeting === 0).map(([word]) => word), explained };
};
const numbered = (text: string, name: string, args: Record<string, number>, words: Array<[string, number, string[]]>) =>
  numberedOtherThing(calling(name, args), read(text), scopeOf(words), new Set(['trolley', 'meal trolley']), 'trolley', wordNet, true, byName);

describe("a number said after a noun the document meets, but not as the call's own thing", () => {
  it.skipIf(!wordNet)("declines a number said after another function's noun", () => {
    // "tray" is the tilt's word: "tray 2" is no bed.
    expect(numbered('wheel over to tray 2', 'roll_to_bed', { bed: 2 }, [['wheel', 0, []], ['tray', 1, ['tilt_tray']]])).toMatch(/"tray 2"/);
    // "level" meets the tray's tilt, not the speed it went into.
    expect(numbered('go up to level 3', 'set_speed', { speed: 3 }, [['level', 0.9, ['tilt_tray']]])).toMatch(/"level 3"/);
  });

  it.skipIf(!wordNet)('declines a measure said only as the number of a loosely met thing', () => {
    expect(numbered('wait at checkpoint 2', 'set_speed', { speed: 2 }, [['wait', 0, []], ['checkpoint', 0.55, []]])).toMatch(/"checkpoint 2"/);
    // A whole number may still be a loosely met noun's own: a cot is a bed.
    expect(numbered('roll to cot 4', 'roll_to_bed', { bed: 4 }, [['roll', 0, []], ['cot', 0.55, []]])).toBeUndefined();
  });

  it.skipIf(!wordNet)('declines a numbered thing where the call takes no number at all', () => {
    expect(numbered('halt at junction 4', 'park', {}, [['halt', 0, []], ['junction', 0.2, []]])).toMatch(/"junction 4"/);
    expect(numbered('head to the charging bay 5', 'park', {}, [['head', 0, []], ['charging', 1, ['park']], ['bay', 0.9, ['park']]])).toMatch(/"bay 5"/);
  });

  it.skipIf(!wordNet)("keeps the call's own thing, its own noun, amounts, pairs and a number inside a word", () => {
    expect(numbered('roll to bed 6', 'roll_to_bed', { bed: 6 }, [['roll', 0, []], ['bed', 1, ['roll_to_bed']]])).toBeUndefined();
    expect(numbered('speed 1.5 please', 'set_speed', { speed: 1.5 }, [['speed', 1, ['set_speed']]])).toBeUndefined();
    expect(numbered('tray 20', 'tilt_tray', { angle: 20 }, [['tray', 1, ['tilt_tray']]])).toBeUndefined();
    expect(numbered('trolley 3, park', 'park', {}, [])).toBeUndefined();
    expect(numbered('is the lid open 30%?', 'park', {}, [['lid', 0, []], ['open', 0, []]])).toBeUndefined();
    expect(numbered('park in 5 minutes', 'park', {}, [['park', 1, ['park']], ['minutes', 0, []]])).toBeUndefined();
    expect(numbered('park, code ward7', 'park', {}, [['park', 1, ['park']], ['code', 0, []], ['ward7', 0, []]])).toBeUndefined();
    expect(numbered('go to point 3, 4', 'set_speed', { speed: 3 }, [['point', 0.55, []]])).toBeUndefined();
  });
});

describe('a numbered noun said in a text value', () => {
  it.skipIf(!wordNet)('is the value, not a thing the call cannot choose', () => {
    const texting = (text: string, args: Record<string, string>) => ({ kind: 'call', calls: [{ function: 'join_ward_wifi', arguments: args, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
    const wards = new Map<string, unknown>([...byName, ['join_ward_wifi', { name: 'join_ward_wifi', description: '', parameters: [{ name: 'ssid', type: 'string' }] }]]) as unknown as ReadonlyMap<string, NormalisedFunction>;
    const scope = scopeOf([['join', 1, []], ['ward', 0, []]]);
    expect(numberedOtherThing(texting('join ward 7', { ssid: 'Ward 7' }), read('join ward 7'), scope, new Set(['trolley']), 'trolley', wordNet, true, wards)).toBeUndefined();
    expect(numberedOtherThing(texting('join ward 7', { ssid: 'Ward' }), read('join ward 7'), scope, new Set(['trolley']), 'trolley', wordNet, true, wards)).toBeUndefined();
  });
});

describe('a question a query answers whichever thing is named', () => {
  it.skipIf(!wordNet)('is left to the query; a command or an action still cannot choose', () => {
    const located = new Map<string, unknown>([...byName, ['whereabouts', { name: 'whereabouts', description: '', kind: 'query', parameters: [] }], ['hoot', { name: 'hoot', description: '', kind: 'action', parameters: [] }]]) as unknown as ReadonlyMap<string, NormalisedFunction>;
    const asking = (text: string, name: string, words: Array<[string, number, string[]]>) =>
      numberedOtherThing(calling(name, {}), read(text), scopeOf(words), new Set(['trolley']), 'trolley', wordNet, true, located);
    // The position answers "are you by ward 3?" whichever ward it is; the speaker compares.
    expect(asking('are you by ward 3?', 'whereabouts', [['ward', 0.3, []]])).toBeUndefined();
    // A command, or a question an action was chosen for, still names a thing the call cannot choose.
    expect(asking('go by ward 3', 'whereabouts', [['go', 0, []], ['ward', 0.3, []]])).toMatch(/"ward 3"/);
    expect(asking('can you hoot at ward 3?', 'hoot', [['hoot', 1, []], ['ward', 0.3, []]])).toMatch(/"ward 3"/);
  });
});

describe('a noun that is a verb too, after an auxiliary', () => {
  it.skipIf(!wordNet)('is the subject of a question, named by its number', () => {
    // "bed" met, "berth" not: "is berth 4 free?" asks of a berth, no bed (berth is a verb too).
    expect(numbered('is berth 4 free?', 'roll_to_bed', { bed: 4 }, [['berth', 0, []], ['free', 0, []]])).toMatch(/"berth 4"/);
    expect(numbered('berth 4 please', 'roll_to_bed', { bed: 4 }, [['berth', 0, []]])).toBeUndefined();
  });
});

describe('a document not in English', () => {
  it.skipIf(!wordNet)('reads which function explains a noun only in English; a call that takes no number still cannot choose', () => {
    const foreign = (text: string, name: string, args: Record<string, number>, words: Array<[string, number, string[]]>) =>
      numberedOtherThing(calling(name, args), read(text), scopeOf(words), new Set(['trolley']), 'trolley', wordNet, false, byName);
    expect(foreign('wheel over to tray 2', 'roll_to_bed', { bed: 2 }, [['wheel', 0, []], ['tray', 1, ['tilt_tray']]])).toBeUndefined();
    expect(foreign('halt at junction 4', 'park', {}, [['halt', 0, []], ['junction', 0.2, []]])).toMatch(/"junction 4"/);
  });
});
