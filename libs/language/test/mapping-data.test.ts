import { describe, expect, it } from 'vitest';
import { alternation, anyWordPattern, enMapping, fillTemplate, phraseAlternation } from '@meshmind/language';

/** Every list of words in the mapping data, by its path ("items.commands"), and every string of it. */
function wordLists(value: unknown, path: string, found: Array<{ path: string; words: readonly string[] }>): Array<{ path: string; words: readonly string[] }> {
  if (Array.isArray(value)) found.push({ path, words: value as string[] });
  else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    // A record of phrases to numbers or words ("half an hour": 30): its keys are a list too.
    if (entries.every(([, entry]) => typeof entry === 'number' || typeof entry === 'string') && path !== '' && entries.length > 0) {
      found.push({ path: `${path} (keys)`, words: entries.map(([key]) => key) });
    } else {
      for (const [key, entry] of entries) wordLists(entry, path === '' ? key : `${path}.${key}`, found);
    }
  }
  return found;
}

// The answers are sentences with slots, not word lists: tested on their own below.
const { answers, ...words } = enMapping;
const LISTS = wordLists(words, '', []);

describe('the English mapping data (libs/language/src/languages/en-mapping.ts)', () => {
  it('has word lists, each of lowercase strings that are not empty', () => {
    expect(LISTS.length).toBeGreaterThan(30);
    for (const { path, words } of LISTS) {
      expect(words.length, path).toBeGreaterThan(0);
      for (const word of words) {
        expect(typeof word, path).toBe('string');
        expect(word.trim(), path).toBe(word);
        expect(word, path).not.toBe('');
        expect(word.toLowerCase(), path).toBe(word);
      }
    }
  });

  it('has no word twice within one list', () => {
    for (const { path, words } of LISTS) {
      const seen = new Set<string>();
      const twice = words.filter((word) => (seen.has(word) ? true : (seen.add(word), false)));
      expect(twice, path).toEqual([]);
    }
  });

  it('builds patterns that match each of their words, alone and inside a sentence', () => {
    for (const { path, words } of LISTS) {
      const whole = new RegExp(`^(?:${alternation(words)})$`, 'iu');
      const spaced = new RegExp(`^(?:${phraseAlternation(words)})$`, 'iu');
      const inSentence = anyWordPattern(words);
      for (const word of words) {
        expect(whole.test(word), `${path}: ${word}`).toBe(true);
        expect(spaced.test(word), `${path}: ${word}`).toBe(true);
        expect(spaced.test(word.replace(/ /g, '  ')), `${path}: ${word} with wider spaces`).toBe(true);
        expect(whole.test(word.toUpperCase()), `${path}: ${word} in capitals`).toBe(true);
        // Words that begin and end with a letter or digit are found as whole words in running text.
        if (/^\w.*\w$|^\w$/.test(word)) {
          expect(inSentence.exec(`say ${word} here`)?.[0], `${path}: ${word} in a sentence`).toBe(word);
          expect(inSentence.test(`x${word}x`), `${path}: ${word} inside another word`).toBe(false);
        }
      }
    }
  });

  it('has answer templates whose slots are filled, each a slot the code gives', () => {
    const slotNames = new Set(['device', 'subject', 'verb', 'value', 'phrase', 'values', 'details', 'state', 'setting', 'action', 'object', 'calls', 'function', 'unit', 'count', 'reason', 'candidates', 'functions', 'actions', 'item', 'noun']);
    const templates = [answers.call, answers.already, answers.confirmation, answers.task, { metByState: answers.metByState, wentWrong: answers.wentWrong }].flatMap((group) => Object.values(group).filter((entry): entry is string => typeof entry === 'string'));
    for (const template of templates) {
      for (const [, name] of template.matchAll(/\{(\w+)\}/g)) expect(slotNames.has(name!), `${template}: {${name}}`).toBe(true);
      expect(fillTemplate(template, Object.fromEntries([...slotNames].map((name) => [name, 'x'])))).not.toMatch(/[{}]/);
    }
    expect(fillTemplate(answers.already.state, { device: 'Back door', state: 'locked' })).toBe('Back door: already locked.');
    expect(fillTemplate('{device} costs $1 {unknown}', { device: 'a $& b' })).toBe('a $& b costs $1 {unknown}');
  });

  it('tries longer alternatives first, so a phrase wins over a word it begins with', () => {
    const { commands } = enMapping.items;
    const leading = new RegExp(`^(?:${alternation(commands)})\\s+`, 'i');
    expect(leading.exec('tick off bread')?.[0]).toBe('tick off ');
    expect(leading.exec('we need more milk')?.[0]).toBe('we need more ');
    expect(new RegExp(`^(?:${phraseAlternation(enMapping.asking)})\\b`, 'i').exec('report back on the battery')?.[0]).toBe('report back on');
  });
});
