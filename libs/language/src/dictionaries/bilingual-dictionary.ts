import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { constants, inflateRawSync } from 'node:zlib';
import { stripAccents } from '../tokenize';

/**
 * FreeDict bilingual dictionaries in dictd format (Debian: dict-freedict-deu-eng,
 * dict-freedict-fra-eng, dict-freedict-fra-deu). They let the index read German and French vendor
 * docs in English.
 * Optional: without them, foreign notes and identifiers only reach retrieval through embeddings.
 */
export interface BilingualDictionary {
  readonly language: string;
  /** English translations per source word, most common sense first; words not found are absent. */
  translate(sourceWords: readonly string[]): Map<string, string[]>;
}

export const DEFAULT_DICTIONARY_DIRECTORY = '/usr/share/dictd';
/**
 * The Debian packages per language. French reads through two: FreeDict's own French-English (about
 * 8,500 headwords) and, for the words it lacks ("déplacer", "emplacement"), the
 * Wiktionary-derived French-German (WikDict, about 41,000 headwords) pivoted through German-English.
 */
export const FREEDICT_PACKAGES: Record<string, string[]> = {
  de: ['dict-freedict-deu-eng'],
  fr: ['dict-freedict-fra-eng', 'dict-freedict-fra-deu'],
};
const MAX_TRANSLATIONS = 8;
/** Through a pivot language: the first two one-word pivot translations of an entry, and the first three English glosses of each. */
const PIVOT_WORDS = 2;
const PIVOT_TRANSLATIONS = 3;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeNumber(text: string): number {
  let value = 0;
  for (const character of text) value = value * 64 + BASE64.indexOf(character);
  return value;
}

// Inflected forms in docs ("steuert", "plaetze", "déplace") become headword candidates.
function headwordCandidates(word: string, language: string): string[] {
  const base = word.toLowerCase();
  const forms = new Set<string>([base]);
  if (language === 'de') {
    const umlauts = base.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü').replace(/ss$/, 'ß');
    for (const form of [base, umlauts]) {
      forms.add(form);
      for (const [suffix, replacements] of [
        ['t', ['en', 'n']], ['et', ['en']], ['st', ['en']], ['e', ['en', '']], ['en', ['', 'e']], ['n', ['']], ['s', ['']], ['er', ['']], ['es', ['']],
      ] as Array<[string, string[]]>) {
        if (!form.endsWith(suffix) || form.length <= suffix.length + 2) continue;
        for (const replacement of replacements) forms.add(form.slice(0, -suffix.length) + replacement);
      }
      // Plural umlauts: "plätze" -> "platz".
      if (/ä/.test(form)) for (const candidate of [...forms]) forms.add(candidate.replace(/ä(?=[^ä]*$)/, 'a').replace(/e$/, ''));
    }
  } else {
    for (const [suffix, replacements] of [
      ['s', ['']], ['x', ['']], ['e', ['er', '']], ['es', ['er', '']], ['ent', ['er']], ['ee', ['er', 'é']], ['ees', ['er']], ['aux', ['al']],
      // Feminine adjectives ("position actuelle", "adresse personnelle") and the third person of -ir
      // and -re verbs ("établit", "définit", "répond") have no headword of their own. Not "-ive":
      // "Active le mode" is the verb "activer", which the adjective "actif" would stand in for.
      ['elle', ['el']], ['elles', ['el']], ['enne', ['en']], ['euse', ['eux']], ['it', ['ir']], ['issent', ['ir']], ['end', ['endre']], ['ond', ['ondre']],
    ] as Array<[string, string[]]>) {
      if (!base.endsWith(suffix) || base.length <= suffix.length + 2) continue;
      for (const replacement of replacements) forms.add(base.slice(0, -suffix.length) + replacement);
    }
  }
  return [...forms];
}

/** A FreeDict entry whose target is English: every phrase of every line after the headword. */
function parseEntry(entry: string): string[] {
  const translations: string[] = [];
  for (const rawLine of entry.split('\n').slice(1)) {
    const line = rawLine.trim();
    if (line === '' || /^(Synonyms?|see|Note|Notes|Antonyms?):/.test(line) || line.startsWith('"')) continue;
    const cleaned = line
      .replace(/\[[^\]]*\]/g, '')
      .replace(/<[^>]*>/g, '')
      .replace(/\([^)]*\)/g, '')
      .replace(/\/[^/]*\//g, '')
      .replace(/\b\d+\.\s*/g, '')
      .replace(/\b(sth|sb)\.?/g, '');
    for (const phrase of cleaned.split(/[,;]/)) {
      // Pronunciations in IPA ("vˈeːlˈɑːn") are not translations: their words are dropped.
      const trimmed = phrase
        .split(/\s+/)
        .filter((word) => !/[ˈˌːɑɐəɛɪʊʃʒθðŋɔæʁɥøœɲ/]/.test(word))
        .join(' ')
        .trim()
        .toLowerCase();
      if (trimmed !== '' && trimmed.split(' ').length <= 3 && !/^(to|sth\.?|sb\.?)$/.test(trimmed)) translations.push(trimmed.replace(/^to /, ''));
    }
  }
  return translations;
}

/**
 * A WikDict entry (FreeDict+WikDict, Wiktionary data): numbered sense lines hold the translations,
 * each followed by a definition in the source language ("1. Regal" then "Meuble constitué de
 * planches superposées"). An entry of one sense has no number: its first line is the translation.
 */
export function parseWikDictEntry(entry: string): string[] {
  const lines = entry.split('\n').slice(1).map((line) => line.trim()).filter((line) => line !== '');
  const numbered = lines.filter((line) => /^\d+\.\s+\S/.test(line));
  const senseLines = numbered.length > 0 ? numbered : lines.slice(0, 1);
  const translations: string[] = [];
  for (const line of senseLines) {
    const cleaned = line.replace(/^\d+\.\s+/, '').replace(/\s+\d+\.$/, '').replace(/\([^)]*\)/g, '');
    for (const phrase of cleaned.split(/[,;]/)) {
      const trimmed = phrase.trim();
      if (trimmed !== '' && trimmed.split(/\s+/).length <= 3 && !translations.includes(trimmed)) translations.push(trimmed);
    }
  }
  return translations;
}

class DictdDictionary implements BilingualDictionary {
  private chunkInfo?: { chunkLength: number; chunkOffsets: number[]; chunkSizes: number[] };

  constructor(
    readonly language: string,
    private readonly indexPath: string,
    private readonly dataPath: string,
    private readonly parse: (entry: string) => string[] = parseEntry,
  ) {}

  translate(sourceWords: readonly string[]): Map<string, string[]> {
    const wanted = new Map<string, string[]>();
    for (const word of sourceWords) {
      for (const candidate of headwordCandidates(word, this.language)) {
        const key = stripAccents(candidate);
        wanted.set(key, [...(wanted.get(key) ?? []), word]);
      }
    }
    const locations = new Map<string, Array<[number, number]>>();
    for (const line of readFileSync(this.indexPath, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const headword = line.slice(0, tab);
      const key = /[^\x00-\x7f]/.test(headword) ? stripAccents(headword) : headword;
      if (!wanted.has(key)) continue;
      const [, offset, length] = line.split('\t');
      locations.set(key, [...(locations.get(key) ?? []), [decodeNumber(offset!), decodeNumber(length!)]]);
    }
    const result = new Map<string, string[]>();
    for (const word of sourceWords) {
      const translations: string[] = [];
      // The exact form first: its senses are the best evidence, lemmas of guessed forms after.
      for (const candidate of headwordCandidates(word, this.language)) {
        for (const [offset, length] of locations.get(stripAccents(candidate)) ?? []) {
          for (const translation of this.parse(this.read(offset, length))) if (!translations.includes(translation)) translations.push(translation);
        }
        if (translations.length >= MAX_TRANSLATIONS) break;
      }
      if (translations.length > 0) result.set(word, translations.slice(0, MAX_TRANSLATIONS));
    }
    return result;
  }

  // dictzip: a gzip file whose deflate stream is flushed every CHLEN bytes, with the chunk sizes
  // in the header's "RA" extra field, so one entry can be read without inflating 60 MB.
  private read(offset: number, length: number): string {
    const info = this.chunks();
    const descriptor = openSync(this.dataPath, 'r');
    try {
      const first = Math.floor(offset / info.chunkLength);
      const last = Math.floor((offset + length - 1) / info.chunkLength);
      const parts: Buffer[] = [];
      for (let chunk = first; chunk <= last; chunk += 1) {
        const compressed = Buffer.alloc(info.chunkSizes[chunk]!);
        readSync(descriptor, compressed, 0, compressed.length, info.chunkOffsets[chunk]!);
        parts.push(inflateRawSync(compressed, { finishFlush: constants.Z_SYNC_FLUSH }));
      }
      const start = offset - first * info.chunkLength;
      return Buffer.concat(parts).toString('utf8', start, start + length);
    } finally {
      closeSync(descriptor);
    }
  }

  private chunks() {
    if (this.chunkInfo) return this.chunkInfo;
    const descriptor = openSync(this.dataPath, 'r');
    try {
      const header = Buffer.alloc(65536);
      readSync(descriptor, header, 0, header.length, 0);
      const flags = header[3]!;
      if (header[0] !== 0x1f || header[1] !== 0x8b || (flags & 4) === 0) throw new Error(`${this.dataPath} is not a dictzip file`);
      const extraLength = header.readUInt16LE(10);
      let cursor = 12;
      const extraEnd = cursor + extraLength;
      let chunkLength = 0;
      let chunkSizes: number[] = [];
      while (cursor < extraEnd) {
        const id = header.toString('latin1', cursor, cursor + 2);
        const length = header.readUInt16LE(cursor + 2);
        if (id === 'RA') {
          chunkLength = header.readUInt16LE(cursor + 6);
          const count = header.readUInt16LE(cursor + 8);
          chunkSizes = Array.from({ length: count }, (_, index) => header.readUInt16LE(cursor + 10 + index * 2));
        }
        cursor += 4 + length;
      }
      cursor = extraEnd;
      if (flags & 8) cursor = header.indexOf(0, cursor) + 1;
      if (flags & 16) cursor = header.indexOf(0, cursor) + 1;
      if (flags & 2) cursor += 2;
      const chunkOffsets: number[] = [];
      for (const size of chunkSizes) {
        chunkOffsets.push(cursor);
        cursor += size;
      }
      this.chunkInfo = { chunkLength, chunkOffsets, chunkSizes };
      return this.chunkInfo;
    } finally {
      closeSync(descriptor);
    }
  }
}

/**
 * Source language -> pivot language -> English: French words the French-English dictionary lacks
 * ("déplacer", "emplacement", "urgence") are read through the much larger French-German one and
 * German-English. A word the direct dictionary knows keeps its translations: the pivot's two hops
 * add noise ("étagère" -> "Bordbrett" -> "toe board") that measured worse on the dev split.
 */
export class PivotDictionary implements BilingualDictionary {
  constructor(
    readonly language: string,
    private readonly toPivot: BilingualDictionary,
    private readonly pivotToEnglish: BilingualDictionary,
    private readonly direct?: BilingualDictionary,
    private readonly familiarity?: (word: string) => number,
  ) {}

  translate(sourceWords: readonly string[]): Map<string, string[]> {
    const direct = this.direct?.translate(sourceWords) ?? new Map<string, string[]>();
    const pivot = this.toPivot.translate(sourceWords.filter((word) => !direct.has(word)));
    const pivotWordsOf = (word: string) =>
      (pivot.get(word) ?? [])
        .filter((phrase) => !/\s/.test(phrase))
        .map((phrase) => phrase.toLowerCase())
        .slice(0, PIVOT_WORDS);
    const common = (phrase: string) => {
      if (!this.familiarity) return 0;
      const parts = phrase.split(/\s+/);
      return Math.min(...parts.map((part) => this.familiarity!(part)));
    };
    const english = this.pivotToEnglish.translate([...new Set(sourceWords.flatMap(pivotWordsOf))]);
    const result = new Map(direct);
    for (const word of sourceWords) {
      if (direct.has(word)) continue;
      const translations: string[] = [];
      for (const pivotWord of pivotWordsOf(word)) {
        // German-English lists a word's senses in no useful order: one word before a paraphrase
        // ("urgency" before "urgent nature"), then the common English word first.
        const glosses = (english.get(pivotWord) ?? []).map((gloss, index) => ({ gloss, index, single: /\s/.test(gloss) ? 0 : 1, common: common(gloss) }));
        glosses.sort((left, right) => right.single - left.single || right.common - left.common || left.index - right.index);
        for (const { gloss } of glosses.slice(0, PIVOT_TRANSLATIONS)) if (!translations.includes(gloss)) translations.push(gloss);
      }
      if (translations.length > 0) result.set(word, translations);
    }
    return result;
  }
}

/** A FreeDict dictionary's two files as its Debian package dict-<stem> installs them. */
function dictdFiles(fileStem: string, directory: string): { indexPath: string; dataPath: string; installed: boolean } {
  const indexPath = join(directory, `${fileStem}.index`);
  const dataPath = join(directory, `${fileStem}.dict.dz`);
  return { indexPath, dataPath, installed: existsSync(indexPath) && existsSync(dataPath) };
}

function openDictd(fileStem: string, language: string, directory: string, parse?: (entry: string) => string[]): { dictionary?: BilingualDictionary; missing?: string } {
  const { indexPath, dataPath, installed } = dictdFiles(fileStem, directory);
  if (!installed) return { missing: `${indexPath} not found (install the Debian package dict-${fileStem})` };
  return { dictionary: new DictdDictionary(language, indexPath, dataPath, parse) };
}

/** The Debian packages of FREEDICT_PACKAGES whose dictionaries are not in `directory`. */
export function missingFreeDictPackages(directory = DEFAULT_DICTIONARY_DIRECTORY): string[] {
  const packages = [...new Set(Object.values(FREEDICT_PACKAGES).flat())];
  return packages.filter((name) => !dictdFiles(name.replace(/^dict-/, ''), directory).installed);
}

/**
 * Opens the dictionary from `language` to English, or says which package is missing. French is the
 * French-English dictionary and, where dict-freedict-fra-deu is installed too, the pivot through
 * German; either alone still reads French.
 */
export function openBilingualDictionary(
  language: string,
  directory = DEFAULT_DICTIONARY_DIRECTORY,
  familiarity?: (word: string) => number,
): { dictionary?: BilingualDictionary; missing?: string } {
  if (language === 'de') return openDictd('freedict-deu-eng', 'de', directory);
  if (language !== 'fr') return { missing: `no FreeDict dictionary is known for language '${language}'` };
  const direct = openDictd('freedict-fra-eng', 'fr', directory);
  const toGerman = openDictd('freedict-fra-deu', 'fr', directory, parseWikDictEntry);
  const germanToEnglish = openDictd('freedict-deu-eng', 'de', directory);
  const missing = [direct.missing, toGerman.missing, germanToEnglish.missing].filter((line) => line !== undefined).join('; ');
  if (toGerman.dictionary && germanToEnglish.dictionary) {
    return { dictionary: new PivotDictionary('fr', toGerman.dictionary, germanToEnglish.dictionary, direct.dictionary, familiarity), ...(missing ? { missing } : {}) };
  }
  return direct.dictionary ? { dictionary: direct.dictionary, ...(missing ? { missing } : {}) } : { missing };
}
