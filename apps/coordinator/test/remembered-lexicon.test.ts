import { describe, expect, it } from 'vitest';
import { openWordNet, type WordNet } from '@meshmind/language';
import { rememberingWordNet } from '../src/planner/remembered-lexicon';
import { findPhrases } from '../src/planner/text';

const { wordNet } = openWordNet();

/** A WordNet that counts how often each question reaches the real reader. */
function counting(inner: WordNet): { wordNet: WordNet; asked: Map<string, number> } {
  const asked = new Map<string, number>();
  const wrapped = new Proxy(inner, {
    get(target, property: string) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        asked.set(property, (asked.get(property) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { wordNet: wrapped, asked };
}

describe('rememberingWordNet', () => {
  it('gives the reader\'s own answers, for words of our own and every question', () => {
    const remembering = rememberingWordNet(wordNet!);
    for (const word of ['kettle', 'simmer', 'drape', 'gloomy', 'unplug', 'qwxz']) {
      expect(remembering.isVerb(word)).toBe(wordNet!.isVerb(word));
      expect(remembering.isKnown(word)).toBe(wordNet!.isKnown(word));
      expect(remembering.mostlyVerb(word)).toBe(wordNet!.mostlyVerb(word));
      expect(remembering.canBe(word, 'noun')).toBe(wordNet!.canBe(word, 'noun'));
      expect(remembering.familiarity(word)).toBe(wordNet!.familiarity(word));
      expect(remembering.pole(word, 'all')).toBe(wordNet!.pole(word, 'all'));
      expect(remembering.verbSenses(word)).toEqual(wordNet!.verbSenses(word));
      expect([...remembering.related(word, 'verb')]).toEqual([...wordNet!.related(word, 'verb')]);
      expect(remembering.definitions(word, 'noun')).toEqual(wordNet!.definitions(word, 'noun'));
      expect([...remembering.antonyms(word)]).toEqual([...wordNet!.antonyms(word)]);
      expect([...remembering.attributeNouns(word, 2)]).toEqual([...wordNet!.attributeNouns(word, 2)]);
      expect([...remembering.verbRelatives(word)]).toEqual([...wordNet!.verbRelatives(word)]);
      expect([...remembering.nounAncestors(word, 'made')]).toEqual([...wordNet!.nounAncestors(word, 'made')]);
    }
  });

  it('asks the reader once per question and arguments, and keeps questions with other arguments apart', () => {
    const { wordNet: inner, asked } = counting(wordNet!);
    const remembering = rememberingWordNet(inner);
    remembering.verbSenses('simmer');
    remembering.verbSenses('simmer');
    remembering.verbSenses('boil');
    expect(asked.get('verbSenses')).toBe(2);
    expect(remembering.canBe('dim', 'verb')).toBe(wordNet!.canBe('dim', 'verb'));
    expect(remembering.canBe('dim', 'noun')).toBe(wordNet!.canBe('dim', 'noun'));
    expect(asked.get('canBe')).toBe(2);
    expect([...remembering.nounAncestors('kettle')]).toEqual([...wordNet!.nounAncestors('kettle')]);
    expect([...remembering.nounAncestors('kettle', 'first')]).toEqual([...wordNet!.nounAncestors('kettle', 'first')]);
    expect(asked.get('nounAncestors')).toBe(2);
  });

  it('takes a question with its optional argument left out and one given as undefined as the same question', () => {
    const { wordNet: inner, asked } = counting(wordNet!);
    const remembering = rememberingWordNet(inner);
    expect([...remembering.related('whisk')]).toEqual([...wordNet!.related('whisk')]);
    expect([...remembering.related('whisk', undefined)]).toEqual([...wordNet!.related('whisk')]);
    expect(asked.get('related')).toBe(1);
    expect([...remembering.related('whisk', 'verb')]).toEqual([...wordNet!.related('whisk', 'verb')]);
    expect(asked.get('related')).toBe(2);
  });

  it('drops its answers at the cap and reads them again, still right', () => {
    const { wordNet: inner, asked } = counting(wordNet!);
    const remembering = rememberingWordNet(inner, 3);
    const words = ['heater', 'blind', 'socket', 'mower'];
    for (const word of words) remembering.isKnown(word);
    expect(asked.get('isKnown')).toBe(4);
    // The cap was reached at the fourth word: the first three were dropped.
    expect(remembering.isKnown('heater')).toBe(true);
    expect(asked.get('isKnown')).toBe(5);
    expect(remembering.isKnown('mower')).toBe(wordNet!.isKnown('mower'));
  });
});

describe('findPhrases over a list it has filed by first word', () => {
  const phrases = [
    { words: ['greenhouse'], value: 'greenhouse' },
    { words: ['potting', 'shed'], value: 'shed' },
    { words: ['potting', 'shed', 'lamp'], value: 'shed-lamp' },
    { words: ['lamp'], value: 'lamp' },
    { words: [], value: 'nothing' },
  ];
  const find = (text: string) => findPhrases(text.split(' '), phrases, text.split(' ').map(() => false)).map((match) => [match.value, match.start, match.plural]);

  it('finds the longest phrase first, plurals of a last word, and possessives, the same on every call', () => {
    expect(find('switch on the potting shed lamp')).toEqual([['shed-lamp', 3, false]]);
    expect(find('switch on the potting shed lamp')).toEqual([['shed-lamp', 3, false]]);
    expect(find('open the greenhouses and the potting shed')).toEqual([['greenhouse', 2, true], ['shed', 5, false]]);
    expect(find("the lamps in the greenhouse's corner")).toEqual([['lamp', 1, true], ['greenhouse', 4, false]]);
    expect(find('nothing here')).toEqual([]);
  });

  it('reads a phrase added to the list after an earlier call', () => {
    const growing = [{ words: ['pond'], value: 'pond' }];
    const tokens = ['the', 'pond', 'pump'];
    expect(findPhrases(tokens, growing, tokens.map(() => false)).map((match) => match.value)).toEqual(['pond']);
    growing.push({ words: ['pond', 'pump'], value: 'pump' });
    expect(findPhrases(tokens, growing, tokens.map(() => false)).map((match) => match.value)).toEqual(['pump']);
  });
});
