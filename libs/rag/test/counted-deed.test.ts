import { describe, expect, it } from 'vitest';
import { createRequestReader } from '@meshmind/language';
import type { MapResult } from '@meshmind/rag';
import type { ScopeReading } from '../src/mapper/scope';
import { countedDeed } from '../src/mapper/counted-deed';

// A bakery oven of my own: it bakes one loaf (bake_loaf, no argument), sets its heat (set_heat, a number) and labels a tray (label_tray, a text).
const read = createRequestReader();
const calling = (name: string, args: Record<string, number | string>) => ({ kind: 'call', calls: [{ function: name, arguments: args, confidence: 0.5, margin: 0.1 }], ranking: [] }) as unknown as MapResult;
/** A scope reading of my own: the content words and which functions explain each. */
const scopeOf = (words: Array<[string, string[]]>): ScopeReading => {
  const explained = new Map<string, Set<number>>(['bake_loaf', 'set_heat', 'label_tray'].map((name) => [name, new Set<number>()]));
  words.forEach(([, by], at) => by.forEach((name) => explained.get(name)!.add(at)));
  return { content: words.map(([word]) => word), meetings: words.map(() => 1), strongest: 1, mean: 1, unmet: [], explained };
};
const counted = (text: string, name: string, args: Record<string, number | string>, words: Array<[string, string[]]>) => countedDeed(calling(name, args), read(text), scopeOf(words), 'oven');

describe('a count of what a call makes one of', () => {
  it('declines a call that makes one where more are counted', () => {
    expect(counted('bake 3 loaves', 'bake_loaf', {}, [['bake', ['bake_loaf']], ['loaves', ['bake_loaf']]])).toMatch(/"3 loaves"/);
    expect(counted('bake two loaves please', 'bake_loaf', {}, [['bake', ['bake_loaf']], ['loaves', ['bake_loaf']]])).toMatch(/"two loaves"/);
  });

  it('keeps one, a count of what the call does not explain, a number the call takes and a text value', () => {
    expect(counted('bake 1 loaf', 'bake_loaf', {}, [['bake', ['bake_loaf']], ['loaf', ['bake_loaf']]])).toBeUndefined();
    expect(counted('tell me what tray 3 has', 'bake_loaf', {}, [['tell', []], ['tray', []], ['has', ['bake_loaf']]])).toBeUndefined();
    expect(counted('bake for 3 hours', 'bake_loaf', {}, [['bake', ['bake_loaf']], ['hours', []]])).toBeUndefined();
    expect(counted('heat 200 degrees', 'set_heat', { heat: 200 }, [['heat', ['set_heat']], ['degrees', ['set_heat']]])).toBeUndefined();
    expect(counted('label the tray 2 loaves', 'label_tray', { text: '2 loaves' }, [['label', ['label_tray']], ['tray', ['label_tray']], ['loaves', ['label_tray']]])).toBeUndefined();
  });
});
