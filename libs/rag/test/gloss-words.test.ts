import { describe, expect, it } from 'vitest';
import type { WordNet } from '@meshmind/language';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { withClosedSpellings } from '../src/mapper/closed-spellings';
import { functionViews } from '../src/mapper/function-views';
import { documentWords } from '../src/mapper/scope';

const lexicon = openLexicon();
const wordNet = lexicon.wordNet as WordNet | undefined;
const hasChinese = lexicon.dictionaries.has('zh');

describe('a hyphened gloss word people write closed', () => {
  it.skipIf(!wordNet)('keeps the closed spelling WordNet knows beside the hyphened one', () => {
    expect(withClosedSpellings(['wireless', 'network;', 'wi-fi'], wordNet)).toEqual(['wireless', 'network;', 'wi-fi', 'wifi']);
    expect(withClosedSpellings(['Wi-Fi;'], wordNet)).toEqual(['Wi-Fi;', 'wifi']);
  });

  it.skipIf(!wordNet)('leaves a hyphened word WordNet does not know closed, and plain words, as they are', () => {
    expect(withClosedSpellings(['self-acting', 'pump', 'x-y'], wordNet)).toEqual(['self-acting', 'pump', 'x-y']);
    expect(withClosedSpellings(['wi-fi'], undefined)).toEqual(['wi-fi']);
  });
});

// A Chinese-documented drone of our own, none of the evaluation's documents.
const drone = [
  { name: 'open_hotspot', input_argument: [], input_type: [], output: 'bool', notes: '开启无人机的热点，让手机通过无线网络连接。' },
  { name: 'set_altitude', input_argument: ['h'], input_type: ['float'], output: 'bool', notes: '设置飞行高度，单位米。' },
];

describe.skipIf(!hasChinese || !wordNet)('the words a Chinese document is read by', () => {
  const document = normaliseApiDocument(drone);
  const views = functionViews(document, lexicon);
  const found = documentWords(document, views);

  it('reads a glossed compound whole, never its halves ("热点" is no "hot", "单位" no "work")', () => {
    expect(views.language).toBe('zh');
    expect(found.has('hotspot')).toBe(true);
    expect(found.has('hot')).toBe(false);
    expect(found.has('work')).toBe(false);
  });

  it('meets a request that says "wifi" where the gloss spells it "wi-fi"', () => {
    expect(found.has('wifi')).toBe(true);
  });
});
